import { AppConfig } from '@app/common/config';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions, ensureDatabaseExists } from './data-source-options';
import { PreparedStatements } from './prepared-statements';

@Global()
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
  providers: [PreparedStatements],
  exports: [PreparedStatements],
})
export class DatabaseModule {}
