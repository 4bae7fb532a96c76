import { MigrationInterface, QueryRunner } from 'typeorm';

const table = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
const ASCII = 'CHARACTER SET ascii COLLATE ascii_bin';

/**
 * Recruitment (SPEC Part D): rounds with their configuration, applications with their review state, documents,
 * base assessment scores, admission runs and their outcomes, the admitted places with their reporting, and bans.
 * - One published run per round is a unique key (published_round_id), so two publishers cannot both win.
 * - An applicant applies once per round (account and ID number each unique within it).
 * - Bans are keyed by the ID number's hash, so they are found across rounds and jurisdictions.
 */
export class Recruitment1763800800000 implements MigrationInterface {
  name = 'Recruitment1763800800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE recruitment_round (
      id INT NOT NULL AUTO_INCREMENT,
      code VARCHAR(40) ${ASCII} NOT NULL,
      jurisdiction ENUM('FUJIAN','CHONGQING','XIAOGAN') NOT NULL,
      name VARCHAR(200) NOT NULL,
      year SMALLINT NOT NULL,
      config JSON NOT NULL,
      version INT NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_round_code (code),
      KEY idx_round_jurisdiction (jurisdiction, year)
    ) ${table}`);

    await queryRunner.query(`CREATE TABLE recruitment_application (
      id INT NOT NULL AUTO_INCREMENT,
      round_id INT NOT NULL,
      account_id INT NOT NULL,
      name VARCHAR(50) NOT NULL,
      id_type ENUM('RESIDENT_ID','HMT_RESIDENCE_PERMIT','HK_MACAU_PERMIT','TAIWAN_PERMIT','PASSPORT','FOREIGN_PERMANENT_RESIDENT') NOT NULL,
      id_hash CHAR(64) ${ASCII} NOT NULL,
      id_cipher VARCHAR(255) NOT NULL,
      id_masked VARCHAR(32) NOT NULL,
      phone VARCHAR(20) NULL,
      applicant_type ENUM('EMPLOYED','INDEPENDENT') NOT NULL,
      facts JSON NOT NULL,
      employer_city_id INT NULL,
      choice1_base_id INT NULL,
      choice2_base_id INT NULL,
      accepts_adjustment BOOLEAN NOT NULL DEFAULT FALSE,
      status ENUM('DRAFT','IN_REVIEW','RETURNED','APPROVED','CONFIRMED','REJECTED','WITHDRAWN') NOT NULL DEFAULT 'DRAFT',
      stage ENUM('BEFORE_ADMISSION','AFTER_ADMISSION') NOT NULL DEFAULT 'BEFORE_ADMISSION',
      step TINYINT NOT NULL DEFAULT 0,
      returned_level ENUM('BASE','CITY','CENTRE') NULL,
      return_reason VARCHAR(500) NULL,
      correct_by DATETIME(3) NULL,
      rejected_level ENUM('BASE','CITY','CENTRE') NULL,
      reject_reason VARCHAR(500) NULL,
      verdict JSON NULL,
      eligible BOOLEAN NULL,
      ranking_score DECIMAL(7,2) NULL,
      submitted_at DATETIME(3) NULL,
      version INT NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_application_round_account (round_id, account_id),
      UNIQUE KEY uq_application_round_person (round_id, id_hash),
      KEY idx_application_list (round_id, status, applicant_type),
      KEY idx_application_choice1 (choice1_base_id, round_id),
      KEY idx_application_choice2 (choice2_base_id, round_id),
      KEY idx_application_city (employer_city_id, round_id),
      KEY idx_application_person (id_hash),
      KEY idx_application_return_due (status, correct_by),
      CONSTRAINT fk_application_round FOREIGN KEY (round_id) REFERENCES recruitment_round (id),
      CONSTRAINT fk_application_account FOREIGN KEY (account_id) REFERENCES user_account (id)
    ) ${table}`);

    await queryRunner.query(`CREATE TABLE recruitment_document (
      id INT NOT NULL AUTO_INCREMENT,
      application_id INT NOT NULL,
      kind VARCHAR(40) ${ASCII} NOT NULL,
      storage_key VARCHAR(160) NOT NULL,
      sha256 CHAR(64) ${ASCII} NOT NULL,
      bytes INT NOT NULL,
      uploaded_at DATETIME(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_document_kind (application_id, kind),
      CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES recruitment_application (id)
    ) ${table}`);

    await queryRunner.query(`CREATE TABLE recruitment_assessment_score (
      application_id INT NOT NULL,
      base_id INT NOT NULL,
      choice_round ENUM('FIRST','SECOND','ADJUSTMENT') NOT NULL,
      score DECIMAL(6,2) NOT NULL,
      entered_by INT NULL,
      entered_at DATETIME(3) NOT NULL,
      PRIMARY KEY (application_id, base_id, choice_round),
      KEY idx_assessment_base (base_id, choice_round),
      CONSTRAINT fk_assessment_application FOREIGN KEY (application_id) REFERENCES recruitment_application (id)
    ) ${table}`);

    await queryRunner.query(`CREATE TABLE admission_run (
      id INT NOT NULL AUTO_INCREMENT,
      round_id INT NOT NULL,
      status ENUM('PREVIEW','PUBLISHED','DISCARDED') NOT NULL DEFAULT 'PREVIEW',
      seed CHAR(64) ${ASCII} NOT NULL,
      input_digest CHAR(64) ${ASCII} NOT NULL,
      summary JSON NOT NULL,
      published_round_id INT NULL,
      created_by INT NULL,
      created_at DATETIME(3) NOT NULL,
      published_by INT NULL,
      published_at DATETIME(3) NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_run_published (published_round_id),
      KEY idx_run_round (round_id, id),
      CONSTRAINT fk_run_round FOREIGN KEY (round_id) REFERENCES recruitment_round (id)
    ) ${table}`);

    await queryRunner.query(`CREATE TABLE admission_outcome (
      run_id INT NOT NULL,
      application_id INT NOT NULL,
      admitted BOOLEAN NOT NULL,
      base_id INT NULL,
      applicant_type ENUM('EMPLOYED','INDEPENDENT') NOT NULL,
      admitted_by ENUM('FIRST','SECOND','PARALLEL','ADJUSTMENT') NULL,
      explanation JSON NOT NULL,
      PRIMARY KEY (run_id, application_id),
      KEY idx_outcome_base (run_id, base_id),
      CONSTRAINT fk_outcome_run FOREIGN KEY (run_id) REFERENCES admission_run (id),
      CONSTRAINT fk_outcome_application FOREIGN KEY (application_id) REFERENCES recruitment_application (id)
    ) ${table}`);

    await queryRunner.query(`CREATE TABLE recruitment_placement (
      application_id INT NOT NULL,
      round_id INT NOT NULL,
      run_id INT NOT NULL,
      base_id INT NOT NULL,
      applicant_type ENUM('EMPLOYED','INDEPENDENT') NOT NULL,
      admitted_by ENUM('FIRST','SECOND','PARALLEL','ADJUSTMENT') NOT NULL,
      status ENUM('ADMITTED','REPORTED','NO_SHOW','CANCELLED','WITHDRAWN') NOT NULL DEFAULT 'ADMITTED',
      reported_on DATE NULL,
      no_show_reason VARCHAR(500) NULL,
      no_show_by_deadline BOOLEAN NOT NULL DEFAULT FALSE,
      recorded_by INT NULL,
      recorded_at DATETIME(3) NULL,
      trainee_id INT NULL,
      notice_token VARCHAR(64) ${ASCII} NOT NULL,
      notice_status ENUM('PENDING','READY','FAILED') NOT NULL DEFAULT 'PENDING',
      notice_file_key VARCHAR(160) NULL,
      notice_error VARCHAR(500) NULL,
      version INT NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (application_id),
      UNIQUE KEY uq_placement_notice_token (notice_token),
      KEY idx_placement_base (round_id, base_id, status),
      KEY idx_placement_due (status, round_id),
      CONSTRAINT fk_placement_application FOREIGN KEY (application_id) REFERENCES recruitment_application (id),
      CONSTRAINT fk_placement_run FOREIGN KEY (run_id) REFERENCES admission_run (id)
    ) ${table}`);

    await queryRunner.query(`CREATE TABLE recruitment_ban (
      id INT NOT NULL AUTO_INCREMENT,
      id_hash CHAR(64) ${ASCII} NOT NULL,
      kind ENUM('FALSE_INFORMATION','WITHDREW_AFTER_ADMISSION','NO_SHOW','ADJUSTED_NO_SHOW') NOT NULL,
      occurred_on DATE NOT NULL,
      round_id INT NOT NULL,
      record JSON NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_ban_event (id_hash, round_id, kind),
      CONSTRAINT fk_ban_round FOREIGN KEY (round_id) REFERENCES recruitment_round (id)
    ) ${table}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['recruitment_ban', 'recruitment_placement', 'admission_outcome', 'admission_run', 'recruitment_assessment_score', 'recruitment_document', 'recruitment_application', 'recruitment_round']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${name}`);
    }
  }
}
