import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class UnlockAccountDto {
  @ApiProperty({ description: 'why the lock is lifted before its time (audited)', example: '本人来电核实身份' })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}

export class AccountLockDto {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() locked: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lockedUntil: Date | null;
  @ApiProperty() failedLoginCount: number;
}
