import { readApplicantFacts } from './applicant-facts';

const GOOD = {
  birthDate: '1996-01-01',
  citizenship: 'MAINLAND',
  education: { level: 'COLLEGE', major: 'CLINICAL_MEDICINE', fullTime: true, lengthYears: 3, graduationYear: 2019, diplomaHeld: true, overseas: false },
  employment: { status: 'EMPLOYED', facility: 'TOWNSHIP_HOSPITAL', rural: true, regionCode: '350121', startYear: 2019 },
  sponsorship: 'NONE',
  servingMilitary: false,
  trainingRecords: [{ programme: 'ASSISTANT_GP', status: 'WITHDRAWN', withdrawnOn: '2022-03-01', where: '重庆市巴南区人民医院' }],
  licence: { qualification: 'ASSISTANT', gpScope: false },
};

const pathsOf = (raw: unknown): string[] => {
  const read = readApplicantFacts(raw, 2025);
  return read.ok ? [] : read.problems.map((problem) => problem.path);
};

describe('RC-2 the facts an applicant declares', () => {
  it('RC-2 a complete declaration reads back as the facts eligibility judges', () => {
    expect(readApplicantFacts(GOOD, 2025)).toEqual({ ok: true, facts: GOOD });
  });

  it('RC-2 what the notices let an applicant leave out: no education or employment yet, no sponsorship, service, records or licence', () => {
    const read = readApplicantFacts({ education: null, employment: null }, 2025);
    expect(read).toEqual({
      ok: true,
      facts: { birthDate: null, citizenship: null, education: null, employment: null, sponsorship: 'NONE', servingMilitary: false, trainingRecords: [], licence: { qualification: 'NONE', gpScope: false } },
    });
  });

  it('RC-2 every problem is listed with its path', () => {
    expect(pathsOf('not an object')).toEqual(['facts']);
    expect(pathsOf({ ...GOOD, education: { ...GOOD.education, level: 'PHD', graduationYear: 2031 } })).toEqual(['facts.education.level', 'facts.education.graduationYear']);
    expect(pathsOf({ ...GOOD, employment: { ...GOOD.employment, regionCode: '35-01', startYear: null } })).toEqual(['facts.employment.regionCode', 'facts.employment.startYear']);
    expect(pathsOf({ ...GOOD, trainingRecords: [{ programme: 'ASSISTANT_GP', status: 'WITHDRAWN', withdrawnOn: null, where: '' }] })).toEqual([
      'facts.trainingRecords[0].withdrawnOn',
      'facts.trainingRecords[0].where',
    ]);
    expect(pathsOf({ ...GOOD, birthDate: '1996-02-30', citizenship: 'MARS', sponsorship: 'X', licence: { qualification: 'CHIEF', gpScope: 'yes' } })).toEqual([
      'facts.birthDate',
      'facts.citizenship',
      'facts.sponsorship',
      'facts.licence.qualification',
      'facts.licence.gpScope',
    ]);
  });

  it('RC-2 an applicant about to join (INTENDING) has no start year yet', () => {
    const read = readApplicantFacts({ ...GOOD, employment: { status: 'INTENDING', facility: 'VILLAGE_CLINIC', rural: true, regionCode: null, startYear: null } }, 2025);
    expect(read.ok && read.facts.employment).toEqual({ status: 'INTENDING', facility: 'VILLAGE_CLINIC', rural: true, regionCode: null, startYear: null });
  });
});
