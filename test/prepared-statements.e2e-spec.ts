import { AppConfig, validateEnvironment } from '@app/common/config';
import { buildDataSourceOptions, PREPARED_STATEMENTS_PER_CONNECTION, PreparedStatements } from '@app/database';
import { DataSource } from 'typeorm';
import { applyTestEnvironment, assertTestDatabase } from './setup/test-environment';

/** Statements prepared on the (one) connection and not yet closed, as the server counts them. */
async function openStatements(dataSource: DataSource): Promise<{ prepared: number; open: number }> {
  const rows: Array<{ Variable_name: string; Value: string }> = await dataSource.query("SHOW SESSION STATUS WHERE Variable_name IN ('Com_stmt_prepare', 'Com_stmt_close')");
  const value = (name: string) => Number(rows.find((r) => r.Variable_name === name)?.Value);
  return { prepared: value('Com_stmt_prepare'), open: value('Com_stmt_prepare') - value('Com_stmt_close') };
}

describe('Prepared statements: each connection keeps a bounded number', () => {
  let dataSource: DataSource;
  let statements: PreparedStatements;

  beforeAll(async () => {
    applyTestEnvironment();
    const config = new AppConfig(validateEnvironment(process.env));
    assertTestDatabase(config.database.name);
    // One connection, so the session counters below are those of the connection the statements ran on.
    dataSource = new DataSource({ ...buildDataSourceOptions({ ...config.database, poolSize: 1 }), migrationsRun: false });
    await dataSource.initialize();
    statements = new PreparedStatements(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('closes the least recently used statement beyond the bound, as a batch INSERT of every size would need', async () => {
    const before = await openStatements(dataSource);
    const texts = Array.from({ length: 3 * PREPARED_STATEMENTS_PER_CONNECTION }, (_, size) =>
      `SELECT ? + 0 AS first, ${Array.from({ length: size + 1 }, () => '?').join(' + ')} AS total`,
    );
    for (const [index, sql] of texts.entries()) {
      const rows = await statements.execute<Array<{ first: number; total: number }>>(sql, [7, ...Array.from({ length: index + 1 }, () => 2)]);
      expect(rows).toEqual([{ first: 7, total: 2 * (index + 1) }]);
    }
    const after = await openStatements(dataSource);
    expect(after.prepared - before.prepared).toBe(texts.length);
    expect(after.open).toBeLessThanOrEqual(PREPARED_STATEMENTS_PER_CONNECTION);
    expect(after.open).toBeGreaterThan(0);

    // A closed statement is prepared again when it comes back; a kept one is reused.
    await expect(statements.execute(texts[0], [1, 5])).resolves.toEqual([{ first: 1, total: 5 }]);
    await expect(statements.execute(texts[0], [2, 6])).resolves.toEqual([{ first: 2, total: 6 }]);
    const again = await openStatements(dataSource);
    expect(again.prepared - after.prepared).toBe(1);
    expect(again.open).toBeLessThanOrEqual(PREPARED_STATEMENTS_PER_CONNECTION);
  });
});
