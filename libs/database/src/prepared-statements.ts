import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Connection, ExecuteValues, Pool } from 'mysql2';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';
import type { MysqlQueryRunner } from 'typeorm/driver/mysql/MysqlQueryRunner';

export type Parameter = string | number | boolean | Date | null;

/**
 * Server-side prepared statements on TypeORM's own connection pool, for the few statements on the
 * sign-up burst: the server parses and plans them once per connection instead of once per request.
 * Same pool, same credentials, same time zone as everything else; errors surface as QueryFailedError.
 */
@Injectable()
export class PreparedStatements {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute<T>(sql: string, parameters: Parameter[]): Promise<T> {
    return run<T>((this.dataSource.driver as MysqlDriver).pool as Pool, sql, parameters);
  }

  /**
   * The same, on the connection of the transaction `manager` belongs to. Large values (a sign-up's
   * verdict) then travel as binary parameters instead of being escaped into the statement text.
   */
  async executeIn<T>(manager: EntityManager, sql: string, parameters: Parameter[]): Promise<T> {
    const runner = manager.queryRunner as MysqlQueryRunner | undefined;
    if (!runner?.isTransactionActive) throw new Error('executeIn runs inside a transaction only');
    const connection = (await runner.connect()) as Connection;
    return run<T>(connection, sql, parameters);
  }
}

function run<T>(target: Pick<Pool, 'execute'>, sql: string, parameters: Parameter[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    target.execute(sql, parameters as ExecuteValues, (error, result) => {
      if (error) reject(new QueryFailedError(sql, parameters, error));
      else resolve(result as T);
    });
  });
}
