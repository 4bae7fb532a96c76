import { ApiProperty } from '@nestjs/swagger';

/** A message in Chinese and English, as every explanation of the API is. */
export class MessageDto {
  @ApiProperty() zh: string;
  @ApiProperty() en: string;
}
