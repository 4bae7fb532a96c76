import { ROLES, Role } from '@app/common/actor';
import { ADMINISTERED_ROLES, AdministeredRole } from '@app/identity';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Min, ValidateIf } from 'class-validator';
import { PagingQuery } from '../http/paging.dto';

const REASON = { description: 'why (audited)', example: '本人来电核实身份' };
const PHONE = /^[0-9+\- ]{5,20}$/;

export class UnlockAccountDto {
  @ApiProperty({ description: 'why the lock is lifted before its time (audited)', example: '本人来电核实身份' })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

/** A reason for a change to an account (audited). */
export class AccountReasonDto {
  @ApiProperty(REASON)
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

export class CreateAccountDto {
  @ApiProperty({ description: 'login name: letters, digits, . _ - (3–64); stored trimmed, NFKC, lower case', example: 'checker-fz01' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/)
  username: string;

  @ApiProperty({ enum: ADMINISTERED_ROLES, description: 'BASE_REVIEWER at a base, CITY_REVIEWER at a city, CHECKER at the province or a city' })
  @IsIn(ADMINISTERED_ROLES)
  role: AdministeredRole;

  @ApiProperty({ description: 'the organisation the account works for, inside the centre’s own' }) @IsInt() @Min(1) organisationId: number;
  @ApiProperty({ example: '福州市第一总医院培训办' }) @IsString() @Length(1, 100) @Matches(/\S/) displayName: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '0591-87654321' }) @IsOptional() @Matches(PHONE) phone?: string | null;
  @ApiPropertyOptional(REASON) @IsOptional() @IsString() @Length(1, 500) reason?: string;
}

export class UpdateAccountDto extends AccountReasonDto {
  @ApiPropertyOptional({ enum: ADMINISTERED_ROLES, description: 'a new role ends the account’s logins' }) @IsOptional() @IsIn(ADMINISTERED_ROLES) role?: AdministeredRole;
  @ApiPropertyOptional({ description: 'a new organisation ends the account’s logins' }) @IsOptional() @IsInt() @Min(1) organisationId?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) @Matches(/\S/) displayName?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(PHONE)
  phone?: string | null;
}

export class AccountListQueryDto extends PagingQuery {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ description: 'accounts of this organisation only' }) @IsOptional() @Type(() => Number) @IsInt() organisationId?: number;
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
  @ApiPropertyOptional({ description: 'part of the username or display name' }) @IsOptional() @IsString() @Length(1, 64) q?: string;
}
