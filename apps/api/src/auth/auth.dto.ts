import { ID_DOCUMENT_TYPES, IdDocumentType } from '@app/common/identity-document';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'centre' }) @IsString() @Length(1, 64) username: string;
  @ApiProperty({ example: 'Demo#2024' }) @IsString() @Length(1, 128) password: string;
}

export class RegisterDto {
  @ApiProperty({ description: 'login name: letters, digits, . _ - (3–64)', example: 'zhangsan' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/)
  username: string;

  @ApiProperty({ description: 'at least 8 characters with a letter and a digit' })
  @IsString()
  @Length(8, 128)
  @Matches(/(?=.*[A-Za-z])(?=.*\d)/, { message: 'password must contain a letter and a digit' })
  password: string;

  @ApiProperty({ example: '张三' }) @IsString() @Length(1, 50) name: string;
  @ApiProperty({ enum: ID_DOCUMENT_TYPES }) @IsIn(ID_DOCUMENT_TYPES) idType: IdDocumentType;
  @ApiProperty({ example: '350102199001011234' }) @IsString() @MaxLength(40) idNumber: string;
}
