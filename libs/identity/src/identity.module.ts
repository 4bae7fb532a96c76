import { AppConfig } from '@app/common/config';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createSecretKey } from 'node:crypto';
import { AccountService } from './account.service';
import { AccountStore } from './accounts/account.store';
import { TraineePlacements } from './accounts/trainee-placements';
import { AuthService } from './auth.service';
import { Organisation } from './entities/organisation.entity';
import { UserAccount } from './entities/user-account.entity';
import { OrganisationSeeder } from './organisation-seeder';
import { OrganisationService } from './organisation.service';
import { OrganisationStore } from './organisations/organisation.store';
import { PasswordHasher } from './password-hasher';
import { LoginTokens } from './tokens/login-tokens.service';
import { OneTimeLinks } from './tokens/one-time-links';
import { RefreshTokenStore } from './tokens/refresh-token.store';
import { TokenStateStore } from './tokens/token-state.store';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organisation, UserAccount]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // A KeyObject made once: given a string, the JWT library re-derives (and first mis-parses) the key on every call.
        const key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { expiresIn: config.auth.jwtTtlSeconds, algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  providers: [AccountService, AccountStore, AuthService, LoginTokens, OneTimeLinks, OrganisationService, OrganisationSeeder, OrganisationStore, PasswordHasher, RefreshTokenStore, TokenStateStore, TraineePlacements],
  exports: [AccountService, AuthService, OneTimeLinks, OrganisationService, OrganisationSeeder, PasswordHasher, TraineePlacements],
})
export class IdentityModule {}
