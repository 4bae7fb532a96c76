import { Actor } from '@app/common/actor';
import { ErrorCode } from '@app/common/errors';
import { AccountLockView, AccountService, AccountView, TemporaryPasswordView } from '@app/identity';
import { Body, Controller, Get, Header, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { AccountListQueryDto, AccountReasonDto, CreateAccountDto, UnlockAccountDto, UpdateAccountDto } from './accounts.dto';
import { ApiResult } from '../docs/api-result';
import { AccountPage } from '../docs/response-types';

const SCOPE = '403 FORBIDDEN_SCOPE outside the centre’s organisation, ACCOUNT_ROLE_NOT_ADMINISTERED for centre admins and candidates; 400 ROLE_ORGANISATION_MISMATCH when the role does not fit the organisation level.';

/** An account the centre administers: a staff role at its level, inside the centre's organisation. */
const ADMINISTERED: ErrorCode[] = ['FORBIDDEN_SCOPE', 'ACCOUNT_ROLE_NOT_ADMINISTERED', 'ROLE_ORGANISATION_MISMATCH', 'ORGANISATION_NOT_FOUND'];

@ApiTags('accounts')
@ApiBearerAuth()
@Roles('CENTRE_ADMIN')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountService) {}

  @Post()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Create a base reviewer, city reviewer or checker account; answers its one-time temporary password', description: `Audited. 409 ACCOUNT_EXISTS. ${SCOPE}` })
  @ApiErrors('ACCOUNT_EXISTS', ...ADMINISTERED)
  @ApiResult('TemporaryPasswordView')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAccountDto): Promise<TemporaryPasswordView> {
    return this.accounts.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Staff accounts inside the centre’s organisation, filtered and paged' })
  @ApiErrors('FORBIDDEN_SCOPE', 'ORGANISATION_NOT_FOUND')
  @ApiResult('AccountPage')
  list(@CurrentActor() actor: Actor, @Query() query: AccountListQueryDto): Promise<AccountPage> {
    return this.accounts.list(actor, { role: query.role, organisationId: query.organisationId, active: query.active, text: query.q, page: query.page, pageSize: query.pageSize });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One administered account', description: SCOPE })
  @ApiErrors('NOT_FOUND', ...ADMINISTERED)
  @ApiResult('AccountView')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<AccountView> {
    return this.accounts.get(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit name, phone, role or organisation, with a reason (audited); a new role or organisation ends the account’s logins', description: SCOPE })
  @ApiErrors('NOT_FOUND', ...ADMINISTERED, 'REDIS_UNAVAILABLE')
  @ApiResult('AccountView')
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateAccountDto): Promise<AccountView> {
    return this.accounts.update(actor, id, dto);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account (audited); its logins end on their next request', description: `409 ACCOUNT_ALREADY_DISABLED. ${SCOPE}` })
  @ApiErrors('NOT_FOUND', ...ADMINISTERED, 'ACCOUNT_ALREADY_DISABLED', 'REDIS_UNAVAILABLE')
  @ApiResult('AccountView')
  disable(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: AccountReasonDto): Promise<AccountView> {
    return this.accounts.disable(actor, id, dto.reason.trim());
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled account again (audited)', description: `409 ACCOUNT_ALREADY_ACTIVE. ${SCOPE}` })
  @ApiErrors('NOT_FOUND', ...ADMINISTERED, 'ACCOUNT_ALREADY_ACTIVE')
  @ApiResult('AccountView')
  enable(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: AccountReasonDto): Promise<AccountView> {
    return this.accounts.enable(actor, id, dto.reason.trim());
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Reset the password: answers a one-time temporary password (stored only hashed); every login of the account ends',
    description: `Until the holder changes it, every route but POST /auth/password and /auth/logout answers 403 PASSWORD_CHANGE_REQUIRED. Audited. ${SCOPE}`,
  })
  @ApiErrors('NOT_FOUND', ...ADMINISTERED, 'REDIS_UNAVAILABLE')
  @ApiResult('TemporaryPasswordView')
  resetPassword(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: AccountReasonDto): Promise<TemporaryPasswordView> {
    return this.accounts.resetPassword(actor, id, dto.reason.trim());
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift a login lock (too many wrong passwords) before its time; audited with the reason. 409 ACCOUNT_NOT_LOCKED if none' })
  @ApiErrors('NOT_FOUND', 'FORBIDDEN_SCOPE', 'ACCOUNT_NOT_LOCKED')
  @ApiResult('AccountLockView')
  unlock(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UnlockAccountDto): Promise<AccountLockView> {
    return this.accounts.unlock(actor, id, dto.reason.trim());
  }
}
