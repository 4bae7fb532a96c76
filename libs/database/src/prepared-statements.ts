import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExecuteValues, Pool } from 'mysql2';
import { DataSource, QueryFailedError } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';

/**
 * Server-side prepared statements on TypeORM's own connection pool, for the few statements on the
 * sign-up burst: the server parses and plans them once per connection instead of once per request.
 * Same pool, same credentials, same time zone as everything else; errors surface as QueryFailedError.
 */
@Injectable()
export class PreparedStatements {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute<T>(sql: string, parameters: Array<string | number | boolean | Date | null>): Promise<T> {
    const pool = (this.dataSource.driver as MysqlDriver).pool as Pool;
    return new Promise<T>((resolve, reject) => {
      pool.execute(sql, parameters as ExecuteValues, (error, result) => {
        if (error) reject(new QueryFailedError(sql, parameters, error));
        else resolve(result as T);
      });
    });
  }
}
