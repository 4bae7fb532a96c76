import { AppConfig } from '@app/common/config';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthService } from './auth.service';
import { OrganisationSeeder } from './organisation-seeder';
import { OrganisationService } from './organisation.service';
import { PasswordHasher } from './password-hasher';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { expiresIn: config.auth.jwtTtlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AuthService, OrganisationService, OrganisationSeeder, PasswordHasher],
  exports: [AuthService, OrganisationService, OrganisationSeeder, PasswordHasher],
})
export class IdentityModule {}
