import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRoundFile, RecruitmentRound } from '../rounds';

/** The reference rounds of config/recruitment, read with their plans, for specs. */
const ROOT = join(__dirname, '../../../..');

export type ReferenceRoundName = 'fujian-2025' | 'fujian-2023' | 'chongqing-2025' | 'xiaogan-2023';

export function referenceRound(name: ReferenceRoundName): RecruitmentRound {
  const plans: Record<string, string> = {};
  for (const file of ['fujian-2025-recruitment-plan.csv', 'chongqing-2025-recruitment-plan.csv', 'xiaogan-2023-recruitment-plan.csv']) {
    plans[file] = readFileSync(join(ROOT, 'config/fixtures/recruitment', file), 'utf8');
  }
  const read = readRoundFile(JSON.parse(readFileSync(join(ROOT, 'config/recruitment', `${name}.json`), 'utf8')), plans);
  if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read.problems)}`);
  return read.round;
}
