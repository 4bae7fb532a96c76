import { AppConfig } from '@app/common/config';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions, prepareDatabase } from './data-source-options';
import { PreparedStatements } from './prepared-statements';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        await prepareDatabase(config.database);
        return buildDataSourceOptions(config.database);
      },
    }),
  ],
  providers: [PreparedStatements],
  exports: [PreparedStatements],
})
export class DatabaseModule {}
