import { AttemptSource, AttemptVoidKind } from '@app/assessment/entities/subject-attempt.entity';
import { AttemptOutcome, Bilingual, Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { resolveBaseFilter } from '@app/identity/scope.policy';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OUTCOME_LABELS } from './results.rules';
import { jsonValue } from './results-store';

export interface ResultListFilter {
  subject?: Subject;
  baseId?: number;
  outcome?: AttemptOutcome;
}

export interface ResultListRow {
  attemptId: number;
  version: number;
  traineeId: number;
  name: string;
  idNumberMasked: string;
  baseId: number;
  baseName: string;
  subject: Subject;
  outcome: AttemptOutcome;
  outcomeLabel: Bilingual;
  score: number | null;
  stationScores: Record<string, number | null> | null;
  failedCriticalItems: string[] | null;
  source: AttemptSource;
  published: boolean;
  voided: boolean;
  voidKind: AttemptVoidKind | null;
  voidReason: string | null;
}

interface RawRow {
  attemptId: number;
  version: number;
  traineeId: number;
  name: string;
  idMasked: string;
  baseId: number;
  baseName: string | null;
  subject: Subject;
  outcome: AttemptOutcome;
  score: string | null;
  stationScores: unknown;
  failedCriticalItems: unknown;
  source: AttemptSource;
  published: number | string;
  voided: number | string;
  voidKind: AttemptVoidKind | null;
  voidReason: string | null;
}

/**
 * A session's results for review. The centre sees every result, published or not (it reviews before
 * publishing); a base sees its own trainees' results once published, like its candidates, so nothing
 * leaks out through a base before the centre publishes.
 */
@Injectable()
export class ResultListService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, sessionId: number, filter: ResultListFilter, page: number, pageSize: number): Promise<{ items: ResultListRow[]; total: number; page: number; pageSize: number }> {
    if (actor.role !== 'CENTRE_ADMIN' && actor.role !== 'BASE_REVIEWER') throw new DomainError('FORBIDDEN_ROLE');
    const [session]: unknown[] = await this.dataSource.query('SELECT id FROM assessment_session WHERE id = ?', [sessionId]);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const cityOfBase = await this.cityOfBase(filter.baseId);
    const scope = resolveBaseFilter(actor, { baseId: filter.baseId }, () => cityOfBase);

    const where: string[] = [];
    const params: unknown[] = [];
    const and = (clause: string, ...values: unknown[]) => {
      where.push(clause);
      params.push(...values);
    };
    and('a.session_id = ?', sessionId);
    if (scope.kind === 'BASE') and('t.base_id = ?', scope.baseId);
    if (scope.kind === 'CITY') and('t.city_id = ?', scope.cityId);
    if (scope.kind === 'TRAINEE') throw new DomainError('FORBIDDEN_ROLE');
    if (actor.role !== 'CENTRE_ADMIN') and('p.session_id IS NOT NULL');
    if (filter.subject) and('a.subject = ?', filter.subject);
    if (filter.outcome) and('a.outcome = ?', filter.outcome);
    const from = `FROM subject_attempt a
      JOIN trainee t ON t.id = a.trainee_id
      LEFT JOIN organisation o ON o.id = t.base_id
      LEFT JOIN result_publication p ON p.session_id = a.session_id AND p.subject = a.subject
      WHERE ${where.join(' AND ')}`;

    const [{ total }]: Array<{ total: number | string }> = await this.dataSource.query(`SELECT COUNT(*) AS total ${from}`, params);
    const rows: RawRow[] = await this.dataSource.query(
      `SELECT a.id AS attemptId, a.version, a.trainee_id AS traineeId, t.name, t.id_masked AS idMasked, t.base_id AS baseId, o.name AS baseName,
              a.subject, a.outcome, a.score, a.station_scores AS stationScores, a.failed_critical_items AS failedCriticalItems, a.source,
              p.session_id IS NOT NULL AS published, a.voided, a.void_kind AS voidKind, a.void_reason AS voidReason
         ${from} ORDER BY t.base_id, a.trainee_id, a.subject LIMIT ? OFFSET ?`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(toRow), total: Number(total), page, pageSize };
  }

  private async cityOfBase(baseId: number | undefined): Promise<number | null> {
    if (baseId === undefined) return null;
    const [row]: Array<{ cityId: number | null }> = await this.dataSource.query("SELECT city_id AS cityId FROM organisation WHERE id = ? AND kind = 'BASE'", [baseId]);
    return row?.cityId ?? null;
  }
}

function toRow(row: RawRow): ResultListRow {
  return {
    attemptId: Number(row.attemptId),
    version: Number(row.version),
    traineeId: Number(row.traineeId),
    name: row.name,
    idNumberMasked: row.idMasked,
    baseId: Number(row.baseId),
    baseName: row.baseName ?? '',
    subject: row.subject,
    outcome: row.outcome,
    outcomeLabel: OUTCOME_LABELS[row.outcome],
    score: row.score === null ? null : Number(row.score),
    stationScores: jsonValue(row.stationScores),
    failedCriticalItems: jsonValue(row.failedCriticalItems),
    source: row.source,
    published: Boolean(Number(row.published)),
    voided: Boolean(Number(row.voided)),
    voidKind: row.voidKind,
    voidReason: row.voidReason,
  };
}
