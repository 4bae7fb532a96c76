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
        // Each library's module declares its entities (TypeOrmModule.forFeature); the apps load those, so an app
        // maps the tables of the libraries it imports. test/entities.e2e-spec.ts checks they are ENTITY_FILES' set.
        return { ...buildDataSourceOptions(config.database), entities: [], autoLoadEntities: true };
      },
    }),
  ],
  providers: [PreparedStatements],
  exports: [PreparedStatements],
})
export class DatabaseModule {}
