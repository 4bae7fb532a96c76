import { DomainError } from '@app/common/errors';
import { isWithinWindow, TimeWindow } from '@app/common/time';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AssessmentSession } from '../entities/assessment-session.entity';
import { Subject } from '../rules/subject';
import { definitionFromReferenceFile, ReferenceSessionFile } from './reference-session';
import { assertValidSessionDefinition, rotationCutoffProblem, SessionDefinition, sessionDefinitionProblems, toRuleConfig, toSessionColumns } from './session-definition';

const REFERENCE_PATH = join(__dirname, '../../../../config/sessions/fujian-2024.json');
const REFERENCE_TEXT = readFileSync(REFERENCE_PATH, 'utf8');

/** A fresh parse each time, so no test can leak a mutation into another. */
const referenceFile = (): ReferenceSessionFile => JSON.parse(REFERENCE_TEXT) as ReferenceSessionFile;
const reference = (): SessionDefinition => definitionFromReferenceFile(referenceFile());

const iso = (window: TimeWindow): [string, string] => [window.opensAt.toISOString(), window.closesAt.toISOString()];
const at = (instant: string): Date => new Date(instant);
const window = (opens: string, closes: string): TimeWindow => ({ opensAt: at(opens), closesAt: at(closes) });

function subjectOf(definition: SessionDefinition, subject: Subject): SessionDefinition['subjects'][number] {
  const found = definition.subjects.find((s) => s.subject === subject);
  if (!found) throw new Error(`no ${subject} in the definition`);
  return found;
}

/** The definition with one subject's entry replaced. */
function withSubject(definition: SessionDefinition, subject: Subject, change: Partial<SessionDefinition['subjects'][number]>): SessionDefinition {
  return { ...definition, subjects: definition.subjects.map((s) => (s.subject === subject ? { ...s, ...change } : s)) };
}

/** Columns as the database hands them back: the entity with id, version and timestamps. */
function asStoredSession(columns: Partial<AssessmentSession>): AssessmentSession {
  return { id: 7, version: 1, createdAt: at('2024-02-06T00:00:00Z'), updatedAt: at('2024-02-06T00:00:00Z'), ...columns } as AssessmentSession;
}

describe('definitionFromReferenceFile (config/sessions/fujian-2024.json)', () => {
  it('FA-1 sign-up "2月29日 8:00－3月10日 23:59" opens 2024-02-29 08:00 Beijing and closes at 2024-03-11 00:00 Beijing', () => {
    expect(iso(reference().signupWindow)).toEqual(['2024-02-29T00:00:00.000Z', '2024-03-10T16:00:00.000Z']);
  });

  it('FA-1 the sign-up window holds at 23:59:59 on 10 March and is closed at 00:00:00 on 11 March (Beijing)', () => {
    const signup = reference().signupWindow;
    expect(isWithinWindow(signup, at('2024-02-28T23:59:59.999Z'))).toBe(false); // 2024-02-29 07:59:59.999
    expect(isWithinWindow(signup, at('2024-02-29T00:00:00.000Z'))).toBe(true); // 2024-02-29 08:00:00
    expect(isWithinWindow(signup, at('2024-03-10T15:59:59.000Z'))).toBe(true); // 2024-03-10 23:59:59
    expect(isWithinWindow(signup, at('2024-03-10T16:00:00.000Z'))).toBe(false); // 2024-03-11 00:00:00
  });

  it('FA-8 review "3月4－13日" runs from 2024-03-04 00:00 to 2024-03-14 00:00 Beijing', () => {
    expect(iso(reference().reviewWindow)).toEqual(['2024-03-03T16:00:00.000Z', '2024-03-13T16:00:00.000Z']);
  });

  it('TK-1 SKILLS ticket window "4月13-19日" runs from 2024-04-13 00:00 to 2024-04-20 00:00 Beijing, on this platform', () => {
    const skills = subjectOf(reference(), 'SKILLS');
    expect(skills.ticketMode).toBe('PLATFORM');
    expect(iso(skills.ticketWindow)).toEqual(['2024-04-12T16:00:00.000Z', '2024-04-19T16:00:00.000Z']);
  });

  it('FA-1 SKILLS assessment "4月19-21日" runs from 2024-04-19 00:00 to 2024-04-22 00:00 Beijing', () => {
    expect(iso(subjectOf(reference(), 'SKILLS').exam)).toEqual(['2024-04-18T16:00:00.000Z', '2024-04-21T16:00:00.000Z']);
  });

  it('TK-1 THEORY tickets "5月7－12日" come from the national site, 2024-05-07 00:00 to 2024-05-13 00:00 Beijing', () => {
    const theory = subjectOf(reference(), 'THEORY');
    expect(theory.ticketMode).toBe('NATIONAL_SITE');
    expect(iso(theory.ticketWindow)).toEqual(['2024-05-06T16:00:00.000Z', '2024-05-12T16:00:00.000Z']);
  });

  it('FA-1 THEORY exam "5月12日" is the whole day 2024-05-12 Beijing', () => {
    expect(iso(subjectOf(reference(), 'THEORY').exam)).toEqual(['2024-05-11T16:00:00.000Z', '2024-05-12T16:00:00.000Z']);
  });

  it('FA-2 admits rotation ending 2022–2024, before the 2024-12-01 cutoff', () => {
    const definition = reference();
    expect(definition.admittedRotationEndYears).toEqual({ from: 2022, to: 2024 });
    expect(definition.rotationCutoff).toBe('2024-12-01');
  });

  it('FA-14 carries code, name, year, rule-set version and the results note through unchanged', () => {
    const definition = reference();
    expect(definition.code).toBe('FJ-2024');
    expect(definition.name).toBe('2024年福建省临床类别助理全科医生培训结业考核');
    expect(definition.year).toBe(2024);
    expect(definition.ruleSetVersion).toBe('fujian-2024.1');
    expect(definition.resultsNote).toBe('7月（具体时间另行通知）');
  });

  it('FA-1 keeps the subjects in the order of the file, with nothing else added', () => {
    const definition = reference();
    expect(definition.subjects.map((s) => s.subject)).toEqual(['SKILLS', 'THEORY']);
    expect(Object.keys(definition).sort()).toEqual(
      ['admittedRotationEndYears', 'code', 'name', 'resultsNote', 'reviewWindow', 'rotationCutoff', 'ruleSetVersion', 'signupWindow', 'subjects', 'year', 'theoryPassRule', 'skillsPassRule'].sort(),
    );
  });

  it('FA-12 a file without a results note gives null, not undefined', () => {
    const file = referenceFile();
    delete file.resultsNote;
    expect(definitionFromReferenceFile(file).resultsNote).toBeNull();
  });

  it('FA-1 a "until 17:00" close in a file closes at 17:00:00 Beijing', () => {
    const file = { ...referenceFile(), signupWindow: { opens: '2024-02-29 08:00', closes: '2024-03-10 17:00' } };
    expect(iso(definitionFromReferenceFile(file).signupWindow)).toEqual(['2024-02-29T00:00:00.000Z', '2024-03-10T09:00:00.000Z']);
  });

  it('FA-1 an impossible date in a file is refused with a RangeError, not rolled over', () => {
    const file = { ...referenceFile(), reviewWindow: { opens: '2024-03-04', closes: '2024-02-30' } };
    expect(() => definitionFromReferenceFile(file)).toThrow(RangeError);
  });

  it('FA-1 the reference definition is consistent: no problems, and assert does not throw', () => {
    expect(sessionDefinitionProblems(reference())).toEqual([]);
    expect(() => assertValidSessionDefinition(reference())).not.toThrow();
  });
});

describe('sessionDefinitionProblems', () => {
  it.each<[string, (d: SessionDefinition) => SessionDefinition, string[]]>([
    [
      'sign-up window closing when it opens',
      (d) => ({ ...d, signupWindow: window('2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z') }),
      ['signupWindow must open before it closes'],
    ],
    [
      'sign-up window inverted',
      (d) => ({ ...d, signupWindow: window('2024-03-10T16:00:00Z', '2024-02-29T00:00:00Z') }),
      ['signupWindow must open before it closes'],
    ],
    [
      'sign-up window with an invalid date',
      (d) => ({ ...d, signupWindow: { opensAt: new Date(Number.NaN), closesAt: d.signupWindow.closesAt } }),
      ['signupWindow must open before it closes'],
    ],
    [
      'review window inverted (still closing after sign-up)',
      (d) => ({ ...d, reviewWindow: window('2024-03-20T16:00:00Z', '2024-03-13T16:00:00Z') }),
      ['reviewWindow must open before it closes'],
    ],
    [
      'review window closing before the sign-up window',
      (d) => ({ ...d, reviewWindow: window('2024-03-03T16:00:00Z', '2024-03-10T15:59:59Z') }),
      ['reviewWindow must not close before the sign-up window'],
    ],
    [
      'SKILLS ticket window inverted',
      (d) => withSubject(d, 'SKILLS', { ticketWindow: window('2024-04-19T16:00:00Z', '2024-04-12T16:00:00Z') }),
      ['SKILLS.ticketWindow must open before it closes'],
    ],
    [
      'SKILLS exam empty',
      (d) => withSubject(d, 'SKILLS', { exam: window('2024-04-18T16:00:00Z', '2024-04-18T16:00:00Z') }),
      ['SKILLS.exam must open before it closes'],
    ],
    [
      'THEORY ticket window empty',
      (d) => withSubject(d, 'THEORY', { ticketWindow: window('2024-05-06T16:00:00Z', '2024-05-06T16:00:00Z') }),
      ['THEORY.ticketWindow must open before it closes'],
    ],
    [
      'THEORY exam inverted',
      (d) => withSubject(d, 'THEORY', { exam: window('2024-05-12T16:00:00Z', '2024-05-11T16:00:00Z') }),
      ['THEORY.exam must open before it closes'],
    ],
    [
      'admitted years in the wrong order',
      (d) => ({ ...d, admittedRotationEndYears: { from: 2024, to: 2022 } }),
      ['admittedRotationEndYears.from must not be after .to'],
    ],
    [
      'admitted years reaching past the session year',
      (d) => ({ ...d, admittedRotationEndYears: { from: 2022, to: 2025 } }),
      ['admittedRotationEndYears.to must not be after the session year'],
    ],
    ['rotation cutoff with only a month', (d) => ({ ...d, rotationCutoff: '2024-12' }), ['rotationCutoff must be a date YYYY-MM-DD']],
    ['rotation cutoff on an impossible day', (d) => ({ ...d, rotationCutoff: '2024-11-31' }), ['rotationCutoff must be a date YYYY-MM-DD']],
    ['rotation cutoff empty', (d) => ({ ...d, rotationCutoff: '' }), ['rotationCutoff must be a date YYYY-MM-DD']],
    ['no subject', (d) => ({ ...d, subjects: [] }), ['at least one subject']],
    ['a subject twice', (d) => ({ ...d, subjects: [...d.subjects, subjectOf(d, 'SKILLS')] }), ['each subject once']],
    ['an unknown subject', (d) => ({ ...d, subjects: [{ ...subjectOf(d, 'THEORY'), subject: 'ORAL' as Subject }] }), ['unknown subject']],
  ])('FA-1 %s is reported', (_label, breakIt, problems) => {
    expect(sessionDefinitionProblems(breakIt(reference()))).toEqual(problems);
  });

  it('FA-1 boundaries that are allowed: review closing with sign-up, admitted range of one year ending in the session year', () => {
    const definition = reference();
    expect(sessionDefinitionProblems({ ...definition, reviewWindow: window('2024-02-29T00:00:00Z', '2024-03-10T16:00:00Z') })).toEqual([]);
    expect(sessionDefinitionProblems({ ...definition, admittedRotationEndYears: { from: 2024, to: 2024 } })).toEqual([]);
  });

  it('FA-1 a single-subject session is fine', () => {
    const definition = reference();
    expect(sessionDefinitionProblems({ ...definition, subjects: [subjectOf(definition, 'SKILLS')] })).toEqual([]);
  });

  it('FA-1 every broken rule is listed at once, in a stable order', () => {
    const definition = reference();
    const broken: SessionDefinition = {
      ...definition,
      year: 2023,
      signupWindow: window('2024-03-10T16:00:00Z', '2024-02-29T00:00:00Z'),
      reviewWindow: window('2024-02-28T12:00:00Z', '2024-02-28T00:00:00Z'),
      admittedRotationEndYears: { from: 2025, to: 2024 },
      rotationCutoff: '2024-02-30',
      subjects: [
        { ...subjectOf(definition, 'SKILLS'), exam: window('2024-04-21T16:00:00Z', '2024-04-18T16:00:00Z') },
        { ...subjectOf(definition, 'SKILLS'), ticketWindow: window('2024-04-19T16:00:00Z', '2024-04-12T16:00:00Z') },
        { ...subjectOf(definition, 'THEORY'), subject: 'ORAL' as Subject },
      ],
    };
    expect(sessionDefinitionProblems(broken)).toEqual([
      'signupWindow must open before it closes',
      'reviewWindow must open before it closes',
      'SKILLS.exam must open before it closes',
      'SKILLS.ticketWindow must open before it closes',
      'reviewWindow must not close before the sign-up window',
      'admittedRotationEndYears.from must not be after .to',
      'admittedRotationEndYears.to must not be after the session year',
      'rotationCutoff must be a date YYYY-MM-DD',
      'each subject once',
      'unknown subject',
    ]);
  });

  it('FA-1 checking a definition does not change it', () => {
    const definition = reference();
    const before = JSON.stringify(definition);
    sessionDefinitionProblems(definition);
    expect(JSON.stringify(definition)).toBe(before);
  });
});

describe('assertValidSessionDefinition', () => {
  it('FA-13 a broken definition throws SESSION_CONFIG_INVALID (400) listing the problems', () => {
    const definition = { ...reference(), rotationCutoff: 'soon', subjects: [] };
    let thrown: unknown;
    try {
      assertValidSessionDefinition(definition);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('SESSION_CONFIG_INVALID');
    expect((thrown as DomainError).details).toEqual({ problems: ['rotationCutoff must be a date YYYY-MM-DD', 'at least one subject'] });
  });
});

describe('rotationCutoffProblem', () => {
  // The reference sign-up closes at 2024-03-11 00:00 Beijing ("3月10日 23:59").
  it('SC-5 a cutoff on the day sign-up closes at 24:00 is allowed: the job would run as sign-up ends, not during it', () => {
    expect(rotationCutoffProblem({ ...reference(), rotationCutoff: '2024-03-11' })).toBeNull();
    expect(sessionDefinitionProblems({ ...reference(), rotationCutoff: '2024-03-11' })).toEqual([]);
  });

  it('SC-5 a cutoff one day before sign-up closes is refused, naming both dates', () => {
    const definition = { ...reference(), rotationCutoff: '2024-03-10' };
    const problem = 'rotationCutoff 2024-03-10 must not fall before the sign-up window closes (2024-03-11T00:00:00+08:00)';
    expect(rotationCutoffProblem(definition)).toBe(problem);
    expect(sessionDefinitionProblems(definition)).toEqual([problem]);
  });

  it('SC-5 a sign-up close at 17:00 puts the cutoff day after it: the close day itself is refused, the next day allowed', () => {
    const closingAt17 = { ...reference(), signupWindow: window('2024-02-29T00:00:00Z', '2024-03-10T09:00:00Z') };
    expect(rotationCutoffProblem({ ...closingAt17, rotationCutoff: '2024-03-10' })).toContain('must not fall before the sign-up window closes (2024-03-10T17:00:00+08:00)');
    expect(rotationCutoffProblem({ ...closingAt17, rotationCutoff: '2024-03-11' })).toBeNull();
  });

  it('SC-5 a cutoff years before the session, or before sign-up even opens, is refused', () => {
    expect(rotationCutoffProblem({ ...reference(), rotationCutoff: '2023-12-01' })).not.toBeNull();
    expect(rotationCutoffProblem({ ...reference(), rotationCutoff: '2024-02-01' })).not.toBeNull();
  });

  it('SC-5 a cutoff that is no date, or a close that is no instant, is left to its own problem', () => {
    expect(rotationCutoffProblem({ ...reference(), rotationCutoff: '2024-02-30' })).toBeNull();
    const noClose = { ...reference(), signupWindow: { opensAt: at('2024-02-29T00:00:00Z'), closesAt: new Date(Number.NaN) } };
    expect(rotationCutoffProblem(noClose)).toBeNull();
    expect(sessionDefinitionProblems(noClose)).toEqual(['signupWindow must open before it closes']);
  });

  it('SC-5 assert refuses it with SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES (400), listing every problem', () => {
    const definition = { ...reference(), rotationCutoff: '2024-03-01', subjects: [] };
    let thrown: unknown;
    try {
      assertValidSessionDefinition(definition);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES');
    expect((thrown as DomainError).details).toEqual({
      problems: ['rotationCutoff 2024-03-01 must not fall before the sign-up window closes (2024-03-11T00:00:00+08:00)', 'at least one subject'],
    });
  });
});

describe('toSessionColumns', () => {
  it('FA-1 maps the definition to entity columns, with instants kept exact', () => {
    const columns = toSessionColumns(reference());
    expect(columns).toEqual({
      code: 'FJ-2024',
      name: '2024年福建省临床类别助理全科医生培训结业考核',
      year: 2024,
      ruleSetVersion: 'fujian-2024.1',
      signupOpensAt: at('2024-02-29T00:00:00.000Z'),
      signupClosesAt: at('2024-03-10T16:00:00.000Z'),
      reviewOpensAt: at('2024-03-03T16:00:00.000Z'),
      reviewClosesAt: at('2024-03-13T16:00:00.000Z'),
      admittedFromYear: 2022,
      admittedToYear: 2024,
      rotationCutoff: '2024-12-01',
      subjects: [
        {
          subject: 'SKILLS',
          ticketMode: 'PLATFORM',
          ticketOpensAt: '2024-04-12T16:00:00.000Z',
          ticketClosesAt: '2024-04-19T16:00:00.000Z',
          examStartsAt: '2024-04-18T16:00:00.000Z',
          examEndsAt: '2024-04-21T16:00:00.000Z',
        },
        {
          subject: 'THEORY',
          ticketMode: 'NATIONAL_SITE',
          ticketOpensAt: '2024-05-06T16:00:00.000Z',
          ticketClosesAt: '2024-05-12T16:00:00.000Z',
          examStartsAt: '2024-05-11T16:00:00.000Z',
          examEndsAt: '2024-05-12T16:00:00.000Z',
        },
      ],
      resultsNote: '7月（具体时间另行通知）',
      theoryPassRule: { passLine: 60, maxScore: 100, maxDecimalPlaces: 1 },
      skillsPassRule: {
        totalPassLine: 240,
        stationMinimums: { CASE_ANALYSIS: 50, MEDICAL_RECORD: 50, AUX_EXAM_READING: 50, BASIC_PROCEDURES: 50 },
        stationMaximums: { CASE_ANALYSIS: 100, MEDICAL_RECORD: 100, AUX_EXAM_READING: 100, BASIC_PROCEDURES: 100 },
        criticalItems: ['BASIC_PROCEDURES.aseptic', 'BASIC_PROCEDURES.patient-safety'],
      },
    });
  });

  it('SC-1 / SC-2 a session without pass rules stores null for both; a broken rule is a configuration problem', () => {
    const { theoryPassRule: _theory, skillsPassRule: _skills, ...withoutRules } = reference();
    expect(toSessionColumns(withoutRules)).toMatchObject({ theoryPassRule: null, skillsPassRule: null });
    expect(sessionDefinitionProblems({ ...reference(), theoryPassRule: { passLine: 120, maxScore: 100 } })).toEqual([
      'theoryPassRule: passLine 120 must lie between 0 and maxScore 100',
    ]);
  });

  it('FA-1 subject instants in the JSON column are UTC ISO strings that parse back to the same instant', () => {
    const definition = reference();
    const columns = toSessionColumns(definition);
    for (const stored of columns.subjects ?? []) {
      const original = subjectOf(definition, stored.subject);
      expect(stored.ticketOpensAt).toMatch(/Z$/);
      expect(new Date(stored.ticketOpensAt).getTime()).toBe(original.ticketWindow.opensAt.getTime());
      expect(new Date(stored.ticketClosesAt).getTime()).toBe(original.ticketWindow.closesAt.getTime());
      expect(new Date(stored.examStartsAt).getTime()).toBe(original.exam.opensAt.getTime());
      expect(new Date(stored.examEndsAt).getTime()).toBe(original.exam.closesAt.getTime());
    }
  });

  it('FA-12 a null results note stays null', () => {
    expect(toSessionColumns({ ...reference(), resultsNote: null }).resultsNote).toBeNull();
  });

  it('FA-1 sets no id, version or timestamps (the database owns those)', () => {
    const columns = toSessionColumns(reference());
    expect(columns).not.toHaveProperty('id');
    expect(columns).not.toHaveProperty('version');
    expect(columns).not.toHaveProperty('createdAt');
  });
});

describe('toRuleConfig', () => {
  it('FA-2 round trip definition → columns → rule config keeps every rule input', () => {
    const definition = reference();
    const config = toRuleConfig(asStoredSession(toSessionColumns(definition)));
    expect(config).toEqual({
      ruleSetVersion: 'fujian-2024.1',
      year: 2024,
      signupWindow: definition.signupWindow,
      reviewWindow: definition.reviewWindow,
      admittedRotationEndYears: { from: 2022, to: 2024 },
      rotationCutoff: '2024-12-01',
      offeredSubjects: ['THEORY', 'SKILLS'],
    });
    expect(iso(config.signupWindow)).toEqual(['2024-02-29T00:00:00.000Z', '2024-03-10T16:00:00.000Z']);
    expect(iso(config.reviewWindow)).toEqual(['2024-03-03T16:00:00.000Z', '2024-03-13T16:00:00.000Z']);
  });

  it('FA-4 offered subjects follow the canonical order THEORY, SKILLS whatever order the session lists them in', () => {
    const definition = reference();
    const reversed = { ...definition, subjects: [...definition.subjects].reverse() };
    expect(toRuleConfig(asStoredSession(toSessionColumns(definition))).offeredSubjects).toEqual(['THEORY', 'SKILLS']);
    expect(toRuleConfig(asStoredSession(toSessionColumns(reversed))).offeredSubjects).toEqual(['THEORY', 'SKILLS']);
  });

  it.each<[Subject[], Subject[]]>([
    [['SKILLS'], ['SKILLS']],
    [['THEORY'], ['THEORY']],
  ])('FA-12 a session offering only %j offers exactly %j', (offered, expected) => {
    const definition = reference();
    const only = { ...definition, subjects: definition.subjects.filter((s) => offered.includes(s.subject)) };
    expect(toRuleConfig(asStoredSession(toSessionColumns(only))).offeredSubjects).toEqual(expected);
  });

  it('FA-2 reads the entity columns, not the definition: a changed column shows in the rule config', () => {
    const session = asStoredSession(toSessionColumns(reference()));
    session.rotationCutoff = '2024-11-01';
    session.admittedFromYear = 2023;
    session.signupClosesAt = at('2024-03-09T16:00:00Z');
    const config = toRuleConfig(session);
    expect(config.rotationCutoff).toBe('2024-11-01');
    expect(config.admittedRotationEndYears).toEqual({ from: 2023, to: 2024 });
    expect(config.signupWindow.closesAt.toISOString()).toBe('2024-03-09T16:00:00.000Z');
  });

  it('FA-1 round trip definition → columns → rule config → window checks agree with the notice to the second', () => {
    const config = toRuleConfig(asStoredSession(toSessionColumns(reference())));
    expect(isWithinWindow(config.signupWindow, at('2024-03-10T15:59:59Z'))).toBe(true);
    expect(isWithinWindow(config.signupWindow, at('2024-03-10T16:00:00Z'))).toBe(false);
    expect(isWithinWindow(config.reviewWindow, at('2024-03-13T15:59:59Z'))).toBe(true);
    expect(isWithinWindow(config.reviewWindow, at('2024-03-13T16:00:00Z'))).toBe(false);
  });
});
