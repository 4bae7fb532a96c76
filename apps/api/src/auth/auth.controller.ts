import { Actor } from '@app/common/actor';
import { AuthService, SessionToken } from '@app/identity';
import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public } from '../http/actor.decorator';
import { ApiErrors } from '../http/api-errors.decorator';
import { LoginDto, RegisterDto } from './auth.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Password login; rate-limited per address and username; an account locks after repeated wrong passwords',
    description: 'A locked account answers exactly as a wrong password does (401 INVALID_CREDENTIALS).',
  })
  @ApiErrors('INVALID_CREDENTIALS', 'TOO_MANY_REQUESTS', 'BODY_TOO_DEEP', 'REDIS_UNAVAILABLE')
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
  @ApiErrors('TRAINEE_NOT_REGISTRABLE', 'ID_NUMBER_INVALID', 'ACCOUNT_EXISTS', 'TOO_MANY_REQUESTS', 'REDIS_UNAVAILABLE')
  register(@Body() dto: RegisterDto): Promise<SessionToken> {
    return this.auth.register(dto);
  }

  @ApiBearerAuth()
  @Get('me')
  @ApiOperation({ summary: 'Who the token says you are' })
  me(@CurrentActor() actor: Actor): Actor {
    return actor;
  }
}
