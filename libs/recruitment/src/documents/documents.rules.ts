import type { Bilingual } from '@app/assessment/rules';
import type { ApplicantType } from '../admission';
import type { ApplicantFacts } from '../eligibility';
import { ConfigProblem, problem } from '../problems';
import {
  DOCUMENT_LABELS,
  DocumentCheck,
  DocumentFormat,
  DocumentKind,
  DocumentRequirements,
  MissingDocument,
  RequiredDocument,
} from './documents.types';

/**
 * RC-3 and RC-1: which documents an applicant must upload, from the round's requirements, the applicant's type and
 * facts; and what is still missing. A requirement lists alternatives (the diploma, or the promise), each a set of
 * documents that go together (student card and enrolment record).
 */

export interface DocumentSubject {
  applicantType: ApplicantType;
  facts: Pick<ApplicantFacts, 'education' | 'employment' | 'sponsorship' | 'licence'>;
  roundYear: number;
}

function describe(sets: DocumentKind[][]): Bilingual {
  return {
    zh: sets.map((set) => set.map((kind) => DOCUMENT_LABELS[kind].zh).join('及')).join('，或'),
    en: sets.map((set) => set.map((kind) => DOCUMENT_LABELS[kind].en).join(' and ')).join(', or '),
  };
}

export function requiredDocuments(requirements: DocumentRequirements, subject: DocumentSubject): RequiredDocument[] {
  const { facts, applicantType, roundYear } = subject;
  const required: RequiredDocument[] = [
    {
      id: 'identity',
      label: { zh: '身份证件正反面', en: 'identity document, both sides' },
      anyOf: [['ID_FRONT', 'ID_BACK']],
      reason: { zh: '所有报名者', en: 'every applicant' },
    },
  ];
  if (requirements.photo) {
    required.push({ id: 'photo', label: DOCUMENT_LABELS.PHOTO, anyOf: [['PHOTO']], reason: { zh: '所有报名者', en: 'every applicant' } });
  }

  const education = facts.education;
  const thisYearsGraduateWithoutDiploma = education !== null && education.graduationYear === roundYear && !education.diplomaHeld;
  const diploma: DocumentKind[][] = [['DIPLOMA']];
  if (thisYearsGraduateWithoutDiploma) {
    for (const alternative of requirements.diplomaAlternatives) {
      diploma.push(alternative === 'GRADUATION_PROMISE' ? ['GRADUATION_PROMISE'] : ['STUDENT_CARD', 'ENROLMENT_RECORD']);
    }
  }
  required.push({
    id: 'education',
    label: { zh: '学历证明', en: 'proof of education' },
    anyOf: diploma,
    reason:
      diploma.length > 1
        ? { zh: `${roundYear}届毕业生，暂未取得毕业证书`, en: `graduates in ${roundYear}, no diploma yet` }
        : { zh: '所有报名者', en: 'every applicant' },
  });

  if (requirements.physicianQualificationIfHeld && facts.licence.qualification !== 'NONE') {
    required.push({
      id: 'qualification',
      label: DOCUMENT_LABELS.PHYSICIAN_QUALIFICATION,
      anyOf: [['PHYSICIAN_QUALIFICATION']],
      reason: { zh: '已取得执业（助理）医师资格', en: 'holds a physician qualification' },
    });
  }
  if (requirements.overseasDegreeCertification && education?.overseas === true) {
    required.push({
      id: 'overseas-degree',
      label: DOCUMENT_LABELS.OVERSEAS_DEGREE_CERTIFICATION,
      anyOf: [['OVERSEAS_DEGREE_CERTIFICATION']],
      reason: { zh: '境外学历', en: 'degree awarded abroad' },
    });
  }

  if (applicantType === 'EMPLOYED') {
    const employer: DocumentKind[] = [];
    if (requirements.employed.labourContract) employer.push('LABOUR_CONTRACT');
    if (requirements.employed.employerConsent) employer.push('EMPLOYER_CONSENT');
    const sets: DocumentKind[][] = employer.length > 0 ? [employer] : [];
    const locallyOrientedWithoutEmployer =
      facts.sponsorship === 'LOCALLY_ORIENTED' && facts.employment?.status !== 'EMPLOYED' && education?.graduationYear === roundYear;
    if (requirements.employed.countyLetterForLocallyOriented && locallyOrientedWithoutEmployer) sets.push(['COUNTY_TRAINING_LETTER']);
    if (sets.length > 0) {
      required.push({
        id: 'employment',
        label: { zh: '单位人证明材料', en: 'proof of employment (EMPLOYED applicants)' },
        anyOf: sets,
        reason:
          sets.length > 1
            ? { zh: `单位人；${roundYear}年毕业、尚未安排工作单位的本土化定向生`, en: `EMPLOYED; locally-oriented ${roundYear} graduate without an employer yet` }
            : { zh: '单位人', en: 'EMPLOYED applicant' },
      });
    }
  }
  return required;
}

/** What is still missing, given the kinds uploaded so far. */
export function checkDocuments(required: readonly RequiredDocument[], uploaded: readonly DocumentKind[]): DocumentCheck {
  const have = new Set(uploaded);
  const missing: MissingDocument[] = [];
  for (const requirement of required) {
    const stillNeeded = requirement.anyOf.map((set) => set.filter((kind) => !have.has(kind)));
    if (stillNeeded.some((set) => set.length === 0)) continue;
    const words = describe(stillNeeded);
    missing.push({ requirement, stillNeeded, message: { zh: `${requirement.label.zh}：缺少${words.zh}`, en: `${requirement.label.en}: missing ${words.en}` } });
  }
  return { complete: missing.length === 0, missing };
}

/** RC-3: one uploaded file against the round's format and size rules (the content itself is checked by the upload). */
export function documentFileProblems(requirements: DocumentRequirements, file: { kind: DocumentKind; bytes: number; format: DocumentFormat | null }): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const label = DOCUMENT_LABELS[file.kind];
  if (file.format === null || !requirements.formats.includes(file.format)) {
    problems.push(problem(file.kind, `${label.zh}须为${requirements.formats.join('、')}格式`, `${label.en} must be ${requirements.formats.join(' or ')}`));
  }
  if (file.bytes > requirements.maxBytes) {
    const kb = Math.floor(requirements.maxBytes / 1024);
    problems.push(problem(file.kind, `${label.zh}超过${kb}KB`, `${label.en} is over ${kb} KB`));
  }
  if (file.bytes <= 0) problems.push(problem(file.kind, `${label.zh}为空文件`, `${label.en} is empty`));
  return problems;
}
