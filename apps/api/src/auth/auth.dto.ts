import { ID_DOCUMENT_TYPES, IdDocumentType } from '@app/common/identity-document';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@app/identity';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'centre' }) @IsString() @Length(1, 64) username: string;
  @ApiProperty({ example: 'Demo#2024' }) @IsString() @Length(1, 128) password: string;
}

const PASSWORD_RULE = `at least ${PASSWORD_MIN_LENGTH} characters, not a common password, not containing the username (400 PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_USERNAME)`;

export class RegisterDto {
  @ApiProperty({ description: 'login name: letters, digits, . _ - (3–64)', example: 'zhangsan' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/)
  username: string;

  // Length and the common list are the policy's (its own codes); the DTO only bounds the input.
  @ApiProperty({ description: PASSWORD_RULE })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({ example: '张三' }) @IsString() @Length(1, 50) name: string;
  @ApiProperty({ enum: ID_DOCUMENT_TYPES }) @IsIn(ID_DOCUMENT_TYPES) idType: IdDocumentType;
  @ApiProperty({ example: '350102199001011234' }) @IsString() @MaxLength(40) idNumber: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'the refresh token of the last login or refresh answer; each works once' })
  @IsString()
  @Length(20, 200)
  refreshToken: string;
}

export class LogoutDto {
  @ApiPropertyOptional({ description: 'ignored: the login ended is the access token’s own' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @Length(1, PASSWORD_MAX_LENGTH) currentPassword: string;
  @ApiProperty({ description: PASSWORD_RULE }) @IsString() @Length(1, PASSWORD_MAX_LENGTH) newPassword: string;
}
