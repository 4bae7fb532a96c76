import { parse } from 'csv-parse/sync';
import { ConfigProblem, problem } from '../problems';
import { BaseQuota, BaseTypeQuota, QuotaPlan } from './round.types';

/**
 * The recruitment plans' CSV format (config/fixtures/recruitment/*.csv), UTF-8 with a header row:
 * - `base,quota` (optionally with `city`): one quota per base;
 * - `city,base,social_quota,unit_quota`: per base and applicant type, 社会人 (INDEPENDENT) and 单位人 (EMPLOYED).
 * Any other column, a missing one, a bad or duplicate row is refused with every problem listed, never guessed.
 */

export type QuotaPlanParse = { ok: true; plan: QuotaPlan } | { ok: false; problems: ConfigProblem[] };

const KNOWN_COLUMNS = ['city', 'base', 'quota', 'social_quota', 'unit_quota'] as const;
type Column = (typeof KNOWN_COLUMNS)[number];

const QUOTA = /^\d+$/;

function isColumn(name: string): name is Column {
  return (KNOWN_COLUMNS as readonly string[]).includes(name);
}

export function parseQuotaPlan(text: string): QuotaPlanParse {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { ok: false, problems: [problem('file', `不是有效的CSV：${String(error)}`, `not valid CSV: ${String(error)}`)] };
  }
  if (records.length === 0) return { ok: false, problems: [problem('file', '文件为空', 'the file is empty')] };

  const header = records[0].map((name) => name.toLowerCase());
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    const path = `header, column ${index + 1}`;
    if (!isColumn(name)) {
      problems.push(problem(path, `未知列"${name}"，可用列：${KNOWN_COLUMNS.join(', ')}`, `unknown column "${name}"; known: ${KNOWN_COLUMNS.join(', ')}`));
    } else if (seen.has(name)) {
      problems.push(problem(path, `列"${name}"重复`, `column "${name}" appears twice`));
    }
    seen.add(name);
  });
  const has = (name: Column) => header.includes(name);
  if (!has('base')) problems.push(problem('header', '缺少列"base"', 'missing column "base"'));
  const byType = has('social_quota') || has('unit_quota');
  if (byType && has('quota')) {
    problems.push(problem('header', '"quota"与"social_quota"/"unit_quota"只能二选一', 'use either "quota" or "social_quota" and "unit_quota", not both'));
  } else if (byType && !(has('social_quota') && has('unit_quota'))) {
    problems.push(problem('header', '按类型分配时须同时有"social_quota"和"unit_quota"', 'a plan by type needs both "social_quota" and "unit_quota"'));
  } else if (!byType && !has('quota')) {
    problems.push(problem('header', '缺少列"quota"（或"social_quota"和"unit_quota"）', 'missing column "quota" (or "social_quota" and "unit_quota")'));
  }
  if (problems.length > 0) return { ok: false, problems };

  const column = (name: Column) => header.indexOf(name);
  const quotaCell = (row: string[], name: Column, path: string): number | null => {
    const value = row[column(name)] ?? '';
    if (!QUOTA.test(value)) {
      problems.push(problem(`${path}, column ${name}`, `名额"${value}"须为非负整数`, `quota "${value}" must be a whole number, zero or more`));
      return null;
    }
    return Number(value);
  };

  const bases = new Set<string>();
  const byBase: BaseQuota[] = [];
  const byBaseAndType: BaseTypeQuota[] = [];
  records.slice(1).forEach((row, index) => {
    const path = `row ${index + 2}`;
    if (row.length !== header.length) {
      problems.push(problem(path, `应有${header.length}列，实有${row.length}列`, `expected ${header.length} cells, found ${row.length}`));
      return;
    }
    const base = row[column('base')];
    const city = has('city') ? row[column('city')] || null : null;
    if (base === '') problems.push(problem(`${path}, column base`, '基地名称为空', 'the base name is empty'));
    else if (bases.has(base)) problems.push(problem(`${path}, column base`, `基地"${base}"重复`, `base "${base}" appears twice`));
    bases.add(base);
    if (byType) {
      const independent = quotaCell(row, 'social_quota', path);
      const employed = quotaCell(row, 'unit_quota', path);
      if (independent !== null && employed !== null) byBaseAndType.push({ base, city, quotas: { INDEPENDENT: independent, EMPLOYED: employed } });
    } else {
      const quota = quotaCell(row, 'quota', path);
      if (quota !== null) byBase.push({ base, city, quota });
    }
  });
  if (records.length === 1) problems.push(problem('file', '没有基地行', 'no base rows'));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, plan: byType ? { split: 'BY_BASE_AND_TYPE', bases: byBaseAndType } : { split: 'BY_BASE', bases: byBase } };
}

/** Seats of a plan, in total and per applicant type where it splits. */
export function quotaTotals(plan: QuotaPlan): { bases: number; total: number; EMPLOYED: number | null; INDEPENDENT: number | null } {
  if (plan.split === 'BY_BASE') {
    return { bases: plan.bases.length, total: plan.bases.reduce((sum, each) => sum + each.quota, 0), EMPLOYED: null, INDEPENDENT: null };
  }
  const employed = plan.bases.reduce((sum, each) => sum + each.quotas.EMPLOYED, 0);
  const independent = plan.bases.reduce((sum, each) => sum + each.quotas.INDEPENDENT, 0);
  return { bases: plan.bases.length, total: employed + independent, EMPLOYED: employed, INDEPENDENT: independent };
}
