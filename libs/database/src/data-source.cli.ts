// For the TypeORM CLI (migration:generate / migration:run): the same options the apps use.
import 'reflect-metadata';
import { AppConfig, validateEnvironment } from '@app/common/config';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

const config = new AppConfig(validateEnvironment(process.env));
export default new DataSource(buildDataSourceOptions(config.database));
