import { Actor } from '@app/common/actor';
import { ErrorCode } from '@app/common/errors';
import { AuthService, SessionToken } from '@app/identity';
import { CandidateRegistrationService } from '@app/training';
import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentLogin, PasswordChangeAllowed, Public } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { ChangePasswordDto, LoginDto, LogoutDto, RefreshDto, RegisterDto } from './auth.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { ApiResult } from '../docs/api-result';

/** What a new password is refused for (identity's password policy). */
const PASSWORD_POLICY_ERRORS: ErrorCode[] = ['PASSWORD_TOO_SHORT', 'PASSWORD_TOO_COMMON', 'PASSWORD_CONTAINS_USERNAME'];

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: CandidateRegistrationService,
  ) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Password login; rate-limited per address and username; an account locks after repeated wrong passwords',
    description: 'A locked account answers exactly as a wrong password does (401 INVALID_CREDENTIALS). Each login is one refresh-token family.',
  })
  @ApiErrors('INVALID_CREDENTIALS', 'REDIS_UNAVAILABLE')
  @ApiResult('SessionToken')
  login(@Body() dto: LoginDto, @Ip() address: string): Promise<SessionToken> {
    return this.auth.login(dto.username, dto.password, { address });
  }

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('register')
  @ApiOperation({
    summary: 'A trainee creates an account, linked to their roster record by name and ID number',
    description: 'Not on a roster, another name, or already registered: one answer, TRAINEE_NOT_REGISTRABLE, so a roster is not disclosed.',
  })
  @ApiErrors('TRAINEE_NOT_REGISTRABLE', 'ID_NUMBER_INVALID', 'ACCOUNT_EXISTS', ...PASSWORD_POLICY_ERRORS, 'REDIS_UNAVAILABLE')
  @ApiResult('SessionToken')
  register(@Body() dto: RegisterDto): Promise<SessionToken> {
    return this.registration.register(dto);
  }

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A new access and refresh token for a refresh token, which is used up',
    description: '401 REFRESH_TOKEN_INVALID when unknown, expired or its login ended; 401 REFRESH_TOKEN_REUSED when it was used before, which ends its login.',
  })
  @ApiErrors('REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED', 'REDIS_UNAVAILABLE')
  @ApiResult('SessionToken')
  refresh(@Body() dto: RefreshDto): Promise<SessionToken> {
    return this.auth.refresh(dto.refreshToken);
  }

  @ApiBearerAuth()
  @PasswordChangeAllowed()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Ends this login: its refresh token at once, its access tokens on their next request; the account’s other logins go on' })
  @ApiNoContentResponse()
  @ApiErrors('REDIS_UNAVAILABLE')
  async logout(@CurrentActor() actor: Actor, @CurrentLogin() familyId: number, @Body() _dto: LogoutDto): Promise<void> {
    await this.auth.logout(actor, familyId);
  }

  @ApiBearerAuth()
  @PasswordChangeAllowed()
  @UseGuards(LoginThrottlerGuard)
  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Change your own password (the current one required); ends every login of the account and answers a new one',
    description: '400 CURRENT_PASSWORD_INVALID, PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_USERNAME, PASSWORD_UNCHANGED.',
  })
  @ApiErrors('CURRENT_PASSWORD_INVALID', 'PASSWORD_UNCHANGED', ...PASSWORD_POLICY_ERRORS, 'CONFLICT', 'REDIS_UNAVAILABLE')
  @ApiResult('SessionToken')
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto): Promise<SessionToken> {
    return this.auth.changePassword(actor, dto.currentPassword, dto.newPassword);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOperation({ summary: 'Who the token says you are' })
  @ApiResult('Actor')
  me(@CurrentActor() actor: Actor): Actor {
    return actor;
  }
}
