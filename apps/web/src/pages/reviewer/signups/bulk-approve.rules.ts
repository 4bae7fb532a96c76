import { ApiError } from '../../../api/errors';
import type { Schemas } from '../../../api/client';

type Row = Schemas['SignupListRow'];
type Verdict = Schemas['EligibilityVerdict'];

/** A row the bulk approval may take: waiting for the base, and its verdict eligible (to be confirmed rule by rule). */
export function isBulkCandidate(row: Pick<Row, 'status' | 'eligible'>): boolean {
  return row.status === 'SUBMITTED' && row.eligible === true;
}

/** Clean: every rule passed on its own; a rule let through as an exception is for a person to look at. */
export function passedEveryRule(verdict: Verdict | null | undefined): boolean {
  return !!verdict && verdict.eligible && verdict.checks.length > 0 && verdict.checks.every((check) => check.outcome === 'PASS');
}

export interface BulkItem {
  id: number;
  name: string;
  idNumberMasked: string;
}

export type BulkOutcome =
  | { kind: 'approved'; item: BulkItem }
  | { kind: 'skipped'; item: BulkItem; message: string }
  | { kind: 'failed'; item: BulkItem; message: string; code: string };

export interface BulkSteps {
  load: (id: number) => Promise<Schemas['SignupView']>;
  approve: (id: number, expectedVersion: number) => Promise<unknown>;
}

/**
 * One item of a bulk approval: read the sign-up again, approve it only if it still waits for the base and
 * passed every rule, at the version just read (a change in between is refused by the API, not overwritten).
 */
export async function approveOne(item: BulkItem, steps: BulkSteps): Promise<BulkOutcome> {
  try {
    const signup = await steps.load(item.id);
    if (signup.status !== 'SUBMITTED') return { kind: 'skipped', item, message: `状态已变为“${signup.statusLabel.zh}”，未处理` };
    if (!passedEveryRule(signup.verdict)) return { kind: 'skipped', item, message: '资格核验并非全部规则通过（含特殊情况放行），请逐条审核' };
    await steps.approve(item.id, signup.version);
    return { kind: 'approved', item };
  } catch (error) {
    if (error instanceof ApiError) return { kind: 'failed', item, message: error.message, code: error.code };
    return { kind: 'failed', item, message: '操作未完成，请稍后再试。', code: 'UNKNOWN' };
  }
}
