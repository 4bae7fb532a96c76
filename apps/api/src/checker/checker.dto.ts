import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CheckerVerificationDto {
  @ApiProperty({ description: 'the token of the ticket’s QR code: the last path segment of the link it encodes, `{PUBLIC_ORIGIN}/verify/{token}` (as in GET /verify/{token})' })
  @IsString()
  @Length(1, 1000)
  token: string;
}
