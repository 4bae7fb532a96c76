import type { Bilingual } from '@app/assessment/rules';

/** RC-3 / RC-1: the files an applicant may upload, one kind each. */
export type DocumentKind =
  | 'ID_FRONT'
  | 'ID_BACK'
  | 'PHOTO'
  | 'DIPLOMA'
  | 'GRADUATION_PROMISE'
  | 'STUDENT_CARD'
  | 'ENROLMENT_RECORD'
  | 'PHYSICIAN_QUALIFICATION'
  | 'OVERSEAS_DEGREE_CERTIFICATION'
  | 'LABOUR_CONTRACT'
  | 'EMPLOYER_CONSENT'
  | 'COUNTY_TRAINING_LETTER';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'ID_FRONT',
  'ID_BACK',
  'PHOTO',
  'DIPLOMA',
  'GRADUATION_PROMISE',
  'STUDENT_CARD',
  'ENROLMENT_RECORD',
  'PHYSICIAN_QUALIFICATION',
  'OVERSEAS_DEGREE_CERTIFICATION',
  'LABOUR_CONTRACT',
  'EMPLOYER_CONSENT',
  'COUNTY_TRAINING_LETTER',
];

/** The notices' own names for each document. */
export const DOCUMENT_LABELS: Readonly<Record<DocumentKind, Bilingual>> = {
  ID_FRONT: { zh: '身份证件正面', en: 'identity document, front' },
  ID_BACK: { zh: '身份证件反面', en: 'identity document, back' },
  PHOTO: { zh: '个人电子照片', en: 'photo' },
  DIPLOMA: { zh: '高职（专科）毕业证书', en: 'college diploma' },
  GRADUATION_PROMISE: { zh: '书面承诺函（承诺于培训报到前取得毕业证书）', en: 'signed promise to obtain the diploma before reporting' },
  STUDENT_CARD: { zh: '学生证', en: 'student card' },
  ENROLMENT_RECORD: { zh: '学信网学籍证明', en: 'enrolment record (CHSI)' },
  PHYSICIAN_QUALIFICATION: { zh: '执业（助理）医师资格证', en: 'physician (assistant) qualification certificate' },
  OVERSEAS_DEGREE_CERTIFICATION: { zh: '教育部出具的境外学历认证', en: "education ministry's certification of an overseas degree" },
  LABOUR_CONTRACT: { zh: '与基层医疗卫生机构签订的劳动合同（就业协议、聘用合同或录用文件）', en: 'labour contract with the primary-care employer' },
  EMPLOYER_CONSENT: { zh: '单位同意函', en: "employer's consent letter" },
  COUNTY_TRAINING_LETTER: { zh: '县级卫健行政部门出具的培训同意函', en: "county health commission's training consent letter" },
};

export type DiplomaAlternative = 'GRADUATION_PROMISE' | 'STUDENT_CARD_AND_ENROLMENT_RECORD';

export type DocumentFormat = 'JPEG' | 'PNG' | 'PDF';

/** RC-3: a round's document rules, as data. */
export interface DocumentRequirements {
  /** Per file; 300 KB by default ("jpg 格式，规格 300KB 以下"). */
  maxBytes: number;
  formats: DocumentFormat[];
  photo: boolean;
  /** What a graduate of the round's year who has no diploma yet may give instead; empty: the diploma only. */
  diplomaAlternatives: DiplomaAlternative[];
  /** The qualification certificate, from those who hold one (未取得者可不提交). */
  physicianQualificationIfHeld: boolean;
  overseasDegreeCertification: boolean;
  /** RC-1: what an EMPLOYED applicant adds. */
  employed: {
    labourContract: boolean;
    employerConsent: boolean;
    /** A locally-oriented graduate of the round's year with no employer yet may give the county letter instead. */
    countyLetterForLocallyOriented: boolean;
  };
}

export const DEFAULT_DOCUMENT_MAX_BYTES = 300 * 1024;

export type RequirementId = 'identity' | 'photo' | 'education' | 'qualification' | 'overseas-degree' | 'employment';

export interface RequiredDocument {
  id: RequirementId;
  label: Bilingual;
  /** Any one of these sets satisfies the requirement; each set's documents go together. */
  anyOf: DocumentKind[][];
  /** Why it is asked of this applicant. */
  reason: Bilingual;
}

export interface MissingDocument {
  requirement: RequiredDocument;
  /** Per alternative, what is still to upload. */
  stillNeeded: DocumentKind[][];
  message: Bilingual;
}

export interface DocumentCheck {
  complete: boolean;
  missing: MissingDocument[];
}
