import { AppConfig } from '@app/common/config';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions, ensureDatabaseExists } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        if (config.database.createIfMissing) await ensureDatabaseExists(config.database);
        return buildDataSourceOptions(config.database);
      },
    }),
  ],
})
export class DatabaseModule {}
