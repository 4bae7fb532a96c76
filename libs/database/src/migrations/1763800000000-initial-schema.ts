import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema: organisations, accounts, trainees, sessions, sign-ups, attempts, exceptions, audit. */
export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
    await queryRunner.query(`CREATE TABLE organisation (
      id INT NOT NULL AUTO_INCREMENT,
      kind ENUM('PROVINCE','CITY','BASE') NOT NULL,
      name VARCHAR(100) NOT NULL,
      parent_id INT NULL,
      city_id INT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_organisation_name (name),
      CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE trainee (
      id INT NOT NULL AUTO_INCREMENT,
      name VARCHAR(50) NOT NULL,
      id_type ENUM('RESIDENT_ID','HMT_RESIDENCE_PERMIT','HK_MACAU_PERMIT','TAIWAN_PERMIT','PASSPORT','FOREIGN_PERMANENT_RESIDENT') NOT NULL,
      id_hash CHAR(64) NOT NULL,
      id_cipher VARCHAR(255) NOT NULL,
      id_masked VARCHAR(32) NOT NULL,
      base_id INT NOT NULL,
      city_id INT NOT NULL,
      cohort VARCHAR(16) NOT NULL,
      rotation_end_date DATE NOT NULL,
      phase_theory_passed TINYINT(1) NOT NULL,
      process_assessment_passed TINYINT(1) NOT NULL,
      retraining_required TINYINT(1) NOT NULL DEFAULT 0,
      sex ENUM('M','F') NULL,
      birth_date DATE NULL,
      phone VARCHAR(20) NULL,
      photo_key VARCHAR(160) NULL,
      photo_sha256 CHAR(64) NULL,
      photo_locked TINYINT(1) NOT NULL DEFAULT 0,
      version INT NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_trainee_id_hash (id_hash),
      KEY idx_trainee_base (base_id),
      CONSTRAINT fk_trainee_base FOREIGN KEY (base_id) REFERENCES organisation (id)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE user_account (
      id INT NOT NULL AUTO_INCREMENT,
      username VARCHAR(64) NOT NULL,
      password_hash VARCHAR(255) NOT NULL,
      role ENUM('CANDIDATE','BASE_REVIEWER','CITY_REVIEWER','CENTRE_ADMIN') NOT NULL,
      display_name VARCHAR(100) NOT NULL,
      organisation_id INT NULL,
      trainee_id INT NULL,
      active TINYINT(1) NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_user_username (username),
      UNIQUE KEY uq_user_trainee (trainee_id),
      CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
      CONSTRAINT fk_user_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE assessment_session (
      id INT NOT NULL AUTO_INCREMENT,
      code VARCHAR(40) NOT NULL,
      name VARCHAR(120) NOT NULL,
      year INT NOT NULL,
      rule_set_version VARCHAR(40) NOT NULL,
      signup_opens_at DATETIME(3) NOT NULL,
      signup_closes_at DATETIME(3) NOT NULL,
      review_opens_at DATETIME(3) NOT NULL,
      review_closes_at DATETIME(3) NOT NULL,
      admitted_from_year INT NOT NULL,
      admitted_to_year INT NOT NULL,
      rotation_cutoff DATE NOT NULL,
      subjects JSON NOT NULL,
      results_note VARCHAR(200) NULL,
      version INT NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_session_code (code),
      KEY idx_session_review_close (review_closes_at)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE signup (
      id INT NOT NULL AUTO_INCREMENT,
      session_id INT NOT NULL,
      trainee_id INT NOT NULL,
      base_id INT NOT NULL,
      city_id INT NOT NULL,
      status ENUM('DRAFT','SUBMITTED','RETURNED','BASE_APPROVED','APPROVED','REJECTED','VOIDED','CANCELLED') NOT NULL,
      subject_theory TINYINT(1) NOT NULL,
      subject_skills TINYINT(1) NOT NULL,
      verdict JSON NULL,
      last_reason VARCHAR(500) NULL,
      submitted_at DATETIME(3) NULL,
      base_reviewed_at DATETIME(3) NULL,
      centre_reviewed_at DATETIME(3) NULL,
      version INT NOT NULL DEFAULT 1,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_signup_session_trainee (session_id, trainee_id),
      KEY idx_signup_list (session_id, base_id, status),
      KEY idx_signup_status (status),
      KEY idx_signup_trainee (trainee_id),
      CONSTRAINT fk_signup_session FOREIGN KEY (session_id) REFERENCES assessment_session (id),
      CONSTRAINT fk_signup_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE subject_attempt (
      id INT NOT NULL AUTO_INCREMENT,
      trainee_id INT NOT NULL,
      session_id INT NULL,
      subject ENUM('THEORY','SKILLS') NOT NULL,
      year INT NOT NULL,
      outcome ENUM('PASSED','FAILED','ABSENT') NOT NULL,
      voided TINYINT(1) NOT NULL DEFAULT 0,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      KEY idx_attempt_trainee (trainee_id),
      CONSTRAINT fk_attempt_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE eligibility_exception (
      id INT NOT NULL AUTO_INCREMENT,
      session_id INT NOT NULL,
      trainee_id INT NOT NULL,
      rule VARCHAR(32) NOT NULL,
      reason VARCHAR(500) NOT NULL,
      granted_by INT NOT NULL,
      granted_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_exception (session_id, trainee_id, rule),
      CONSTRAINT fk_exception_session FOREIGN KEY (session_id) REFERENCES assessment_session (id),
      CONSTRAINT fk_exception_trainee FOREIGN KEY (trainee_id) REFERENCES trainee (id)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE audit_record (
      id BIGINT NOT NULL AUTO_INCREMENT,
      occurred_at DATETIME(3) NOT NULL,
      actor_user_id INT NULL,
      actor_role VARCHAR(32) NOT NULL,
      action VARCHAR(64) NOT NULL,
      entity_type VARCHAR(32) NOT NULL,
      entity_id VARCHAR(64) NOT NULL,
      scope_base_id INT NULL,
      reason VARCHAR(500) NULL,
      \`before\` JSON NULL,
      \`after\` JSON NULL,
      PRIMARY KEY (id),
      KEY idx_audit_entity (entity_type, entity_id),
      KEY idx_audit_time (occurred_at),
      KEY idx_audit_action (action)
    ) ${table}`);
    // FA-13: append-only, enforced by the database itself and not only by the absence of an endpoint.
    for (const event of ['UPDATE', 'DELETE']) {
      await queryRunner.query(`CREATE TRIGGER audit_record_no_${event.toLowerCase()} BEFORE ${event} ON audit_record
        FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only'`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['audit_record', 'eligibility_exception', 'subject_attempt', 'signup', 'assessment_session', 'user_account', 'trainee', 'organisation']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${name}`);
    }
  }
}
