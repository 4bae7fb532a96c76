import { Actor } from '@app/common/actor';
import { AuthService, SessionToken } from '@app/identity';
import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public } from '../http/actor.decorator';
import { LoginDto, RegisterDto } from './auth.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('login')
  @ApiServiceUnavailableResponse({ description: 'REDIS_UNAVAILABLE: the rate limit cannot be checked while Redis is down' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Password login; rate-limited per address and username' })
  login(@Body() dto: LoginDto): Promise<SessionToken> {
    return this.auth.login(dto.username, dto.password);
  }

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('register')
  @ApiServiceUnavailableResponse({ description: 'REDIS_UNAVAILABLE: the rate limit cannot be checked while Redis is down' })
  @ApiOperation({ summary: 'A trainee creates an account, linked to their roster record by name and ID number' })
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
