import { Actor, SYSTEM_ACTOR } from '@app/common/actor';
import { AuditService } from '@app/common/audit';
import { PersonalDataCipher } from '@app/common/crypto';
import { DomainError } from '@app/common/errors';
import { checkIdNumber, type IdDocumentType } from '@app/common/identity-document';
import { toCsv, toXlsx } from '@app/common/tabular';
import { beijingDateOf, Clock, LocalDate } from '@app/common/time';
import { AccountService } from '@app/identity';
import type { NewCandidateMessage } from '@app/notifications';
import { TraineeRecords } from '@app/training';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecruitmentAccess } from '../access/recruitment-access.service';
import { APPLICANT_TYPE_LABELS } from '../admission';
import { RoundBaseNames, RoundBases } from '../admission-runs/round-bases.service';
import { BanRegistry } from '../bans/ban-registry.service';
import { findPolicy } from '../eligibility';
import type { PlacementStatus } from '../entities/recruitment-placement.entity';
import { AdmittedPlace, closeReporting, NOT_REPORTED_BY_DEADLINE, noShowEvent, recordArrival, recordNoShow, ReportingOutcome, returnSummary, traineeStartOf } from '../reporting';
import { BanConsequence, banConsequence } from '../bans';
import type { RecruitmentRound } from '../rounds';
import { RoundStore, StoredRound } from '../rounds/round.store';
import { ApplicantMessages, noShowMessage, recordedNoShowMessage } from './applicant-messages';
import { PlacementRow, PlacementStore } from './placement.store';

/** A place as a base or the authority sees it. */
export interface PlacementView {
  applicationId: number;
  name: string;
  idMasked: string;
  applicantType: 'EMPLOYED' | 'INDEPENDENT';
  baseId: number;
  baseName: string;
  admittedBy: 'FIRST' | 'SECOND' | 'PARALLEL' | 'ADJUSTMENT';
  status: PlacementStatus;
  reportedOn: string | null;
  noShowReason: string | null;
  noShowByDeadline: boolean;
  traineeId: number | null;
  noticeStatus: 'PENDING' | 'READY' | 'FAILED';
}

/** RC-9: the base's return: each admitted trainee's status, and totals per base. */
export interface ReturnView {
  roundId: number;
  /** ISO instant by which bases return it; null when the round sets none. */
  returnDeadline: string | null;
  rows: Array<{ applicationId: number; base: string; name: string; applicantType: string; status: string; reportedOn: string | null; reason: string | null }>;
  totals: Array<{ base: string; admitted: number; reported: number; noShows: number; pending: number }>;
}

export interface ReportingSweepResult {
  rounds: number;
  noShows: number;
  bans: number;
}

const REPORT_ERRORS_ZH = '报到登记不符合规定';

/**
 * RC-7, RC-8 and RC-9 over the placements. A base records the arrival (the day) or no-show (the reason) of its
 * own places; an arrival makes the applicant a trainee of the base from that day and gives their account the
 * trainee, so the same login later signs up for the final assessment. At the reporting deadline the sweep marks
 * everyone unrecorded a no-show, exactly once however many workers run it; every no-show gets what the round's
 * policy says (Fujian: no sign-up next year), recorded as a ban keyed by the ID number's hash.
 */
@Injectable()
export class ReportingService {
  private readonly logger = new Logger(ReportingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundStore,
    private readonly placements: PlacementStore,
    private readonly bases: RoundBases,
    private readonly access: RecruitmentAccess,
    private readonly trainees: TraineeRecords,
    private readonly accounts: AccountService,
    private readonly bans: BanRegistry,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly messages: ApplicantMessages,
  ) {}

  async list(actor: Actor, roundId: number): Promise<PlacementView[]> {
    const { stored, baseId } = await this.scope(actor, roundId);
    const names = await this.bases.of(stored.round.jurisdiction);
    return (await this.placements.ofRound(stored.id, baseId)).map((row) => placementView(row, names));
  }

  async recordArrival(actor: Actor, roundId: number, applicationId: number, reportedOn: LocalDate): Promise<PlacementView> {
    const { stored, baseId } = await this.scope(actor, roundId);
    const names = await this.bases.of(stored.round.jurisdiction);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockedInScope(manager, stored.id, baseId, applicationId);
      const outcome = recordArrival(stored.round, this.admittedPlace(row, names), reportedOn, this.clock.now());
      const place = this.accepted(outcome);
      const start = traineeStartOf(place);
      if (!start) throw new Error('an arrival always starts training');
      const cityId = names.cityOf(row.baseId);
      if (cityId === null) throw new Error(`base ${row.baseId} of a place has no city`);
      // FA-6 asks a trainee's sex and birth date: a resident ID carries both (other documents leave them to the profile).
      const identity = checkIdNumber(row.idType as IdDocumentType, this.cipher.decrypt(row.idCipher), beijingDateOf(this.clock.now()));
      const traineeId = await this.trainees.enrolRecruited(
        manager,
        actor,
        {
          name: row.name,
          idType: row.idType as IdDocumentType,
          idHash: row.idHash,
          idCipher: row.idCipher,
          idMasked: row.idMasked,
          baseId: row.baseId,
          cityId,
          cohort: start.cohort,
          rotationEndDate: start.expectedRotationEndDate,
          phaseTheoryPassed: false,
          processAssessmentPassed: false,
          sex: identity.ok ? identity.sex : null,
          birthDate: identity.ok ? identity.birthDate : null,
        },
        `RC-9 ${stored.round.code} 报到 ${reportedOn}`,
      );
      if (traineeId === null) throw new DomainError('ALREADY_IN_TRAINING');
      await this.accounts.linkTrainee(manager, row.accountId, traineeId);
      await this.write(manager, actor, row, { status: 'REPORTED', reportedOn, noShowReason: null, traineeId }, 'RECRUITMENT_ARRIVAL_RECORDED');
      return placementView({ ...row, status: 'REPORTED', reportedOn, traineeId }, names);
    });
  }

  async recordNoShow(actor: Actor, roundId: number, applicationId: number, reason: string): Promise<PlacementView> {
    const { stored, baseId } = await this.scope(actor, roundId);
    const names = await this.bases.of(stored.round.jurisdiction);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockedInScope(manager, stored.id, baseId, applicationId);
      const place = this.accepted(recordNoShow(this.admittedPlace(row, names), reason, this.clock.now()));
      const recordedReason = place.outcome?.kind === 'NO_SHOW' ? place.outcome.reason : reason;
      await this.write(manager, actor, row, { status: 'NO_SHOW', reportedOn: null, noShowReason: recordedReason, traineeId: null }, 'RECRUITMENT_NO_SHOW_RECORDED');
      const [consequence] = await this.imposeBans(manager, actor, stored, [{ row, place }]);
      // Told in this transaction, as the deadline sweep tells those it closes: the base's reason and the policy's verdict.
      const facts = { accountId: row.accountId, roundId: stored.id, roundName: stored.round.name, applicationId: row.applicationId };
      await this.messages.send(manager, [recordedNoShowMessage(facts, names.nameOf(row.baseId), recordedReason, stored.round.reportingDeadline, consequence?.explanation.zh ?? null)]);
      return placementView({ ...row, status: 'NO_SHOW', noShowReason: recordedReason }, names);
    });
  }

  /** The deadline sweep of every round whose reporting deadline has passed; the worker runs it on a schedule. */
  async closeDueRounds(): Promise<ReportingSweepResult> {
    const now = this.clock.now();
    const result: ReportingSweepResult = { rounds: 0, noShows: 0, bans: 0 };
    for (const roundId of await this.placements.roundsWithOpenPlaces()) {
      const stored = await this.rounds.byId(roundId);
      const deadline = stored?.round.reportingDeadline ?? null;
      if (!stored || deadline === null || now.getTime() < deadline.getTime()) continue;
      const closed = await this.closeRound(stored);
      result.rounds += 1;
      result.noShows += closed.noShows;
      result.bans += closed.bans;
    }
    if (result.noShows > 0) this.logger.log(`reporting closed: ${result.noShows} no-shows in ${result.rounds} rounds`);
    return result;
  }

  async returns(actor: Actor, roundId: number): Promise<ReturnView> {
    const { stored, baseId } = await this.scope(actor, roundId);
    const names = await this.bases.of(stored.round.jurisdiction);
    const rows = await this.placements.ofRound(stored.id, baseId);
    const summary = returnSummary(rows.map((row) => this.admittedPlace(row, names, false)));
    return { roundId: stored.id, returnDeadline: stored.round.returnDeadline?.toISOString() ?? null, rows: summary.rows, totals: summary.totals };
  }

  /** RC-9: the return as a file (培训对象汇总表，含未报到名单及原因). */
  async exportReturns(actor: Actor, roundId: number, format: 'csv' | 'xlsx'): Promise<{ content: Buffer; filename: string; contentType: string }> {
    const view = await this.returns(actor, roundId);
    const headers = ['培训基地', '姓名', '人员类型', '报到情况', '报到日期', '未报到原因'];
    const cells = view.rows.map((row) => [row.base, row.name, row.applicantType, row.status, row.reportedOn, row.reason]);
    return fileOf(`returns-${roundId}`, '报到汇总', headers, cells, format);
  }

  /** The admission list (录取名单) of the round, or of the base. */
  async exportAdmissionList(actor: Actor, roundId: number, format: 'csv' | 'xlsx'): Promise<{ content: Buffer; filename: string; contentType: string }> {
    const places = await this.list(actor, roundId);
    const headers = ['培训基地', '姓名', '证件号码', '人员类型', '录取方式', '报到情况'];
    const ROUND_WORDS = { FIRST: '第一志愿', SECOND: '第二志愿', PARALLEL: '志愿录取', ADJUSTMENT: '调剂' } as const;
    const STATUS_WORDS: Record<PlacementStatus, string> = { ADMITTED: '待报到', REPORTED: '已报到', NO_SHOW: '未报到', CANCELLED: '已取消', WITHDRAWN: '已退出' };
    const cells = places.map((place) => [place.baseName, place.name, place.idMasked, APPLICANT_TYPE_LABELS[place.applicantType], ROUND_WORDS[place.admittedBy], STATUS_WORDS[place.status]]);
    return fileOf(`admission-list-${roundId}`, '录取名单', headers, cells, format);
  }

  // ---------- inside ----------

  private async closeRound(stored: StoredRound): Promise<{ noShows: number; bans: number }> {
    const policy = findPolicy(stored.round.eligibilityPolicy);
    if (!policy) throw new Error(`round ${stored.round.code}: no eligibility policy ${stored.round.eligibilityPolicy.id}`);
    const names = await this.bases.of(stored.round.jurisdiction);
    return this.dataSource.transaction(async (manager) => {
      // Locked: a second sweeper (another worker) waits, then finds no open place and writes nothing.
      const open = await this.placements.lockedOpenPlaces(manager, stored.id);
      if (open.length === 0) return { noShows: 0, bans: 0 };
      const now = this.clock.now();
      const closure = closeReporting(stored.round, open.map((row) => this.admittedPlace(row, names)), policy, now);
      if (!closure.ok) return { noShows: 0, bans: 0 };
      const marked = await this.placements.markNoShowsByDeadline(manager, open.map((row) => row.applicationId), NOT_REPORTED_BY_DEADLINE, now);
      await this.audit.recordMany(
        manager,
        open.map((row) => ({
          actor: SYSTEM_ACTOR,
          entry: { action: 'RECRUITMENT_NO_SHOW_BY_DEADLINE', entityType: 'recruitment_placement', entityId: row.applicationId, scopeBaseId: row.baseId, reason: `RC-7 ${NOT_REPORTED_BY_DEADLINE}`, before: { status: 'ADMITTED' }, after: { status: 'NO_SHOW' } },
        })),
      );
      const byId = new Map(open.map((row) => [row.applicationId, row]));
      let bans = 0;
      const told: NewCandidateMessage[] = [];
      for (const { place, consequence } of closure.closure.noShows) {
        const row = byId.get(place.applicationId);
        if (!row) continue;
        // Only the places this sweep closed: a base's earlier no-show was told when the base recorded it.
        if (stored.round.reportingDeadline) {
          const facts = { accountId: row.accountId, roundId: stored.id, roundName: stored.round.name, applicationId: row.applicationId };
          told.push(noShowMessage(facts, names.nameOf(row.baseId), stored.round.reportingDeadline, consequence.explanation.zh));
        }
        if (!consequence.ban) continue;
        await this.bans.record(manager, row.idHash, stored.id, consequence.ban);
        bans += 1;
      }
      await this.messages.send(manager, told);
      return { noShows: marked, bans };
    });
  }

  /** Records each no-show's ban (where the policy sets one) and answers what the policy made of each, in order. */
  private async imposeBans(manager: EntityManager, actor: Actor, stored: StoredRound, noShows: Array<{ row: PlacementRow; place: AdmittedPlace }>): Promise<Array<BanConsequence | null>> {
    const policy = findPolicy(stored.round.eligibilityPolicy);
    if (!policy) throw new Error(`round ${stored.round.code}: no eligibility policy ${stored.round.eligibilityPolicy.id}`);
    const consequences: Array<BanConsequence | null> = [];
    for (const { row, place } of noShows) {
      const occurredOn = place.outcome?.kind === 'NO_SHOW' ? place.outcome.recordedOn : null;
      if (occurredOn === null) {
        consequences.push(null);
        continue;
      }
      const consequence = banConsequence(noShowEvent(stored.round, place, occurredOn), policy.bans, { id: policy.id, version: policy.version });
      consequences.push(consequence);
      if (consequence.ban) await this.bans.record(manager, row.idHash, stored.id, consequence.ban);
      await this.audit.record(manager, actor, {
        action: 'RECRUITMENT_BAN_CONSEQUENCE',
        entityType: 'recruitment_placement',
        entityId: row.applicationId,
        scopeBaseId: row.baseId,
        reason: consequence.explanation.zh,
        after: { ban: consequence.ban ? { kind: consequence.ban.kind, term: consequence.ban.term, scope: consequence.ban.scope } : null, cancelsPlace: consequence.cancelsPlace },
      });
    }
    return consequences;
  }

  private async write(
    manager: EntityManager,
    actor: Actor,
    row: PlacementRow,
    changes: { status: PlacementStatus; reportedOn: string | null; noShowReason: string | null; traineeId: number | null },
    action: string,
  ): Promise<void> {
    const written = await this.placements.recordReport(manager, row, { ...changes, recordedBy: actor.userId, recordedAt: this.clock.now() });
    if (!written) throw new DomainError('PLACEMENT_CHANGED');
    await this.audit.record(manager, actor, {
      action,
      entityType: 'recruitment_placement',
      entityId: row.applicationId,
      scopeBaseId: row.baseId,
      reason: changes.noShowReason ?? undefined,
      before: { status: row.status },
      after: changes,
    });
  }

  private accepted(outcome: ReportingOutcome): AdmittedPlace {
    if (!outcome.ok) throw new DomainError('REPORTING_REFUSED', { reason: outcome.code, message: outcome.message }, `${REPORT_ERRORS_ZH}: ${outcome.message.en}`);
    return outcome.place;
  }

  /** The rule's view of a place; the ID number is decrypted only where a ban may need it. */
  private admittedPlace(row: PlacementRow, names: RoundBaseNames, withIdNumber = true): AdmittedPlace {
    return {
      applicationId: row.applicationId,
      idNumber: withIdNumber ? this.cipher.decrypt(row.idCipher) : '',
      name: row.name,
      base: names.nameOf(row.baseId),
      applicantType: row.applicantType,
      admittedBy: row.admittedBy,
      outcome:
        row.status === 'REPORTED' && row.reportedOn
          ? { kind: 'REPORTED', reportedOn: row.reportedOn }
          : row.status === 'NO_SHOW'
            ? { kind: 'NO_SHOW', reason: row.noShowReason ?? '', recordedOn: beijingDateOf(row.recordedAt ?? this.clock.now()), byDeadline: row.noShowByDeadline }
            : null,
    };
  }

  private async lockedInScope(manager: EntityManager, roundId: number, baseId: number | null, applicationId: number): Promise<PlacementRow> {
    const row = await this.placements.lockedByApplication(manager, applicationId);
    if (!row || row.roundId !== roundId) throw new DomainError('PLACEMENT_NOT_FOUND');
    if (baseId !== null && row.baseId !== baseId) throw new DomainError('FORBIDDEN_SCOPE');
    return row;
  }

  /** The round's authority sees every place; a base of its jurisdiction only its own (baseId). */
  private async scope(actor: Actor, roundId: number): Promise<{ stored: StoredRound; baseId: number | null; round: RecruitmentRound }> {
    const stored = await this.rounds.byId(roundId);
    if (!stored) throw new DomainError('ROUND_NOT_FOUND');
    const standing = await this.access.standing(actor);
    if (standing === null || standing.kind === 'APPLICANT' || standing.kind === 'CITY') throw new DomainError('FORBIDDEN_SCOPE');
    if (standing.jurisdiction !== stored.round.jurisdiction) throw new DomainError('ROUND_NOT_IN_JURISDICTION');
    return { stored, round: stored.round, baseId: standing.kind === 'BASE' ? standing.baseId : null };
  }
}

function placementView(row: PlacementRow, names: RoundBaseNames): PlacementView {
  return {
    applicationId: row.applicationId,
    name: row.name,
    idMasked: row.idMasked,
    applicantType: row.applicantType,
    baseId: row.baseId,
    baseName: names.nameOf(row.baseId),
    admittedBy: row.admittedBy,
    status: row.status,
    reportedOn: row.reportedOn,
    noShowReason: row.noShowReason,
    noShowByDeadline: row.noShowByDeadline,
    traineeId: row.traineeId,
    noticeStatus: row.noticeStatus,
  };
}

async function fileOf(stem: string, sheet: string, headers: string[], cells: Array<Array<string | null>>, format: 'csv' | 'xlsx'): Promise<{ content: Buffer; filename: string; contentType: string }> {
  if (format === 'csv') return { content: toCsv(headers, cells), filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8' };
  return { content: await toXlsx(sheet, headers, cells), filename: `${stem}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
}
