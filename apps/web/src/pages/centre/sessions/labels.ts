import type { Schemas } from '../../../api/client';

export type Subject = Schemas['Subject'];
export type Station = Schemas['Station'];

/** The two subjects in the order the notices name them. */
export const SUBJECTS: Subject[] = ['THEORY', 'SKILLS'];

export const SUBJECT_LABEL: Record<Subject, string> = {
  THEORY: '专业理论考试',
  SKILLS: '临床实践技能考核',
};

export const TICKET_MODE_LABEL: Record<Schemas['SessionSubjectDto']['ticketMode'], string> = {
  PLATFORM: '本平台生成准考证',
  NATIONAL_SITE: '考生到国家网站打印准考证',
};

/** The four stations of the skills assessment (SC-2). */
export const STATIONS: Station[] = ['CASE_ANALYSIS', 'MEDICAL_RECORD', 'AUX_EXAM_READING', 'BASIC_PROCEDURES'];

export const STATION_LABEL: Record<Station, string> = {
  CASE_ANALYSIS: '病例分析',
  MEDICAL_RECORD: '病历书写',
  AUX_EXAM_READING: '辅助检查判读',
  BASIC_PROCEDURES: '基本技能操作',
};

/** A subject the API sent as a plain string (SessionView): its Chinese name, or the string itself. */
export function subjectLabel(subject: string): string {
  return subject in SUBJECT_LABEL ? SUBJECT_LABEL[subject as Subject] : subject;
}

/** The Chinese half of a bilingual detail the API writes as “中文 / English”. */
export function chinesePart(text: string): string {
  const cut = text.indexOf(' / ');
  return cut > 0 ? text.slice(0, cut) : text;
}
