import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message may be shown from a later instant (an admission outcome from the round's results time): that instant
 * has its own column, so every other message is shown as soon as it is written, whichever process's clock wrote it.
 */
export class MessageVisibleFrom1763801200000 implements MigrationInterface {
  name = 'MessageVisibleFrom1763801200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE candidate_message ADD COLUMN visible_from DATETIME(3) NULL AFTER created_at');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE candidate_message DROP COLUMN visible_from');
  }
}
