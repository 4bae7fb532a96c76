import { MigrationInterface, QueryRunner } from 'typeorm';

/** Login lockout state on the account row (MySQL is its source of truth); usernames in their one stored form. */
export class AccountLockout1763800500000 implements MigrationInterface {
  name = 'AccountLockout1763800500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_account
      ADD COLUMN failed_login_count INT NOT NULL DEFAULT 0,
      ADD COLUMN locked_until DATETIME(3) NULL`);
    // Logins are normalised (trim, NFKC, lower case) before the look-up. Registration only ever allowed ASCII
    // names, and the unique key's collation already ignores case and trailing spaces, so this cannot collide.
    await queryRunner.query('UPDATE user_account SET username = LOWER(TRIM(username)) WHERE BINARY username <> BINARY LOWER(TRIM(username))');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE user_account DROP COLUMN locked_until, DROP COLUMN failed_login_count');
  }
}
