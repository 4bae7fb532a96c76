import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Part C: pass rules on the session, scores on attempts, imports, publication and the standing read model.
 * An attempt belongs to one session, trainee and subject (FA-5: one sitting per subject per year).
 */
export class Scores1763800400000 implements MigrationInterface {
  name = 'Scores1763800400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
    await queryRunner.query(`ALTER TABLE assessment_session
      ADD COLUMN theory_pass_rule JSON NULL,
      ADD COLUMN skills_pass_rule JSON NULL,
      ADD COLUMN rotation_deadline_applied_at DATETIME(3) NULL`);
    await queryRunner.query(`ALTER TABLE subject_attempt
      ADD COLUMN signup_id INT NULL,
      ADD COLUMN score DECIMAL(7,2) NULL,
      ADD COLUMN station_scores JSON NULL,
      ADD COLUMN failed_critical_items JSON NULL,
      ADD COLUMN source ENUM('HISTORY','IMPORT','ENTRY','CORRECTION') NOT NULL DEFAULT 'HISTORY',
      ADD COLUMN import_id INT NULL,
      ADD COLUMN void_kind ENUM('ROTATION_DEADLINE','VIOLATION','FALSE_INFORMATION') NULL,
      ADD COLUMN void_reason VARCHAR(500) NULL,
      ADD COLUMN voided_at DATETIME(3) NULL,
      ADD COLUMN voided_by INT NULL,
      ADD COLUMN version INT NOT NULL DEFAULT 1,
      ADD COLUMN updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      ADD UNIQUE KEY uq_attempt_session_trainee_subject (session_id, trainee_id, subject),
      ADD CONSTRAINT fk_attempt_session FOREIGN KEY (session_id) REFERENCES assessment_session (id)`);
    await queryRunner.query(`CREATE TABLE score_import (
      id INT NOT NULL AUTO_INCREMENT,
      session_id INT NOT NULL,
      subject ENUM('THEORY','SKILLS') NOT NULL,
      status ENUM('PREVIEWING','PREVIEWED','COMMITTING','COMMITTED','FAILED','STALE') NOT NULL,
      file_name VARCHAR(200) NOT NULL,
      file_key VARCHAR(200) NOT NULL,
      file_sha256 CHAR(64) NOT NULL,
      file_bytes INT NOT NULL,
      total_rows INT NULL,
      processed_rows INT NOT NULL DEFAULT 0,
      summary JSON NULL,
      report_key VARCHAR(200) NULL,
      plan_sha256 CHAR(64) NULL,
      basis_sha256 CHAR(64) NULL,
      error JSON NULL,
      created_by INT NOT NULL,
      committed_by INT NULL,
      committed_at DATETIME(3) NULL,
      version INT NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      KEY idx_score_import_session (session_id, subject),
      CONSTRAINT fk_score_import_session FOREIGN KEY (session_id) REFERENCES assessment_session (id)
    ) ${table}`);
    // SC-4: a subject's results of a session are visible (and count for standing) once published.
    await queryRunner.query(`CREATE TABLE result_publication (
      session_id INT NOT NULL,
      subject ENUM('THEORY','SKILLS') NOT NULL,
      published_at DATETIME(3) NOT NULL,
      published_by INT NOT NULL,
      PRIMARY KEY (session_id, subject),
      CONSTRAINT fk_publication_session FOREIGN KEY (session_id) REFERENCES assessment_session (id)
    ) ${table}`);
    // The standing read model: time-independent facts derived from published, non-voided attempts.
    // What they mean today (valid now? retraining required?) is decided at read time from the clock.
    await queryRunner.query(`CREATE TABLE trainee_standing (
      trainee_id INT NOT NULL,
      theory_pass_year INT NULL,
      skills_pass_year INT NULL,
      completed_theory_year INT NULL,
      completed_skills_year INT NULL,
      last_sat_year INT NULL,
      sittings INT NOT NULL,
      computed_at DATETIME(3) NOT NULL,
      PRIMARY KEY (trainee_id),
      CONSTRAINT fk_standing_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id)
    ) ${table}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['trainee_standing', 'result_publication', 'score_import']) await queryRunner.query(`DROP TABLE IF EXISTS ${name}`);
    await queryRunner.query(`ALTER TABLE subject_attempt DROP FOREIGN KEY fk_attempt_session, DROP KEY uq_attempt_session_trainee_subject,
      DROP COLUMN updated_at, DROP COLUMN version, DROP COLUMN voided_by, DROP COLUMN voided_at, DROP COLUMN void_reason, DROP COLUMN void_kind,
      DROP COLUMN import_id, DROP COLUMN source, DROP COLUMN failed_critical_items, DROP COLUMN station_scores, DROP COLUMN score, DROP COLUMN signup_id`);
    await queryRunner.query('ALTER TABLE assessment_session DROP COLUMN rotation_deadline_applied_at, DROP COLUMN skills_pass_rule, DROP COLUMN theory_pass_rule');
  }
}
