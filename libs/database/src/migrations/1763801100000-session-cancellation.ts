import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * FA-12 cancellation: the session keeps the subjects called off (with reason, when and by whom), and each
 * sign-up the subjects it lost to a cancellation, so its candidate is shown why (not FA-11's false information).
 */
export class SessionCancellation1763801100000 implements MigrationInterface {
  name = 'SessionCancellation1763801100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE assessment_session ADD COLUMN cancellations JSON NULL');
    await queryRunner.query('ALTER TABLE signup ADD COLUMN theory_cancelled TINYINT(1) NOT NULL DEFAULT 0, ADD COLUMN skills_cancelled TINYINT(1) NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE signup DROP COLUMN skills_cancelled, DROP COLUMN theory_cancelled');
    await queryRunner.query('ALTER TABLE assessment_session DROP COLUMN cancellations');
  }
}
