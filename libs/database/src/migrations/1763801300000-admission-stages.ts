import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * RC-6 stages: a round may publish its admission round by round (Chongqing publishes first-choice results before
 * the second-choice assessment). A run records the last round it ran (`through_round`) and the published run it
 * continues (`after_run_id`); the unique key becomes one published run per round and stage.
 */
export class AdmissionStages1763801300000 implements MigrationInterface {
  name = 'AdmissionStages1763801300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE admission_run
         ADD COLUMN through_round ENUM('FIRST','SECOND','PARALLEL','ADJUSTMENT') NULL AFTER summary,
         ADD COLUMN after_run_id INT NULL AFTER through_round`,
    );
    // Runs written before stages ran every round: their last round is the summary's last.
    const runs: Array<{ id: number; summary: unknown }> = await queryRunner.query('SELECT id, summary FROM admission_run');
    for (const run of runs) {
      const summary = (typeof run.summary === 'string' ? JSON.parse(run.summary) : run.summary) as { rounds?: string[] };
      const rounds = summary.rounds ?? [];
      await queryRunner.query('UPDATE admission_run SET through_round = ? WHERE id = ?', [rounds[rounds.length - 1] ?? 'ADJUSTMENT', run.id]);
    }
    await queryRunner.query(
      `ALTER TABLE admission_run
         MODIFY through_round ENUM('FIRST','SECOND','PARALLEL','ADJUSTMENT') NOT NULL,
         DROP INDEX uq_run_published,
         ADD UNIQUE KEY uq_run_published_stage (published_round_id, through_round),
         ADD CONSTRAINT fk_run_after FOREIGN KEY (after_run_id) REFERENCES admission_run (id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE admission_run
         DROP FOREIGN KEY fk_run_after,
         DROP INDEX uq_run_published_stage,
         ADD UNIQUE KEY uq_run_published (published_round_id),
         DROP COLUMN after_run_id,
         DROP COLUMN through_round`,
    );
  }
}
