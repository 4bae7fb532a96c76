import { AttemptOutcome, Bilingual, Subject } from '@app/assessment/rules';
import { Actor } from '@app/common/actor';
import { DomainError } from '@app/common/errors';
import { SessionService } from '@app/assessment';
import { OrganisationService } from '@app/identity';
import { resolveBaseFilter } from '@app/identity/scope.policy';
import { TraineeSummaries, TraineeSummary } from '@app/training';
import { Injectable } from '@nestjs/common';
import { ListedResult, ResultStore } from './result.store';
import { OUTCOME_LABELS } from './results.rules';

export interface ResultListFilter {
  subject?: Subject;
  baseId?: number;
  outcome?: AttemptOutcome;
}

/** A result as staff see it: the stored result, who it belongs to, and its outcome in words. */
export interface ResultListRow extends ListedResult {
  name: string;
  idNumberMasked: string;
  baseId: number;
  baseName: string;
  outcomeLabel: Bilingual;
}

/**
 * A session's results for review. The centre sees every result, published or not (it reviews before
 * publishing); a base sees its own trainees' results once published, like its candidates, so nothing
 * leaks out through a base before the centre publishes.
 */
@Injectable()
export class ResultListService {
  constructor(
    private readonly results: ResultStore,
    private readonly sessions: SessionService,
    private readonly organisations: OrganisationService,
    private readonly trainees: TraineeSummaries,
  ) {}

  async list(actor: Actor, sessionId: number, filter: ResultListFilter, page: number, pageSize: number): Promise<{ items: ResultListRow[]; total: number; page: number; pageSize: number }> {
    if (actor.role !== 'CENTRE_ADMIN' && actor.role !== 'BASE_REVIEWER') throw new DomainError('FORBIDDEN_ROLE');
    await this.sessions.load(sessionId);
    const scope = resolveBaseFilter(actor, { baseId: filter.baseId }, await this.organisations.cityOfBaseResolver());
    if (scope.kind === 'TRAINEE') throw new DomainError('FORBIDDEN_ROLE');
    const { items, total } = await this.results.list({
      sessionId,
      scope,
      publishedOnly: actor.role !== 'CENTRE_ADMIN',
      subject: filter.subject,
      outcome: filter.outcome,
      page,
      pageSize,
    });
    const trainees = await this.trainees.byIds(items.map((item) => item.traineeId));
    return { items: items.map((item) => toRow(item, trainees.get(item.traineeId)!)), total, page, pageSize };
  }
}

function toRow(result: ListedResult, trainee: TraineeSummary): ResultListRow {
  const { attemptId, version, traineeId, subject, outcome, score, stationScores, failedCriticalItems, source, published, voided, voidKind, voidReason } = result;
  return {
    attemptId,
    version,
    traineeId,
    name: trainee.name,
    idNumberMasked: trainee.idNumberMasked,
    baseId: trainee.baseId,
    baseName: trainee.baseName,
    subject,
    outcome,
    outcomeLabel: OUTCOME_LABELS[outcome],
    score,
    stationScores,
    failedCriticalItems,
    source,
    published,
    voided,
    voidKind,
    voidReason,
  };
}
