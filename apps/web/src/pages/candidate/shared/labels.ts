import type { Schemas } from '../../../api/client';
import { formatDate, formatDateTime } from '../../../format/time';
import type { Tone } from './state-tag';
import { formatClosing } from './time';

export type Subject = Schemas['Subject'];
export type SignupStatus = Schemas['SignupStatus'];

export const SUBJECTS: readonly Subject[] = ['THEORY', 'SKILLS'];

export const SUBJECT_LABEL: Record<Subject, string> = {
  THEORY: '专业理论考试',
  SKILLS: '临床实践技能考核',
};

export function isSubject(value: string): value is Subject {
  return value === 'THEORY' || value === 'SKILLS';
}

export function subjectsText(subjects: readonly string[]): string {
  return subjects.length === 0 ? '无' : subjects.map((subject) => (isSubject(subject) ? SUBJECT_LABEL[subject] : subject)).join('、');
}

/** The tone of a sign-up's state: blue while it waits, green approved, orange to act on, red ended. */
export const STATUS_TONE: Record<SignupStatus, Tone> = {
  DRAFT: 'grey',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  BASE_APPROVED: 'blue',
  APPROVED: 'green',
  REJECTED: 'red',
  VOIDED: 'red',
  CANCELLED: 'red',
};

export const OUTCOME_LABEL: Record<Schemas['AttemptOutcome'], string> = { PASSED: '合格', FAILED: '不合格', ABSENT: '缺考' };

export const VOID_KIND_LABEL: Record<Schemas['AttemptVoidKind'], string> = {
  ROTATION_DEADLINE: '未在规定时间前完成轮转，取消本次结业考核结果',
  VIOLATION: '考试违纪违规，成绩作废',
  FALSE_INFORMATION: '提供虚假信息，取消考试资格及成绩',
};

const PROFILE_FIELD: Record<string, string> = {
  name: '姓名',
  sex: '性别',
  birthDate: '出生日期',
  phone: '联系电话',
  baseId: '培训基地',
  cohort: '培训年级',
  photo: '二寸白底彩色证件照',
};

const SUBJECT_PROBLEM: Record<string, string> = {
  NONE_REQUESTED: '未选择报考科目',
  DUPLICATE: '科目重复选择',
  NOT_OFFERED: '所选科目本次不开考',
  FIRST_TIME_NEEDS_BOTH: '首次参加须同时报考两个科目',
  STILL_VALID: '所选科目已通过且仍在有效期内',
};

type DataValue = Schemas['CheckData'][string];
type Formatter = (value: DataValue) => string;

const yesNo: Formatter = (value) => (value === true ? '是' : value === false ? '否' : '—');
const passed: Formatter = (value) => (value === true ? '合格' : value === false ? '未合格' : '—');
const plain: Formatter = (value) => (value === null ? '—' : Array.isArray(value) ? (value.length === 0 ? '无' : value.join('、')) : String(value));
const year: Formatter = (value) => (value === null ? '—' : `${String(value)} 年`);
const years: Formatter = (value) => (Array.isArray(value) && value.length > 0 ? value.map((item) => `${item} 年`).join('、') : '无');
const date: Formatter = (value) => (typeof value === 'string' ? formatDate(value) : '—');
const instant: Formatter = (value) => (typeof value === 'string' ? formatDateTime(value) : '—');
const closing: Formatter = (value) => (typeof value === 'string' ? formatClosing(value) : '—');
const subjects: Formatter = (value) => (Array.isArray(value) ? subjectsText(value) : typeof value === 'string' ? subjectsText([value]) : '—');
const fields: Formatter = (value) => (Array.isArray(value) ? (value.length === 0 ? '无' : value.map((field) => PROFILE_FIELD[field] ?? field).join('、')) : '—');
const problems: Formatter = (value) => (Array.isArray(value) ? (value.length === 0 ? '无' : value.map((problem) => SUBJECT_PROBLEM[problem] ?? problem).join('；')) : '—');
/** "THEORY 2024 (valid through 2026)" as the rule wrote it, in words. */
const validPasses: Formatter = (value) => {
  if (!Array.isArray(value) || value.length === 0) return '无';
  return value
    .map((pass) => {
      const match = /^(THEORY|SKILLS) (\d{4}) \(valid through (\d{4})\)$/.exec(pass);
      return match ? `${SUBJECT_LABEL[match[1] as Subject]} ${match[2]} 年合格，有效期至 ${match[3]} 年底` : pass;
    })
    .join('；');
};
const sessions: Formatter = (value) => (Array.isArray(value) && value.length > 0 ? value.map((id) => `第 ${id} 号批次`).join('、') : '无');

/** The facts a rule used (RuleCheck.data, CertificateCheck.data), each with a Chinese name and its value in words. */
const CHECK_DATA: Record<string, { label: string; format: Formatter }> = {
  now: { label: '判定时间', format: instant },
  windowOpensAt: { label: '开始时间', format: instant },
  windowClosesAt: { label: '截止时间', format: closing },
  isCorrection: { label: '退回后修改重新提交', format: yesNo },
  rotationEndDate: { label: '结束轮转时间', format: date },
  rotationEndYear: { label: '结束轮转年份', format: year },
  admittedFrom: { label: '本次招考结束轮转年份自', format: year },
  admittedTo: { label: '本次招考结束轮转年份至', format: year },
  rotationCutoff: { label: '结束轮转须早于', format: date },
  phaseTheoryPassed: { label: '集中理论培训阶段考试', format: passed },
  processAssessmentPassed: { label: '培训过程考核', format: passed },
  sessionYear: { label: '本次考核年度', format: year },
  lastAllowedYear: { label: '最晚可参加年度', format: year },
  neededSubjects: { label: '尚需通过的科目', format: subjects },
  requestedSubjects: { label: '报考科目', format: subjects },
  offeredSubjects: { label: '本次开考科目', format: subjects },
  firstTime: { label: '首次参加考核', format: yesNo },
  validPasses: { label: '仍有效的合格成绩', format: validPasses },
  problems: { label: '问题', format: problems },
  overlappingSubjects: { label: '同年已在其他批次报名的科目', format: subjects },
  conflictingSessionIds: { label: '冲突的考核批次', format: sessions },
  missing: { label: '缺少的信息', format: fields },
  hasPhoto: { label: '已上传照片', format: yesNo },
  subject: { label: '科目', format: subjects },
  passYears: { label: '合格年份', format: years },
  voidedPassYears: { label: '已取消的合格年份', format: years },
  theoryPassYear: { label: '专业理论考试合格年份', format: year },
  skillsPassYear: { label: '临床实践技能考核合格年份', format: year },
  bothValidFromYear: { label: '两科同时有效自', format: year },
  bothValidThroughYear: { label: '两科同时有效至', format: year },
  rotationCompleted: { label: '已完成培训轮转', format: yesNo },
  today: { label: '判定日期', format: date },
  photoConsistent: { label: '照片与报名照片一致', format: yesNo },
};

/** Each fact as "label: value"; facts the portal has no name for are shown with their key, never hidden. */
export function describeCheckData(data: Schemas['CheckData']): Array<{ key: string; label: string; value: string }> {
  return Object.entries(data).map(([key, value]) => {
    const known = CHECK_DATA[key];
    return { key, label: known?.label ?? key, value: (known?.format ?? plain)(value) };
  });
}

export type IdType = Schemas['RegisterDto']['idType'];

export const ID_TYPE_LABEL: Record<IdType, string> = {
  RESIDENT_ID: '居民身份证',
  HMT_RESIDENCE_PERMIT: '港澳台居民居住证',
  HK_MACAU_PERMIT: '港澳居民来往内地通行证',
  TAIWAN_PERMIT: '台湾居民来往大陆通行证',
  PASSPORT: '护照',
  FOREIGN_PERMANENT_RESIDENT: '外国人永久居留身份证',
};

/** Documents whose number encodes sex and birth date: the profile takes them from the number, not the candidate. */
export function idEncodesBirth(idType: string): boolean {
  return idType === 'RESIDENT_ID' || idType === 'HMT_RESIDENCE_PERMIT';
}
