import { Actor } from '@app/common/actor';
import { AppConfig } from '@app/common/config';
import { DomainError } from '@app/common/errors';
import { FileStorage } from '@app/common/storage';
import { Clock } from '@app/common/time';
import { Injectable } from '@nestjs/common';
import { RecruitmentAccess } from '../access/recruitment-access.service';
import { APPLICANT_TYPE_LABELS } from '../admission';
import { AdmissionRunStore } from '../admission-runs/admission-run.store';
import { RoundBases } from '../admission-runs/round-bases.service';
import type { PlacementStatus } from '../entities/recruitment-placement.entity';
import { RoundStore } from '../rounds/round.store';
import { PlacementStore } from './placement.store';

/** What the public verification of an admission notice shows: enough to tell a genuine notice, nothing more. */
export interface AdmissionNoticeVerification {
  genuine: true;
  name: string;
  idMasked: string;
  roundName: string;
  baseName: string;
  applicantType: string;
  /** ADMITTED (待报到), REPORTED, NO_SHOW, CANCELLED or WITHDRAWN: a notice of a lost place verifies, but says so. */
  status: PlacementStatus;
  statusText: string;
}

const STATUS_TEXT: Record<PlacementStatus, string> = {
  ADMITTED: '已录取，待报到',
  REPORTED: '已录取，已报到',
  NO_SHOW: '未按时报到，录取资格已取消',
  CANCELLED: '录取资格已取消',
  WITHDRAWN: '已退出培训',
};

/** Admission notices in the API: the public QR verification, and the applicant's own download once rendered. */
@Injectable()
export class AdmissionNotices {
  constructor(
    private readonly placements: PlacementStore,
    private readonly rounds: RoundStore,
    private readonly runs: AdmissionRunStore,
    private readonly bases: RoundBases,
    private readonly access: RecruitmentAccess,
    private readonly storage: FileStorage,
    private readonly clock: Clock,
    readonly config: AppConfig,
  ) {}

  async verify(token: string): Promise<AdmissionNoticeVerification> {
    // The token is random (32 bytes): an unknown one, or anything not shaped like one, is simply not genuine.
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new DomainError('NOTICE_TOKEN_INVALID');
    const placement = await this.placements.byNoticeToken(token);
    if (!placement) throw new DomainError('NOTICE_TOKEN_INVALID');
    const stored = await this.rounds.byId(placement.roundId);
    if (!stored) throw new DomainError('NOTICE_TOKEN_INVALID');
    const names = await this.bases.of(stored.round.jurisdiction);
    return {
      genuine: true,
      name: placement.name,
      idMasked: placement.idMasked,
      roundName: stored.round.name,
      baseName: names.nameOf(placement.baseId),
      applicantType: APPLICANT_TYPE_LABELS[placement.applicantType],
      status: placement.status,
      statusText: STATUS_TEXT[placement.status],
    };
  }

  /** The applicant's own notice, from the round's results time on and once the worker has rendered it. */
  async download(actor: Actor, roundId: number): Promise<{ content: Buffer; filename: string; contentType: string }> {
    const standing = await this.access.standing(actor);
    if (standing?.kind !== 'APPLICANT') throw new DomainError('FORBIDDEN_SCOPE');
    const stored = await this.rounds.byId(roundId);
    if (!stored) throw new DomainError('ROUND_NOT_FOUND');
    const visibleAt = stored.round.admission.resultsVisibleAt;
    if (visibleAt && this.clock.now().getTime() < visibleAt.getTime()) throw new DomainError('ADMISSION_RESULTS_NOT_VISIBLE');
    const application = await this.runs.applicationOfAccount(stored.id, standing.accountId);
    const placement = application ? await this.placements.byApplication(application.id) : null;
    if (!placement) throw new DomainError('PLACEMENT_NOT_FOUND');
    if (placement.noticeStatus !== 'READY' || !placement.noticeFileKey) throw new DomainError('NOTICE_NOT_READY');
    return { content: await this.storage.get(placement.noticeFileKey), filename: `admission-notice-${roundId}.pdf`, contentType: 'application/pdf' };
  }
}
