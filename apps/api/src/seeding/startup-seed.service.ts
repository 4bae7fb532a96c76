import { AppConfig } from '@app/common/config';
import { withStartupLock } from '@app/database';
import { beijingDateOf, Clock } from '@app/common/time';
import { OrganisationSeeder } from '@app/identity';
import { DEMO_ROUND_REFERENCE, RoundSeeder } from '@app/recruitment';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DemoSeedService } from './demo-seed.service';

/** The reference round the demo recruitment round copies (Fujian 2025: both applicant types, central admission). */

/**
 * At start: the organisation tree always (idempotent), the demo data when configured. Under the startup
 * lock, so API processes starting together seed in turn instead of inserting the same rows at once.
 */
@Injectable()
export class StartupSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(StartupSeedService.name);
  /** The demo accounts seeded at this start, for the start-up banner. */
  demoAccounts: Array<{ username: string; role: string; organisation: string }> = [];

  constructor(
    private readonly config: AppConfig,
    private readonly organisations: OrganisationSeeder,
    private readonly demo: DemoSeedService,
    private readonly rounds: RoundSeeder,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const plan = await readFile(join(this.config.fixturesDir ?? 'config/fixtures', 'fujian-2025-recruitment-plan.csv'), 'utf8');
    await withStartupLock(this.config.database, async () => {
      await this.organisations.seedFromPlan(plan);
      // Recruitment's rounds and the other jurisdictions' bases; with the demo data, a round open today.
      await this.rounds.seed(this.configDir(), this.config.demoSeed ? { day: beijingDateOf(this.clock.now()), reference: DEMO_ROUND_REFERENCE } : null);
      if (!this.config.demoSeed) return;
      this.demoAccounts = await this.demo.seed();
      this.logger.log(`demo data ready: ${this.demoAccounts.length} accounts`);
    });
  }

  private configDir(): string {
    return this.config.fixturesDir ? join(this.config.fixturesDir, '..') : 'config';
  }
}
