import { Actor } from '@app/common/actor';
import { AccountLockView, AccountService } from '@app/identity';
import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { AccountLockDto, UnlockAccountDto } from './accounts.dto';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountService) {}

  @Roles('CENTRE_ADMIN')
  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift a login lock (too many wrong passwords) before its time; audited with the reason. 409 ACCOUNT_NOT_LOCKED if none' })
  @ApiOkResponse({ type: AccountLockDto })
  unlock(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UnlockAccountDto): Promise<AccountLockView> {
    return this.accounts.unlock(actor, id, dto.reason.trim());
  }
}
