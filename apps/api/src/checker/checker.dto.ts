import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CheckerVerificationDto {
  @ApiProperty({ description: 'the token of the ticket’s QR code: the last path segment of the link it encodes, `{PUBLIC_ORIGIN}/verify/{token}` (as in GET /verify/{token})' })
  @IsString()
  @Length(1, 1000)
  token: string;
}

export class TicketVerificationDto {
  @ApiProperty({ enum: [true] }) genuine: true;
  @ApiProperty() current: boolean;
  @ApiProperty({ enum: ['CURRENT', 'WITHDRAWN', 'SUPERSEDED', 'SIGNUP_NOT_APPROVED'] }) reason: 'CURRENT' | 'WITHDRAWN' | 'SUPERSEDED' | 'SIGNUP_NOT_APPROVED';
  @ApiProperty() ticketNumber: string;
  @ApiProperty() name: string;
  @ApiProperty() idNumberMasked: string;
  @ApiProperty({ type: String, nullable: true, description: 'data:image/jpeg;base64,…' }) photoDataUrl: string | null;
}
