import { MigrationInterface, QueryRunner } from 'typeorm';

const table = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
const ASCII = 'CHARACTER SET ascii COLLATE ascii_bin';

/**
 * Applicants (RC-1): a candidate account without a trainee record, with the identity it registered with; and the
 * message centre made usable for such accounts (a message is addressed to a trainee or to an account).
 * - One applicant profile per ID number (id_hash unique), so one person cannot hold two applicant accounts.
 * - A message has exactly one addressee: the CHECK keeps trainee_id and account_id from both being set or empty.
 */
export class RecruitmentApplicants1763800900000 implements MigrationInterface {
  name = 'RecruitmentApplicants1763800900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE recruitment_applicant (
      account_id INT NOT NULL,
      name VARCHAR(50) NOT NULL,
      id_type ENUM('RESIDENT_ID','HMT_RESIDENCE_PERMIT','HK_MACAU_PERMIT','TAIWAN_PERMIT','PASSPORT','FOREIGN_PERMANENT_RESIDENT') NOT NULL,
      id_hash CHAR(64) ${ASCII} NOT NULL,
      id_cipher VARCHAR(255) NOT NULL,
      id_masked VARCHAR(32) NOT NULL,
      birth_date DATE NULL,
      phone VARCHAR(20) NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (account_id),
      UNIQUE KEY uq_applicant_person (id_hash),
      CONSTRAINT fk_applicant_account FOREIGN KEY (account_id) REFERENCES user_account (id)
    ) ${table}`);

    await queryRunner.query(`ALTER TABLE candidate_message
      MODIFY trainee_id INT NULL,
      ADD COLUMN account_id INT NULL AFTER trainee_id,
      ADD KEY idx_message_account (account_id, id),
      ADD KEY idx_message_account_unread (account_id, read_at),
      ADD CONSTRAINT fk_message_account FOREIGN KEY (account_id) REFERENCES user_account (id),
      ADD CONSTRAINT chk_message_addressee CHECK ((trainee_id IS NULL) <> (account_id IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM candidate_message WHERE trainee_id IS NULL');
    await queryRunner.query(`ALTER TABLE candidate_message
      DROP CONSTRAINT chk_message_addressee,
      DROP FOREIGN KEY fk_message_account,
      DROP KEY idx_message_account_unread,
      DROP KEY idx_message_account,
      DROP COLUMN account_id,
      MODIFY trainee_id INT NOT NULL`);
    await queryRunner.query('DROP TABLE IF EXISTS recruitment_applicant');
  }
}
