import { admit, Applicant, TrackQuota } from '../admission';
import { admissionApplicants, ApplicationInput, AssessmentInput, inputDigest, runSummary } from './admission-input';
import { packExplanation, unpackExplanation } from './outcome-packing';

const application = (id: number, partial: Partial<ApplicationInput> = {}): ApplicationInput => ({
  id,
  applicantType: 'EMPLOYED',
  choice1BaseId: 10,
  choice2BaseId: 20,
  acceptsAdjustment: false,
  employerCityId: 1,
  submittedAt: new Date('2025-07-05T02:00:00Z'),
  rankingScore: null,
  ...partial,
});

const TRACKS: TrackQuota[] = [
  { baseId: 10, applicantType: null, quota: 1, cityId: 1 },
  { baseId: 20, applicantType: null, quota: 1, cityId: 1 },
  { baseId: 30, applicantType: null, quota: 1, cityId: 2 },
];

describe('RC-6 a run’s input from the database', () => {
  it('RC-6 CENTRE_RANKING: the stored ranking score (DECIMAL text) is the score, absent stays absent', () => {
    const applicants = admissionApplicants({ kind: 'CENTRE_RANKING' }, [application(1, { rankingScore: '85.50' }), application(2, { choice2BaseId: null })], []);
    expect(applicants).toEqual([
      { id: 1, type: 'EMPLOYED', choices: [10, 20], acceptsAdjustment: false, cityId: 1, submittedAt: new Date('2025-07-05T02:00:00Z'), scores: { ranking: 85.5 } },
      { id: 2, type: 'EMPLOYED', choices: [10], acceptsAdjustment: false, cityId: 1, submittedAt: new Date('2025-07-05T02:00:00Z'), scores: { ranking: null } },
    ]);
  });

  it('RC-6 BASE_ASSESSMENT: a round’s score counts only from the base chosen in that round; adjustment takes the best adjustment assessment', () => {
    const scores: AssessmentInput[] = [
      { applicationId: 1, baseId: 10, choiceRound: 'FIRST', score: '90.00' },
      { applicationId: 1, baseId: 20, choiceRound: 'FIRST', score: '99.00' }, // not the first choice: ignored
      { applicationId: 1, baseId: 20, choiceRound: 'SECOND', score: '70.00' },
      { applicationId: 1, baseId: 30, choiceRound: 'ADJUSTMENT', score: '60.00' },
      { applicationId: 1, baseId: 10, choiceRound: 'ADJUSTMENT', score: '65.50' },
      { applicationId: 2, baseId: 10, choiceRound: 'FIRST', score: '80.00' },
    ];
    const [first, second] = admissionApplicants({ kind: 'BASE_ASSESSMENT', rounds: [] }, [application(1), application(2)], scores);
    expect(first.scores).toEqual({
      assessments: [
        { round: 'FIRST', baseId: 10, score: 90 },
        { round: 'SECOND', baseId: 20, score: 70 },
      ],
      adjustment: 65.5,
    });
    expect(second.scores).toEqual({ assessments: [{ round: 'FIRST', baseId: 10, score: 80 }], adjustment: null });
  });

  it('RC-6 the digest ignores order and sees every change a run reads', () => {
    const applicants = admissionApplicants({ kind: 'CENTRE_RANKING' }, [application(1, { rankingScore: '80' }), application(2, { rankingScore: '70' })], []);
    const digest = inputDigest(TRACKS, applicants);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(inputDigest([...TRACKS].reverse(), [...applicants].reverse())).toBe(digest);
    const changes: Array<(list: Applicant[], tracks: TrackQuota[]) => void> = [
      (list) => (list[0] = { ...list[0], scores: { ranking: 80.5 } }),
      (list) => (list[1] = { ...list[1], choices: [20, 10] }),
      (list) => (list[1] = { ...list[1], acceptsAdjustment: true }),
      (list) => (list[0] = { ...list[0], type: 'INDEPENDENT' }),
      (list) => list.pop(),
      (_list, tracks) => (tracks[2] = { ...tracks[2], quota: 2 }),
    ];
    for (const change of changes) {
      const list = [...applicants];
      const tracks = [...TRACKS];
      change(list, tracks);
      expect(inputDigest(tracks, list)).not.toBe(digest);
    }
  });

  it('RC-6 the run summary: per track its quota, admitted and lowest admitted score; totals', () => {
    const applicants = admissionApplicants(
      { kind: 'CENTRE_RANKING' },
      [application(1, { rankingScore: '90' }), application(2, { rankingScore: '80' }), application(3, { rankingScore: '70', acceptsAdjustment: true }), application(4, { rankingScore: '60' })],
      [],
    );
    const result = admit({ tracks: TRACKS, applicants, config: { mechanism: 'CENTRAL_PARALLEL', adjustment: { enabled: true, preference: 'NONE', rankBy: 'RANKING_SCORE' }, tieBreak: { secondKey: { kind: 'NONE' }, lotterySeed: 'seed' } } });
    const summary = runSummary(result);
    expect(summary).toMatchObject({ mechanism: 'CENTRAL_PARALLEL', rounds: ['PARALLEL', 'ADJUSTMENT'], applicants: 4, admitted: 3, quota: 3 });
    expect(summary.tracks.map((track) => [track.baseId, track.admitted, track.lastAdmittedScore, track.seatsLeft])).toEqual([
      [10, 1, 90, 0],
      [20, 1, 80, 0],
      [30, 1, 70, 0],
    ]);
  });

  it('RC-6 an explanation survives its packed storage form unchanged, in a third of the bytes', () => {
    const applicants = admissionApplicants(
      { kind: 'CENTRE_RANKING' },
      Array.from({ length: 40 }, (_, index) => application(index + 1, { rankingScore: String(60 + (index % 7)), acceptsAdjustment: index % 2 === 0, choice2BaseId: index % 3 === 0 ? null : 20, employerCityId: index % 2 === 0 ? 2 : 1 })),
      [],
    );
    const result = admit({ tracks: TRACKS, applicants, config: { mechanism: 'CENTRAL_PARALLEL', adjustment: { enabled: true, preference: 'SAME_CITY_FIRST', rankBy: 'RANKING_SCORE' }, tieBreak: { secondKey: { kind: 'NONE' }, lotterySeed: 'packing' } } });
    let packedBytes = 0;
    let plainBytes = 0;
    for (const explanation of result.explanations) {
      const stored = JSON.parse(JSON.stringify(packExplanation(explanation))) as ReturnType<typeof packExplanation>;
      expect(unpackExplanation(stored, explanation.applicantId)).toEqual(JSON.parse(JSON.stringify(explanation)));
      packedBytes += JSON.stringify(stored).length;
      plainBytes += JSON.stringify(explanation).length;
    }
    expect(packedBytes).toBeLessThan(plainBytes / 2);
    expect(() => unpackExplanation([2] as never, 1)).toThrow(RangeError);
  });
});
