import { MigrationInterface, QueryRunner } from 'typeorm';

/** TK-5: where a ticket's PDF is stored, its checksum, and which revision it shows. */
export class TicketFiles1763800300000 implements MigrationInterface {
  name = 'TicketFiles1763800300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE admit_ticket
      ADD COLUMN pdf_key VARCHAR(160) NULL,
      ADD COLUMN pdf_sha256 CHAR(64) NULL,
      ADD COLUMN rendered_revision INT NULL,
      ADD COLUMN render_error VARCHAR(300) NULL,
      ADD KEY idx_ticket_render (rendered_revision)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE admit_ticket DROP KEY idx_ticket_render, DROP COLUMN render_error, DROP COLUMN rendered_revision, DROP COLUMN pdf_sha256, DROP COLUMN pdf_key');
  }
}
