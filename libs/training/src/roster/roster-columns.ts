import { ColumnSpec } from '@app/common/tabular';
import { isValidLocalDate, LocalDate } from '@app/common/time';

export type RosterColumn =
  | 'name'
  | 'idType'
  | 'idNumber'
  | 'base'
  | 'cohort'
  | 'rotationEndDate'
  | 'phaseTheoryPassed'
  | 'processAssessmentPassed';

/** The roster template. Header names in Chinese and English are both accepted. */
export const ROSTER_COLUMNS: ColumnSpec<RosterColumn>[] = [
  { key: 'name', headers: ['姓名', 'name'], required: true },
  { key: 'idType', headers: ['证件类型', 'id_type', 'idType', 'id type'], required: false },
  { key: 'idNumber', headers: ['证件号码', '证件号', '身份证号', '身份证号码', 'id_number', 'idNumber', 'id number'], required: true },
  { key: 'base', headers: ['培训基地', '基地', '培训医院', 'base'], required: false },
  { key: 'cohort', headers: ['年级', '培训年级', '入培年份', 'cohort'], required: true },
  { key: 'rotationEndDate', headers: ['结束轮转时间', '结束轮转日期', '轮转结束时间', 'rotation_end_date', 'rotationEndDate', 'rotation end date'], required: true },
  { key: 'phaseTheoryPassed', headers: ['集中理论培训阶段考试', '阶段考试合格', '阶段考试', 'phase_theory_passed', 'phaseTheoryPassed'], required: true },
  { key: 'processAssessmentPassed', headers: ['培训过程考核', '过程考核合格', '过程考核', 'process_assessment_passed', 'processAssessmentPassed'], required: true },
];

const YES = new Set(['是', '合格', '通过', '已通过', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', '不合格', '未通过', 'n', 'no', 'false', '0', '×']);

/** "是"/"合格"/TRUE/1 → true; "否"/"不合格"/FALSE/0 → false; anything else → null (a row error). */
export function parseFlag(value: string): boolean | null {
  const folded = value.trim().toLowerCase();
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return null;
}

/** 2024-06-30, 2024/6/30, 2024.6.30, 2024年6月30日 → "2024-06-30"; anything else → null. */
export function parseRosterDate(value: string): LocalDate | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isValidLocalDate(date) ? date : null;
}

/** A cohort is the year training started, e.g. "2022" or "2022级". */
export function parseCohort(value: string): string | null {
  const match = /^(\d{4})\s*级?$/.exec(value.trim());
  return match ? match[1] : null;
}
