import { OrganisationSeeder } from '@app/identity';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { JURISDICTION_INFO } from '../jurisdiction';
import { demoRound } from './demo-round';
import { readRoundFile } from './round-file';
import { RoundStore } from './round.store';
import type { RecruitmentRound } from './round.types';
import type { LocalDate } from '@app/common/time';

/** The bases of a round's plan as organisation rows: its own city where the plan names one, else the jurisdiction's. */
export function planOrganisations(round: RecruitmentRound): Array<{ city: string; base: string }> {
  const info = JURISDICTION_INFO[round.jurisdiction];
  return (round.quotas?.bases ?? []).flatMap((each) => {
    const city = each.city ?? info.tree.cityOfPlanRows;
    return city === null ? [] : [{ city, base: each.base }];
  });
}

/** Reads and checks every round file of config/recruitment; a broken file stops the start with its problems listed. */
export async function readConfiguredRounds(configDir: string): Promise<RecruitmentRound[]> {
  const plansDir = join(configDir, 'fixtures', 'recruitment');
  const plans: Record<string, string> = {};
  for (const file of (await readdir(plansDir)).filter((name) => name.endsWith('.csv'))) plans[file] = await readFile(join(plansDir, file), 'utf8');
  const roundsDir = join(configDir, 'recruitment');
  const rounds: RecruitmentRound[] = [];
  for (const file of (await readdir(roundsDir)).filter((name) => name.endsWith('.json')).sort()) {
    const read = readRoundFile(JSON.parse(await readFile(join(roundsDir, file), 'utf8')), plans);
    if (!read.ok) throw new Error(`${join(roundsDir, file)}: ${read.problems.map((each) => `${each.path}: ${each.message.en}`).join('; ')}`);
    rounds.push(read.round);
  }
  return rounds;
}

/**
 * At start: every round of config/recruitment (with its plan from config/fixtures/recruitment) is stored unless
 * a round of that code exists (an administrator's later changes are kept), and the bases of each jurisdiction's
 * plans are seeded into the organisation tree. With the demo data, a copy of a reference round open today too.
 */
@Injectable()
export class RoundSeeder {
  private readonly logger = new Logger(RoundSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundStore,
    private readonly organisations: OrganisationSeeder,
  ) {}

  /** `demoDay`: the Beijing day a demo round opens, or null for none. Answers the codes inserted. */
  async seed(configDir: string, demo: { day: LocalDate; reference: string } | null): Promise<string[]> {
    const rounds = await readConfiguredRounds(configDir);
    if (demo) {
      const reference = rounds.find((each) => each.code === demo.reference);
      if (!reference) throw new Error(`demo recruitment round: no round ${demo.reference} in ${configDir}/recruitment`);
      rounds.push(demoRound(demo.day, reference));
    }
    for (const jurisdiction of new Set(rounds.map((each) => each.jurisdiction))) {
      const rows = rounds.filter((each) => each.jurisdiction === jurisdiction).flatMap(planOrganisations);
      const unique = [...new Map(rows.map((row) => [row.base, row])).values()];
      if (unique.length > 0) await this.organisations.seedTree(JURISDICTION_INFO[jurisdiction].tree.province, unique);
    }
    const inserted: string[] = [];
    await this.dataSource.transaction(async (manager) => {
      for (const round of rounds) if (await this.rounds.insertIfMissing(manager, round)) inserted.push(round.code);
    });
    if (inserted.length > 0) this.logger.log(`recruitment rounds stored: ${inserted.join(', ')}`);
    return inserted;
  }
}
