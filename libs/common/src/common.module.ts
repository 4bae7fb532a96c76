import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditRecord, AuditService } from './audit';
import { AppConfig, appConfigProvider } from './config';
import { PersonalDataCipher } from './crypto';
import { FileStorage, LocalFileStorage } from './storage';
import { Clock, SystemClock } from './time';

/** Config, clock, audit, cipher and storage: the side effects every feature needs, each behind a class. */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, envFilePath: ['.env'] }), TypeOrmModule.forFeature([AuditRecord])],
  providers: [
    appConfigProvider,
    { provide: Clock, useClass: SystemClock },
    {
      provide: PersonalDataCipher,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new PersonalDataCipher(config.personalData.encryptionKey, config.personalData.hashKey),
    },
    { provide: FileStorage, inject: [AppConfig], useFactory: (config: AppConfig) => new LocalFileStorage(config.storageDir) },
    AuditService,
  ],
  exports: [AppConfig, Clock, PersonalDataCipher, FileStorage, AuditService],
})
export class CommonModule {}
