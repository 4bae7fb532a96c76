import type { Schemas } from '../../../api/client';
import { fieldProblems } from '../../../api/errors';
import { formatDateTime } from '../../../format/time';
import { fromBeijingInput, toBeijingInput } from './beijing-input';
import { STATION_LABEL, STATIONS, SUBJECTS, type Station, type Subject } from './labels';
import type { SessionView } from './session-picker';

type TicketMode = Schemas['SessionSubjectDto']['ticketMode'];

/** A window as the form holds it: Beijing wall-clock values of two datetime-local fields. */
export interface WindowValues {
  opensAt?: string;
  closesAt?: string;
}

export interface SubjectValues {
  included: boolean;
  ticketMode: TicketMode;
  ticketWindow: WindowValues;
  exam: WindowValues;
}

/** The editor's fields. Names follow the API's body, so a problem the API names lands on its field. */
export interface SessionFormValues {
  code?: string;
  name?: string;
  year?: number;
  ruleSetVersion?: string;
  resultsNote?: string;
  signupWindow: WindowValues;
  reviewWindow: WindowValues;
  admittedRotationEndYears: { from?: number; to?: number };
  rotationCutoff?: string;
  subjectConfig: Record<Subject, SubjectValues>;
  theoryRuleOn: boolean;
  theoryPassRule: { passLine?: number; maxScore?: number; maxDecimalPlaces?: number | null };
  skillsRuleOn: boolean;
  skillsPassRule: {
    totalPassLine?: number;
    stationMinimums: Partial<Record<Station, number | null>>;
    stationMaximums: Partial<Record<Station, number | null>>;
    criticalItems: string[];
  };
  /** only when changing a session (audited) */
  reason?: string;
}

const emptySubject = (ticketMode: TicketMode): SubjectValues => ({ included: true, ticketMode, ticketWindow: {}, exam: {} });

/** A new session: both subjects (THEORY tickets from the national site, as in the reference), the reference pass rules. */
export function blankSessionValues(year: number): SessionFormValues {
  return {
    year,
    signupWindow: {},
    reviewWindow: {},
    admittedRotationEndYears: { from: year - 2, to: year },
    rotationCutoff: `${year}-12-01`,
    subjectConfig: { THEORY: emptySubject('NATIONAL_SITE'), SKILLS: emptySubject('PLATFORM') },
    theoryRuleOn: true,
    theoryPassRule: { passLine: 60, maxScore: 100, maxDecimalPlaces: 1 },
    skillsRuleOn: true,
    skillsPassRule: {
      totalPassLine: 240,
      stationMinimums: {},
      stationMaximums: { CASE_ANALYSIS: 100, MEDICAL_RECORD: 100, AUX_EXAM_READING: 100, BASIC_PROCEDURES: 100 },
      criticalItems: [],
    },
  };
}

const windowValues = (window: { opensAt: string; closesAt: string }): WindowValues => ({
  opensAt: toBeijingInput(window.opensAt),
  closesAt: toBeijingInput(window.closesAt),
});

/** The form filled from a stored session. */
export function sessionToValues(session: SessionView): SessionFormValues {
  const subjectConfig = {} as Record<Subject, SubjectValues>;
  for (const subject of SUBJECTS) {
    const stored = session.subjects.find((s) => s.subject === subject);
    subjectConfig[subject] = stored
      ? { included: true, ticketMode: stored.ticketMode as TicketMode, ticketWindow: windowValues(stored.ticketWindow), exam: windowValues(stored.exam) }
      : { ...emptySubject(subject === 'THEORY' ? 'NATIONAL_SITE' : 'PLATFORM'), included: false };
  }
  const blank = blankSessionValues(session.year);
  return {
    code: session.code,
    name: session.name,
    year: session.year,
    ruleSetVersion: session.ruleSetVersion,
    resultsNote: session.resultsNote ?? undefined,
    signupWindow: windowValues(session.signupWindow),
    reviewWindow: windowValues(session.reviewWindow),
    admittedRotationEndYears: { ...session.admittedRotationEndYears },
    rotationCutoff: session.rotationCutoff,
    subjectConfig,
    theoryRuleOn: session.theoryPassRule !== null,
    theoryPassRule: session.theoryPassRule ? { ...session.theoryPassRule } : blank.theoryPassRule,
    skillsRuleOn: session.skillsPassRule !== null,
    skillsPassRule: session.skillsPassRule
      ? {
          totalPassLine: session.skillsPassRule.totalPassLine,
          stationMinimums: { ...session.skillsPassRule.stationMinimums },
          stationMaximums: { ...session.skillsPassRule.stationMaximums },
          criticalItems: [...session.skillsPassRule.criticalItems],
        }
      : blank.skillsPassRule,
  };
}

const windowBody = (window: WindowValues): Schemas['WindowDto'] => ({ opensAt: fromBeijingInput(window.opensAt), closesAt: fromBeijingInput(window.closesAt) });

/** Station scores without the empty ones (a station with no minimum has none of its own). */
function stationNumbers(values: Partial<Record<Station, number | null>>): Partial<Record<Station, number>> {
  const out: Partial<Record<Station, number>> = {};
  for (const station of STATIONS) {
    const value = values[station];
    if (typeof value === 'number') out[station] = value;
  }
  return out;
}

/**
 * The API's body from the form, and the subjects in the order they were sent: the API names a problem of the
 * n-th subject `subjects.n…`, which the editor shows at that subject's field.
 */
export function valuesToDefinition(values: SessionFormValues): { body: Schemas['SessionDefinitionDto']; subjectOrder: Subject[] } {
  const subjectOrder = SUBJECTS.filter((subject) => values.subjectConfig[subject]?.included);
  const skills = values.skillsPassRule;
  const theory = values.theoryPassRule;
  const body: Schemas['SessionDefinitionDto'] = {
    code: (values.code ?? '').trim(),
    name: (values.name ?? '').trim(),
    year: values.year ?? 0,
    ruleSetVersion: (values.ruleSetVersion ?? '').trim(),
    signupWindow: windowBody(values.signupWindow),
    reviewWindow: windowBody(values.reviewWindow),
    admittedRotationEndYears: { from: values.admittedRotationEndYears.from ?? 0, to: values.admittedRotationEndYears.to ?? 0 },
    rotationCutoff: values.rotationCutoff ?? '',
    subjects: subjectOrder.map((subject) => {
      const config = values.subjectConfig[subject];
      return { subject, ticketMode: config.ticketMode, ticketWindow: windowBody(config.ticketWindow), exam: windowBody(config.exam) };
    }),
  };
  if (values.resultsNote?.trim()) body.resultsNote = values.resultsNote.trim();
  if (values.theoryRuleOn) {
    body.theoryPassRule = { passLine: theory.passLine ?? 0, maxScore: theory.maxScore ?? 0 };
    if (typeof theory.maxDecimalPlaces === 'number') body.theoryPassRule.maxDecimalPlaces = theory.maxDecimalPlaces;
  }
  if (values.skillsRuleOn) {
    body.skillsPassRule = {
      totalPassLine: skills.totalPassLine ?? 0,
      // The generated type of these maps is loose (Record<string, never>); the API checks each station's number.
      stationMinimums: stationNumbers(skills.stationMinimums) as never,
      stationMaximums: stationNumbers(skills.stationMaximums) as never,
      criticalItems: skills.criticalItems.map((item) => item.trim()).filter(Boolean),
    };
  }
  return { body, subjectOrder };
}

/** Every field of the form a problem can land on, as a dotted path. */
const WINDOW_NAMES = new Set(['signupWindow', 'reviewWindow', 'ticketWindow', 'exam']);

/**
 * The form field (dotted path) a problem of the API belongs to, or null for one about the whole session.
 * Problems start with the field they are about: `signupWindow.opensAt must …`, `subjects.1.exam.closesAt …`,
 * `THEORY.ticketWindow must …`, `theoryPassRule: passLine 120 must …`, `skillsPassRule: minimum of CASE_ANALYSIS …`.
 */
export function problemField(problem: string, subjectOrder: Subject[]): string | null {
  const passRule = /^(theoryPassRule|skillsPassRule):\s+(.*)$/.exec(problem);
  if (passRule) {
    const [, rule, rest] = passRule;
    const station = /^(maximum|minimum) of ([A-Z_]+)/.exec(rest);
    if (station && STATIONS.includes(station[2] as Station)) return `${rule}.${station[1] === 'maximum' ? 'stationMaximums' : 'stationMinimums'}.${station[2]}`;
    const word = /^([A-Za-z]+)/.exec(rest)?.[1];
    return word ? `${rule}.${word}` : `${rule}.${rule === 'theoryPassRule' ? 'passLine' : 'totalPassLine'}`;
  }
  const key = /^([A-Za-z][\w.]*)\s/.exec(problem)?.[1];
  if (!key) return null;
  let parts = key.split('.');
  if (parts[0] === 'subjects' && /^\d+$/.test(parts[1] ?? '')) {
    const subject = subjectOrder[Number(parts[1])];
    if (!subject) return null;
    parts = ['subjectConfig', subject, ...parts.slice(2)];
  } else if (SUBJECTS.includes(parts[0] as Subject)) {
    parts = ['subjectConfig', ...parts];
  }
  // A window as a whole ("must open before it closes") is shown at its closing field.
  if (WINDOW_NAMES.has(parts[parts.length - 1])) parts.push('closesAt');
  if (parts.length === 1 && parts[0] === 'admittedRotationEndYears') parts.push('to');
  if (parts[0] === 'skillsPassRule' && parts.length === 1) parts.push('totalPassLine');
  if (parts[0] === 'theoryPassRule' && parts.length === 1) parts.push('passLine');
  const path = parts.join('.');
  return FIELD_PATHS.has(path) ? path : null;
}

/** Every field path of the form. */
const FIELD_PATHS = new Set<string>([
  'code',
  'name',
  'year',
  'ruleSetVersion',
  'resultsNote',
  'reason',
  'rotationCutoff',
  'admittedRotationEndYears.from',
  'admittedRotationEndYears.to',
  ...['signupWindow', 'reviewWindow'].flatMap((w) => [`${w}.opensAt`, `${w}.closesAt`]),
  ...SUBJECTS.flatMap((s) => ['ticketMode', 'ticketWindow.opensAt', 'ticketWindow.closesAt', 'exam.opensAt', 'exam.closesAt'].map((f) => `subjectConfig.${s}.${f}`)),
  'theoryPassRule.passLine',
  'theoryPassRule.maxScore',
  'theoryPassRule.maxDecimalPlaces',
  'skillsPassRule.totalPassLine',
  'skillsPassRule.criticalItems',
  ...STATIONS.flatMap((s) => [`skillsPassRule.stationMinimums.${s}`, `skillsPassRule.stationMaximums.${s}`]),
]);

const stationName = (station: string) => STATION_LABEL[station as Station] ?? station;

/** The API states its problems in English; the editor says them in Chinese (the original when it does not know one). */
const TRANSLATIONS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^\S+ must open before it closes$/, () => '开始时间须早于截止时间'],
  [/^reviewWindow must not close before the sign-up window$/, () => '审核截止时间不能早于报名截止时间'],
  [/^admittedRotationEndYears\.from must not be after \.to$/, () => '起始年份不能晚于结束年份'],
  [/^admittedRotationEndYears\.to must not be after the session year$/, () => '结束年份不能晚于本批次的年度'],
  [/^rotationCutoff must be a date YYYY-MM-DD$/, () => '请填写有效的日期'],
  [/^rotationCutoff (\S+) must not fall before the sign-up window closes \((.+)\)$/, (m) => `结束轮转截止日期 ${m[1]} 不能早于报名截止时间（${formatDateTime(m[2])}）`],
  [/^at least one subject$/, () => '至少要包含一个考核科目'],
  [/^each subject once$/, () => '每个科目只能出现一次'],
  [/^unknown subject$/, () => '科目不在可选范围内'],
  [/^theoryPassRule: maxScore (\S+) must be a positive number$/, () => '满分须为正数'],
  [/^theoryPassRule: passLine (\S+) must lie between 0 and maxScore (\S+)$/, (m) => `合格线须在 0 与满分 ${m[2]} 之间`],
  [/^theoryPassRule: maxDecimalPlaces (\S+) must be an integer 0–6$/, () => '小数位数须为 0–6 的整数'],
  [/^skillsPassRule: maximum of (\S+) must be a positive number$/, (m) => `${stationName(m[1])}满分须为正数`],
  [/^skillsPassRule: minimum of (\S+) \((\S+)\) must lie between 0 and its maximum (\S+)$/, (m) => `${stationName(m[1])}最低分须在 0 与该站满分 ${m[3]} 之间`],
  [/^skillsPassRule: totalPassLine (\S+) must lie between 0 and the sum of station maximums (\S+)$/, (m) => `总分合格线须在 0 与各站满分之和 ${m[2]} 之间`],
  [/^\S+ must be ISO 8601 with an offset$/, () => '请填写完整的日期和时间'],
  [/^code must match .* regular expression$/, () => '编号格式不正确，请按说明填写'],
  [/^site code must be 2 capital letters or digits$/, () => '考点代码须为 2 位大写字母或数字'],
  [/^site code (\S+) is already used in this session$/, (m) => `考点代码 ${m[1]} 已被本批次的其他考点使用，请换一个`],
  [/^date must be YYYY-MM-DD$/, () => '请填写有效的日期'],
  [/^a slot runs (on a date )?from HH:mm to a later HH:mm$/, () => '请填写有效的日期，且结束时间须晚于开始时间'],
  [/^at least one room, each id once$/, () => '至少要有一个考场，且考场编号不能重复'],
  [/^room capacity must be a whole number ≥ 0$/, () => '座位数须为不小于 0 的整数'],
  [/^(date|startsAt|endsAt) must match .* regular expression$/, () => '格式不正确'],
  [/^rotationCutoff must match .* regular expression$/, () => '请填写有效的日期'],
  [/^\S+ must not be less than (\S+)$/, (m) => `不能小于 ${m[1]}`],
  [/^\S+ must not be greater than (\S+)$/, (m) => `不能大于 ${m[1]}`],
  [/^\S+ must be an integer number$/, () => '须为整数'],
  [/^\S+ must be a number conforming to the specified constraints$/, () => '须为数字'],
  [/^\S+ must be longer than or equal to (\d+) characters$/, (m) => `至少 ${m[1]} 个字符`],
  [/^\S+ must be shorter than or equal to (\d+) characters$/, (m) => `最多 ${m[1]} 个字符`],
  [/^\S+ should not be empty$/, () => '不能为空'],
  [/^subjects must contain at least 1 elements$/, () => '至少要包含一个考核科目'],
];

export function problemInChinese(problem: string): string {
  for (const [pattern, say] of TRANSLATIONS) {
    const match = pattern.exec(problem);
    if (match) return say(match);
  }
  return problem;
}

/** Every problem of an answer, in Chinese, for a form that shows them in one list. */
export function problemsInChinese(error: unknown): string[] {
  return Object.values(fieldProblems(error)).flat().map(problemInChinese);
}

export interface PlacedProblems {
  /** by form field (dotted path), in Chinese */
  byField: Record<string, string[]>;
  /** about the session as a whole, in Chinese */
  general: string[];
}

/**
 * The problems of a SESSION_CONFIG_INVALID / SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES / VALIDATION_FAILED
 * answer, placed at their fields; a taken code goes to the code field.
 */
export function placeProblems(error: unknown, subjectOrder: Subject[]): PlacedProblems {
  const placed: PlacedProblems = { byField: {}, general: [] };
  const problems = Object.values(fieldProblems(error)).flat();
  for (const problem of problems) {
    const field = problemField(problem, subjectOrder);
    const text = problemInChinese(problem);
    if (field) (placed.byField[field] ??= []).push(text);
    else placed.general.push(text);
  }
  if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SESSION_CODE_TAKEN') {
    (placed.byField.code ??= []).push('此编号已被其他考核批次使用，请换一个');
  }
  return placed;
}

const WINDOW_LABEL: Record<string, [string, string]> = {
  signupWindow: ['报名开始时间', '报名截止时间'],
  reviewWindow: ['审核开始时间', '审核截止时间'],
  ticketWindow: ['准考证打印开始时间', '准考证打印截止时间'],
  exam: ['考试开始时间', '考试结束时间'],
};

const PLAIN_LABEL: Record<string, string> = {
  code: '批次编号',
  name: '批次名称',
  year: '年度',
  ruleSetVersion: '资格规则版本',
  resultsNote: '成绩发布说明',
  reason: '修改原因',
  rotationCutoff: '结束轮转截止日期',
  'admittedRotationEndYears.from': '结束轮转年份（起）',
  'admittedRotationEndYears.to': '结束轮转年份（止）',
  'theoryPassRule.passLine': '合格线',
  'theoryPassRule.maxScore': '满分',
  'theoryPassRule.maxDecimalPlaces': '成绩小数位数',
  'skillsPassRule.totalPassLine': '总分合格线',
  'skillsPassRule.criticalItems': '关键项目',
};

/** The Chinese label of a form field (dotted path), as its Form.Item shows it. */
export function fieldLabel(path: string): string {
  if (PLAIN_LABEL[path]) return PLAIN_LABEL[path];
  const parts = path.split('.');
  const station = /^skillsPassRule\.station(Minimums|Maximums)\.(\w+)$/.exec(path);
  if (station) return `${stationName(station[2])}${station[1] === 'Minimums' ? '最低分' : '满分'}`;
  const subject = parts[0] === 'subjectConfig' ? (parts[1] as Subject) : null;
  const windowName = subject ? parts[2] : parts[0];
  const end = parts[parts.length - 1];
  const label = WINDOW_LABEL[windowName]?.[end === 'opensAt' ? 0 : 1] ?? (end === 'ticketMode' ? '准考证方式' : path);
  return subject ? `${subject === 'THEORY' ? '理论' : '技能'}：${label}` : label;
}
