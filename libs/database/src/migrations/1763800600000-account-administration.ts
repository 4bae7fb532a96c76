import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account administration and revocable logins: the CHECKER role, a phone, a forced password change after a
 * reset, a token version that every access token carries (raised to end them all), and refresh tokens stored
 * hashed, one family per login.
 */
export class AccountAdministration1763800600000 implements MigrationInterface {
  name = 'AccountAdministration1763800600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_account
      MODIFY role ENUM('CANDIDATE','BASE_REVIEWER','CITY_REVIEWER','CENTRE_ADMIN','CHECKER') NOT NULL,
      ADD COLUMN phone VARCHAR(20) NULL,
      ADD COLUMN must_change_password TINYINT(1) NOT NULL DEFAULT 0,
      ADD COLUMN token_version INT NOT NULL DEFAULT 0,
      ADD KEY idx_user_role_organisation (role, organisation_id)`);
    await queryRunner.query(`CREATE TABLE refresh_token_family (
      id BIGINT NOT NULL AUTO_INCREMENT,
      account_id INT NOT NULL,
      created_at DATETIME(3) NOT NULL,
      revoked_at DATETIME(3) NULL,
      revoked_reason VARCHAR(32) NULL,
      PRIMARY KEY (id),
      KEY idx_refresh_family_account (account_id, revoked_at),
      CONSTRAINT fk_refresh_family_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await queryRunner.query(`CREATE TABLE refresh_token (
      id BIGINT NOT NULL AUTO_INCREMENT,
      family_id BIGINT NOT NULL,
      token_hash BINARY(32) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      expires_at DATETIME(3) NOT NULL,
      used_at DATETIME(3) NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_refresh_token_hash (token_hash),
      KEY idx_refresh_token_family (family_id),
      CONSTRAINT fk_refresh_token_family FOREIGN KEY (family_id) REFERENCES refresh_token_family (id) ON DELETE CASCADE
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE refresh_token');
    await queryRunner.query('DROP TABLE refresh_token_family');
    await queryRunner.query("DELETE FROM user_account WHERE role = 'CHECKER'");
    await queryRunner.query(`ALTER TABLE user_account
      DROP KEY idx_user_role_organisation,
      DROP COLUMN token_version,
      DROP COLUMN must_change_password,
      DROP COLUMN phone,
      MODIFY role ENUM('CANDIDATE','BASE_REVIEWER','CITY_REVIEWER','CENTRE_ADMIN') NOT NULL`);
  }
}
