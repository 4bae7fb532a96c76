import type { components } from '../../src/api/schema.generated.ts';

/**
 * Answers of the API for the candidate's seat, photo limits and review history, the centre's exceptions, ticket
 * failures and queue-board link, typed by the OpenAPI document (demo data: the open session 2, Fujian bases).
 */
type Schemas = components['schemas'];

/** The reference policy (REFERENCE_PHOTO_POLICY), as GET /me/photo/requirements states it. */
export const PHOTO_REQUIREMENTS: Schemas['PhotoRequirements'] = {
  format: 'JPEG',
  maxBytes: 307_200,
  minWidth: 295,
  minHeight: 413,
  maxWidth: 1000,
  maxHeight: 1400,
  maxPixels: 4_000_000,
  aspectRatio: 0.714,
  aspectTolerance: 0.06,
  whiteBackground: { required: true, minChannelMean: 200, maxChannelSpread: 30, borderFraction: 0.08 },
};

export const SEAT: Schemas['CandidateSeat'] = {
  sessionId: 2,
  subject: 'SKILLS',
  site: { code: 'FZ', name: '福建省全科医学培训中心考点', address: '福州市鼓楼区示例路1号' },
  slot: { date: '2027-01-11', startsAt: '13:30', endsAt: '17:00' },
  room: { id: 'G1', name: '第1站组' },
  seat: 2,
  ticketNumber: '20262FZ00002',
};

const step = (kind: Schemas['ReviewStep']['kind'], level: Schemas['ReviewStep']['level'], levelZh: string, outcomeZh: string, at: string, status: Schemas['ReviewStep']['status'], reason: string | null = null): Schemas['ReviewStep'] => ({
  kind,
  level,
  levelLabel: { zh: levelZh, en: level },
  outcome: { zh: outcomeZh, en: kind },
  reason,
  status,
  at,
});

/** A sign-up returned once by the base, corrected, and returned again. */
export const HISTORY_RETURNED: Schemas['SignupHistory'] = {
  signupId: 3,
  sessionId: 2,
  status: 'RETURNED',
  statusLabel: { zh: '已退回修改，请在资格审核结束前修改并重新提交', en: 'Returned for correction; correct and resubmit before the review window ends' },
  steps: [
    step('SUBMITTED', 'CANDIDATE', '本人', '提交报名', '2026-12-03T09:05:00+08:00', 'SUBMITTED'),
    step('BASE_RETURNED', 'BASE', '培训基地', '退回修改', '2026-12-03T15:20:00+08:00', 'RETURNED', '照片背景不是白色'),
    step('SUBMITTED', 'CANDIDATE', '本人', '提交报名', '2026-12-03T20:30:00+08:00', 'SUBMITTED'),
    step('BASE_RETURNED', 'BASE', '培训基地', '退回修改', '2026-12-04T09:12:00+08:00', 'RETURNED', '联系电话无法接通，请核对后重新提交'),
  ],
};

export const EXCEPTIONS: Schemas['EligibilityExceptionPage'] = {
  items: [
    {
      id: 4,
      sessionId: 2,
      traineeId: 3,
      traineeName: '王芳',
      idNumberMasked: '350102********3589',
      baseId: 4,
      baseName: '福州市第一总医院',
      rule: 'FA-2.rotation',
      ruleTitle: { zh: '结束轮转时间', en: 'Rotation end date' },
      reason: '服兵役期间轮转顺延，经省卫健委批准',
      grantedBy: { userId: 1, displayName: '省全科医学培训中心' },
      grantedAt: '2026-12-04T01:12:00+08:00',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 10,
};

export const TICKET_FAILURES: Schemas['TicketRenderFailurePage'] = {
  items: [
    {
      ticketId: 3,
      ticketNumber: '20262FZ00003',
      subject: 'SKILLS',
      revision: 1,
      signupId: 5,
      traineeId: 6,
      candidateName: '黄志强',
      idNumberMasked: '350102********4713',
      baseName: '厦门市海沧医院',
      reason: { code: 'PHOTO_MISSING', zh: '考生没有报名照片：请考生上传照片后重新生成', en: 'The candidate has no photo: have it uploaded, then generate again' },
      detail: 'the candidate has no photo',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 10,
};

export const BOARD_LINK: Schemas['BoardLink'] = { url: '/api/queues/enter?code=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE', expiresAt: '2026-12-04T02:01:00.000Z' };
