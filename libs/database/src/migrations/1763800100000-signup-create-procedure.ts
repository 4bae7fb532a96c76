import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-up burst is bound by round trips to the database, not by rows: this procedure writes a new
 * sign-up and its audit record in one transaction and one round trip (it rolls back and re-raises on any
 * error, so a duplicate submit leaves nothing behind and surfaces as the unique-key error).
 */
export class SignupCreateProcedure1763800100000 implements MigrationInterface {
  name = 'SignupCreateProcedure1763800100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE PROCEDURE signup_create(
        IN p_session_id INT, IN p_trainee_id INT, IN p_base_id INT, IN p_city_id INT,
        IN p_status VARCHAR(16), IN p_subject_theory TINYINT, IN p_subject_skills TINYINT,
        IN p_verdict LONGTEXT, IN p_submitted_at DATETIME(3),
        IN p_occurred_at DATETIME(3), IN p_actor_user_id INT, IN p_actor_role VARCHAR(32), IN p_action VARCHAR(64), IN p_after LONGTEXT)
      BEGIN
        DECLARE v_id INT;
        DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; RESIGNAL; END;
        START TRANSACTION;
        INSERT INTO signup (session_id, trainee_id, base_id, city_id, status, subject_theory, subject_skills, verdict, submitted_at, version)
          VALUES (p_session_id, p_trainee_id, p_base_id, p_city_id, p_status, p_subject_theory, p_subject_skills, p_verdict, p_submitted_at, 1);
        SET v_id = LAST_INSERT_ID();
        INSERT INTO audit_record (occurred_at, actor_user_id, actor_role, action, entity_type, entity_id, scope_base_id, \`after\`)
          VALUES (p_occurred_at, p_actor_user_id, p_actor_role, p_action, 'signup', v_id, p_base_id, p_after);
        COMMIT;
        SELECT v_id AS id;
      END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP PROCEDURE IF EXISTS signup_create');
  }
}
