import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Candidates' messages (the message centre) with their e-mail outbox columns, and the trainee's e-mail address
 * the worker sends them to. A dedupe key per message makes a retried job or a rerun sweep write it once.
 */
export class CandidateMessages1763800700000 implements MigrationInterface {
  name = 'CandidateMessages1763800700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE trainee ADD COLUMN email VARCHAR(254) NULL');
    await queryRunner.query(`CREATE TABLE candidate_message (
      id BIGINT NOT NULL AUTO_INCREMENT,
      trainee_id INT NOT NULL,
      kind VARCHAR(40) NOT NULL,
      title VARCHAR(200) NOT NULL,
      body TEXT NOT NULL,
      facts JSON NOT NULL,
      dedupe_key VARCHAR(160) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
      created_at DATETIME(3) NOT NULL,
      read_at DATETIME(3) NULL,
      email_status ENUM('PENDING','SENT','FAILED','SKIPPED') NOT NULL DEFAULT 'PENDING',
      email_attempts INT NOT NULL DEFAULT 0,
      email_next_attempt_at DATETIME(3) NULL,
      email_sent_at DATETIME(3) NULL,
      email_last_error VARCHAR(500) NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_message_dedupe (dedupe_key),
      KEY idx_message_trainee (trainee_id, id),
      KEY idx_message_unread (trainee_id, read_at),
      KEY idx_message_email_due (email_status, email_next_attempt_at),
      CONSTRAINT fk_message_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE candidate_message');
    await queryRunner.query('ALTER TABLE trainee DROP COLUMN email');
  }
}
