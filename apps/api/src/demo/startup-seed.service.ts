import { AppConfig } from '@app/common/config';
import { OrganisationSeeder } from '@app/identity';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_PASSWORD, DemoSeedService } from './demo-seed.service';

/** At start: the organisation tree always (idempotent), the demo data when configured. */
@Injectable()
export class StartupSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger(StartupSeedService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly organisations: OrganisationSeeder,
    private readonly demo: DemoSeedService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const plan = join(this.config.fixturesDir ?? 'config/fixtures', 'fujian-2025-recruitment-plan.csv');
    await this.organisations.seedFromPlan(await readFile(plan, 'utf8'));
    if (!this.config.demoSeed) return;
    const accounts = await this.demo.seed();
    const lines = accounts.map((a) => `  ${a.username.padEnd(14)} ${a.role.padEnd(14)} ${a.organisation}`);
    this.logger.log(`demo accounts (password ${DEMO_PASSWORD}):\n${lines.join('\n')}`);
  }
}
