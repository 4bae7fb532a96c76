import type { Schemas } from '../../../api/client';
import type { Tone } from '../shared/state-tag';

export type Round = Schemas['RecruitmentRoundDetail'];
export type RoundSummary = Schemas['RecruitmentRoundSummary'];
export type Application = Schemas['ApplicationView'];
export type ApplicantType = Schemas['ApplicantType'];
export type DocumentKind = Schemas['DocumentKind'];
export type ReviewStatus = Schemas['ReviewStatus'];

/** RC-1 in the applicant's words: who each type is, and what it changes for them. */
export const APPLICANT_TYPE: Record<ApplicantType, { label: string; meaning: string }> = {
  EMPLOYED: {
    label: '单位人',
    meaning: '已在基层医疗卫生机构工作（或已签约拟在该机构工作）的人员，由工作单位选送；须提交劳动合同和单位同意报考证明，培训期间由原单位发放工资。',
  },
  INDEPENDENT: {
    label: '社会人',
    meaning: '尚未与任何医疗卫生机构建立劳动关系的人员，以个人身份报名；培训期间与培训基地签订培训协议，结业后自主择业。',
  },
};

export const STATUS_TONE: Record<ReviewStatus, Tone> = {
  DRAFT: 'grey',
  IN_REVIEW: 'blue',
  RETURNED: 'orange',
  APPROVED: 'green',
  CONFIRMED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'grey',
};

export const JURISDICTION_LABEL: Record<Schemas['Jurisdiction'], string> = { FUJIAN: '福建省', CHONGQING: '重庆市', XIAOGAN: '孝感市' };

export const CITIZENSHIP: Record<Schemas['Citizenship'], string> = {
  MAINLAND: '中国内地居民',
  HONG_KONG: '香港居民',
  MACAU: '澳门居民',
  TAIWAN: '台湾居民',
  FOREIGN: '外国籍',
};

export const EDUCATION_LEVEL: Record<Schemas['EducationLevel'], string> = {
  SECONDARY: '中专',
  COLLEGE: '高职（专科）',
  BACHELOR: '本科',
  MASTER: '硕士研究生',
  DOCTORATE: '博士研究生',
};

export const MAJOR: Record<Schemas['Major'], string> = { CLINICAL_MEDICINE: '临床医学', OTHER: '其他专业' };

export const FACILITY: Record<Schemas['FacilityKind'], string> = {
  TOWNSHIP_HOSPITAL: '乡镇卫生院',
  VILLAGE_CLINIC: '村卫生室',
  COMMUNITY_HEALTH_CENTRE: '社区卫生服务中心（站）',
  OTHER_PRIMARY_CARE: '其他基层医疗卫生机构',
  NOT_PRIMARY_CARE: '非基层医疗卫生机构',
};

export const EMPLOYMENT_STATUS: Record<Schemas['EmploymentStatus'], string> = { EMPLOYED: '已在该单位工作', INTENDING: '拟到该单位工作（已签约或定向）' };

export const SPONSORSHIP: Record<Schemas['Sponsorship'], string> = {
  NONE: '无',
  ORIENTED: '农村订单定向医学生',
  LOCALLY_ORIENTED: '本地定向培养医学生',
  COMMISSIONED: '委托培养',
};

export const QUALIFICATION: Record<Schemas['PhysicianQualification'], string> = { NONE: '未取得', ASSISTANT: '执业助理医师资格', FULL: '执业医师资格' };

export const PROGRAMME: Record<Schemas['TrainingProgramme'], string> = { ASSISTANT_GP: '助理全科医生培训', GP_RESIDENCY: '住院医师规范化培训' };

export const TRAINING_STATUS: Record<Schemas['TrainingStatus'], string> = { IN_TRAINING: '在培', COMPLETED: '已结业', WITHDRAWN: '已退培' };

export const DOCUMENT_LABEL: Record<DocumentKind, string> = {
  ID_FRONT: '身份证人像面',
  ID_BACK: '身份证国徽面',
  PHOTO: '证件照',
  DIPLOMA: '毕业证书',
  GRADUATION_PROMISE: '应届毕业承诺书',
  STUDENT_CARD: '学生证',
  ENROLMENT_RECORD: '学籍在线验证报告',
  PHYSICIAN_QUALIFICATION: '医师资格证书',
  OVERSEAS_DEGREE_CERTIFICATION: '国（境）外学历学位认证书',
  LABOUR_CONTRACT: '劳动合同',
  EMPLOYER_CONSENT: '单位同意报考证明',
  COUNTY_TRAINING_LETTER: '县级卫生健康部门委托培训函',
};

export const ADMITTED_BY: Record<Schemas['AdmissionRound'], string> = { FIRST: '第一志愿', SECOND: '第二志愿', PARALLEL: '平行志愿', ADJUSTMENT: '调剂' };

export const PLACEMENT_STATUS: Record<Schemas['PlacementStatus'], string> = {
  ADMITTED: '已录取，待报到',
  REPORTED: '已报到',
  NO_SHOW: '逾期未报到',
  CANCELLED: '录取已取消',
  WITHDRAWN: '已放弃',
};

export const LEVEL_LABEL: Record<Schemas['ReviewLevel'], string> = { BASE: '培训基地', CITY: '设区市卫生健康委', CENTRE: '省级全科医学中心' };

/**
 * RC-3: the kinds this applicant is asked for, in the order of the notice; the server's check stays the judge
 * (documentCheck.missing), this only decides which upload rows to show.
 */
export function documentKindsFor(round: Round, application: Application): DocumentKind[] {
  const rules = round.documents;
  const facts = application.facts;
  const kinds: DocumentKind[] = ['ID_FRONT', 'ID_BACK'];
  if (rules.photo) kinds.push('PHOTO');
  const diplomaHeld = facts.education?.diplomaHeld ?? true;
  kinds.push('DIPLOMA');
  if (!diplomaHeld) {
    if (rules.diplomaAlternatives.includes('GRADUATION_PROMISE')) kinds.push('GRADUATION_PROMISE');
    if (rules.diplomaAlternatives.includes('STUDENT_CARD_AND_ENROLMENT_RECORD')) kinds.push('STUDENT_CARD', 'ENROLMENT_RECORD');
  }
  if (rules.physicianQualificationIfHeld && facts.licence.qualification !== 'NONE') kinds.push('PHYSICIAN_QUALIFICATION');
  if (rules.overseasDegreeCertification && facts.education?.overseas) kinds.push('OVERSEAS_DEGREE_CERTIFICATION');
  if (application.applicantType === 'EMPLOYED') {
    if (rules.employed.labourContract) kinds.push('LABOUR_CONTRACT');
    if (rules.employed.employerConsent) kinds.push('EMPLOYER_CONSENT');
    if (rules.employed.countyLetterForLocallyOriented && facts.sponsorship === 'LOCALLY_ORIENTED') kinds.push('COUNTY_TRAINING_LETTER');
  }
  // Whatever the server still asks for, or already holds, is shown too.
  for (const missing of application.documentCheck.missing) for (const set of missing.stillNeeded) for (const kind of set) if (!kinds.includes(kind)) kinds.push(kind);
  for (const document of application.documents) if (!kinds.includes(document.kind)) kinds.push(document.kind);
  return kinds;
}

/** "300 KB" from a byte count. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The bases an applicant of this type may choose: those with seats for them (or any seat, when the plan does not split). */
export function choosableBases(round: Round, type: ApplicantType): Round['bases'] {
  return round.bases.filter((base) => (round.quotaSplit === 'BY_BASE_AND_TYPE' ? base.seats[type] > 0 : base.total > 0));
}

/** The field path of a server problem (`facts.trainingRecords[0].where`) as a form's name path. */
export function namePath(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const DATA_LABEL: Record<string, string> = {
  requiredLevels: '要求学历',
  requiredMajors: '要求专业',
  level: '学历',
  major: '专业',
  requiredLengthYears: '要求学制（年）',
  fullTime: '全日制',
  lengthYears: '学制（年）',
  graduationYear: '毕业年份',
  earliest: '最早毕业年份',
  latest: '最晚毕业年份',
  groups: '适用人群',
  matchedGroups: '符合的人群',
  status: '在岗情况',
  facility: '单位类别',
  rural: '农村地区',
  regionCode: '行政区划代码',
  startYear: '入职年份',
  priorTraining: '既往培训',
  citizenship: '国籍（地区）',
  accepted: '接受',
  birthDate: '出生日期',
  referenceDate: '计算日期',
  maxAge: '年龄上限',
  age: '周岁',
  sponsorship: '定向或委托培养',
  excluded: '不予招录',
  servingMilitary: '现役军人',
  withdrawnYears: '退培须满（年）',
  records: '记录',
  qualification: '医师资格',
  gpScope: '加注全科医学',
  excludeFull: '不招录已取得执业医师资格者',
  excludeAssistantWithGpScope: '不招录已加注全科的执业助理医师',
  activeBans: '生效中的限制',
};

/** Every enum word the rules put in their data, in Chinese. */
const DATA_WORD: Record<string, string> = {
  ...EDUCATION_LEVEL,
  ...MAJOR,
  ...FACILITY,
  ...CITIZENSHIP,
  ...SPONSORSHIP,
  ...PROGRAMME,
  ...TRAINING_STATUS,
  EMPLOYED: '已在岗',
  INTENDING: '拟进入',
  ASSISTANT: '执业助理医师资格',
  FULL: '执业医师资格',
};

function dataWord(word: string): string {
  return word
    .split(':')
    .map((part) => DATA_WORD[part] ?? part)
    .join('，');
}

function dataValue(value: Schemas['CheckData'][string]): string {
  if (value === null) return '未填写';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.length === 0 ? '无' : value.map(dataWord).join('；');
  return typeof value === 'string' ? dataWord(value) : String(value);
}

/** RC-2: the facts and parameters a rule used, in Chinese. */
export function describeRuleData(data: Schemas['CheckData']): Array<{ key: string; label: string; value: string }> {
  return Object.entries(data).map(([key, value]) => ({ key, label: DATA_LABEL[key] ?? key, value: dataValue(value) }));
}
