import type { RecruitmentRound } from './round.types';

/**
 * A round's configuration as the recruitment_round.config JSON column holds it: the RecruitmentRound with every
 * instant written as { "$instant": ISO-8601 }, so reading it back restores exactly the Dates that were stored
 * without a list of which fields are instants (a new dated field needs no change here).
 */
const INSTANT = '$instant';

export function storedRound(round: RecruitmentRound): object {
  return JSON.parse(
    JSON.stringify(round, function (this: Record<string, unknown>, key: string, value: unknown) {
      // JSON.stringify has already called toJSON on a Date; the holder still has the Date itself.
      const original = this[key];
      return original instanceof Date ? { [INSTANT]: original.toISOString() } : value;
    }),
  ) as object;
}

export function roundFromStored(stored: unknown): RecruitmentRound {
  const text = typeof stored === 'string' ? stored : JSON.stringify(stored);
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const iso = (value as Record<string, unknown>)[INSTANT];
      if (keys.length === 1 && typeof iso === 'string') return new Date(iso);
    }
    return value;
  }) as RecruitmentRound;
}
