import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApplicantFacts } from '../eligibility';
import { checkDocuments, documentFileProblems, DocumentSubject, requiredDocuments } from './documents.rules';
import { DEFAULT_DOCUMENT_MAX_BYTES, DOCUMENT_KINDS, DOCUMENT_LABELS, DocumentKind, DocumentRequirements } from './documents.types';

/** The documents blocks of the reference rounds, read as the rounds carry them. */
const requirementsOf = (name: string): DocumentRequirements =>
  (JSON.parse(readFileSync(join(__dirname, '../../../../config/recruitment', `${name}.json`), 'utf8')) as { documents: DocumentRequirements }).documents;
const FUJIAN_2025 = requirementsOf('fujian-2025');
const FUJIAN_2023 = requirementsOf('fujian-2023');
const CHONGQING = requirementsOf('chongqing-2025');
const XIAOGAN = requirementsOf('xiaogan-2023');

type Facts = DocumentSubject['facts'];
const GRADUATE: Facts = {
  education: { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: 2020, diplomaHeld: true, overseas: false },
  employment: { status: 'EMPLOYED', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '350181', startYear: 2021 },
  sponsorship: 'NONE',
  licence: { qualification: 'NONE', gpScope: false },
};
const facts = (change: Partial<Facts> = {}): Facts => ({ ...GRADUATE, ...change });
const education = (change: Partial<NonNullable<ApplicantFacts['education']>>) => ({ ...GRADUATE.education!, ...change });
const FRESH = education({ graduationYear: 2025, diplomaHeld: false });

const subject = (applicantType: DocumentSubject['applicantType'], change: Partial<Facts> = {}, roundYear = 2025): DocumentSubject => ({ applicantType, facts: facts(change), roundYear });
const alternatives = (requirements: DocumentRequirements, who: DocumentSubject) =>
  Object.fromEntries(requiredDocuments(requirements, who).map((each) => [each.id, each.anyOf]));

describe('RC-3 required documents', () => {
  it('RC-3 every applicant: identity document both sides and the diploma', () => {
    expect(alternatives(FUJIAN_2025, subject('INDEPENDENT'))).toEqual({ identity: [['ID_FRONT', 'ID_BACK']], education: [['DIPLOMA']] });
  });

  it("RC-3 Fujian 2025: this year's graduate without a diploma may give the signed promise instead", () => {
    const required = requiredDocuments(FUJIAN_2025, subject('INDEPENDENT', { education: FRESH }));
    const diploma = required.find((each) => each.id === 'education');
    expect(diploma?.anyOf).toEqual([['DIPLOMA'], ['GRADUATION_PROMISE']]);
    expect(diploma?.reason.zh).toBe('2025届毕业生，暂未取得毕业证书');
  });

  it('RC-3 Fujian 2023 offers no promise: the notice lists the diploma only', () => {
    expect(alternatives(FUJIAN_2023, subject('INDEPENDENT', { education: education({ graduationYear: 2023, diplomaHeld: false }) }, 2023)).education).toEqual([['DIPLOMA']]);
  });

  it("RC-3 Chongqing: this year's graduate may give the student card and the enrolment record together; a photo from everyone", () => {
    const required = alternatives(CHONGQING, subject('INDEPENDENT', { education: FRESH }));
    expect(required.education).toEqual([['DIPLOMA'], ['STUDENT_CARD', 'ENROLMENT_RECORD']]);
    expect(required.photo).toEqual([['PHOTO']]);
  });

  it('RC-3 an earlier graduate without a diploma in hand still needs the diploma', () => {
    expect(alternatives(FUJIAN_2025, subject('INDEPENDENT', { education: education({ graduationYear: 2024, diplomaHeld: false }) })).education).toEqual([['DIPLOMA']]);
  });

  it('RC-3 the qualification certificate only from those who hold one', () => {
    expect(alternatives(FUJIAN_2025, subject('INDEPENDENT', { licence: { qualification: 'ASSISTANT', gpScope: false } })).qualification).toEqual([['PHYSICIAN_QUALIFICATION']]);
    expect(alternatives(FUJIAN_2025, subject('INDEPENDENT')).qualification).toBeUndefined();
  });

  it('RC-3 an overseas degree needs the education ministry’s certification', () => {
    expect(alternatives(CHONGQING, subject('INDEPENDENT', { education: education({ overseas: true }) }))['overseas-degree']).toEqual([['OVERSEAS_DEGREE_CERTIFICATION']]);
  });

  it('RC-1 Fujian employed: the labour contract and the employer consent together', () => {
    expect(alternatives(FUJIAN_2025, subject('EMPLOYED')).employment).toEqual([['LABOUR_CONTRACT', 'EMPLOYER_CONSENT']]);
    expect(alternatives(FUJIAN_2025, subject('INDEPENDENT')).employment).toBeUndefined();
  });

  it("RC-1 Fujian employed: a locally-oriented graduate of this year without an employer may give the county letter instead", () => {
    const required = requiredDocuments(FUJIAN_2025, subject('EMPLOYED', { sponsorship: 'LOCALLY_ORIENTED', education: FRESH, employment: null }));
    const employment = required.find((each) => each.id === 'employment');
    expect(employment?.anyOf).toEqual([['LABOUR_CONTRACT', 'EMPLOYER_CONSENT'], ['COUNTY_TRAINING_LETTER']]);
    expect(employment?.reason.zh).toBe('单位人；2025年毕业、尚未安排工作单位的本土化定向生');
    // Not for one who already works somewhere, nor for an earlier graduate, nor for an oriented student who is not local.
    expect(alternatives(FUJIAN_2025, subject('EMPLOYED', { sponsorship: 'LOCALLY_ORIENTED', education: FRESH })).employment).toHaveLength(1);
    expect(alternatives(FUJIAN_2025, subject('EMPLOYED', { sponsorship: 'LOCALLY_ORIENTED', employment: null })).employment).toHaveLength(1);
    expect(alternatives(FUJIAN_2025, subject('EMPLOYED', { sponsorship: 'ORIENTED', education: FRESH, employment: null })).employment).toHaveLength(1);
  });

  it('RC-1 Chongqing and Xiaogan employed: the employer’s consent alone', () => {
    expect(alternatives(CHONGQING, subject('EMPLOYED')).employment).toEqual([['EMPLOYER_CONSENT']]);
    expect(alternatives(XIAOGAN, subject('EMPLOYED')).employment).toEqual([['EMPLOYER_CONSENT']]);
  });

  it('RC-3 every document kind has a Chinese label', () => {
    for (const kind of DOCUMENT_KINDS) expect(DOCUMENT_LABELS[kind].zh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('RC-3 what is missing', () => {
  const fresh = requiredDocuments(CHONGQING, subject('EMPLOYED', { education: FRESH }));

  it('RC-3 nothing uploaded: every requirement is missing, in words', () => {
    const check = checkDocuments(fresh, []);
    expect(check.complete).toBe(false);
    expect(check.missing.map((each) => each.message.zh)).toEqual([
      '身份证件正反面：缺少身份证件正面及身份证件反面',
      '个人电子照片：缺少个人电子照片',
      '学历证明：缺少高职（专科）毕业证书，或学生证及学信网学籍证明',
      '单位人证明材料：缺少单位同意函',
    ]);
  });

  it('RC-3 half of a pair is not enough; either alternative is', () => {
    const uploaded: DocumentKind[] = ['ID_FRONT', 'ID_BACK', 'PHOTO', 'EMPLOYER_CONSENT', 'STUDENT_CARD'];
    expect(checkDocuments(fresh, uploaded).missing.map((each) => [each.requirement.id, each.stillNeeded])).toEqual([['education', [['DIPLOMA'], ['ENROLMENT_RECORD']]]]);
    expect(checkDocuments(fresh, [...uploaded, 'ENROLMENT_RECORD'])).toEqual({ complete: true, missing: [] });
    expect(checkDocuments(fresh, ['ID_FRONT', 'ID_BACK', 'PHOTO', 'EMPLOYER_CONSENT', 'DIPLOMA']).complete).toBe(true);
  });
});

describe('RC-3 files', () => {
  it('RC-3 JPEG up to 300 KB by default; larger, other formats and empty files are refused', () => {
    expect(DEFAULT_DOCUMENT_MAX_BYTES).toBe(307200);
    expect(documentFileProblems(FUJIAN_2025, { kind: 'DIPLOMA', bytes: 307200, format: 'JPEG' })).toEqual([]);
    expect(documentFileProblems(FUJIAN_2025, { kind: 'DIPLOMA', bytes: 307201, format: 'JPEG' }).map((each) => each.message.zh)).toEqual(['高职（专科）毕业证书超过300KB']);
    expect(documentFileProblems(FUJIAN_2025, { kind: 'ID_FRONT', bytes: 1000, format: 'PNG' }).map((each) => each.message.zh)).toEqual(['身份证件正面须为JPEG格式']);
    expect(documentFileProblems(FUJIAN_2025, { kind: 'ID_FRONT', bytes: 0, format: null })).toHaveLength(2);
  });

  it('RC-3 the limit is the round’s configuration', () => {
    expect(documentFileProblems({ ...FUJIAN_2025, maxBytes: 500 * 1024, formats: ['JPEG', 'PDF'] }, { kind: 'DIPLOMA', bytes: 400 * 1024, format: 'PDF' })).toEqual([]);
  });
});
