import { gb11643CheckChar } from '@app/common/identity-document';
import type { TableRow } from '@app/common/tabular';
import { checkScoreRows, parseRankingScore, RankableApplication, ScoreColumn } from './ranking.rules';

const residentId = (serial: string) => {
  const first17 = `35010219950101${serial}`;
  return first17 + gb11643CheckChar(first17);
};

const row = (rowNumber: number, name: string, idNumber: string, score: string, idType = ''): TableRow<ScoreColumn> => ({ rowNumber, values: { name, idNumber, score, idType } });

const APPLICATIONS = new Map<string, RankableApplication>([
  [residentId('101'), { id: 1, name: '张三', idMasked: '350102********1011', inScope: true }],
  [residentId('102'), { id: 2, name: '李四', idMasked: '350102********1021', inScope: true }],
  [residentId('103'), { id: 3, name: '王五', idMasked: '350102********1031', inScope: false }],
]);
const find = (_type: string, normalised: string) => APPLICATIONS.get(normalised) ?? null;

describe('RC-6 ranking scores: what a score is', () => {
  it.each([
    ['90', 90],
    ['78.5', 78.5],
    ['0', 0],
    ['999.99', 999.99],
    [' 85.25 ', 85.25],
    [60, 60],
  ])('RC-6 %p is the score %p', (text, expected) => {
    expect(parseRankingScore(text)).toBe(expected);
  });

  it.each(['', '九十', '-1', '1000', '85.125', '8e1', '85.', '.5', 'NaN', 'Infinity'])('RC-6 %p is not a score', (text) => {
    expect(parseRankingScore(text)).toBeNull();
  });
});

describe('RC-6 ranking score files: every row checked, nothing written when one is wrong', () => {
  it('RC-6 good rows give one score per application', () => {
    const check = checkScoreRows([row(2, '张三', residentId('101'), '90'), row(3, '李四', residentId('102').toLowerCase(), '85.5', '居民身份证')], find, '2025-07-21');
    expect(check.errorRows).toBe(0);
    expect(check.scores).toEqual([
      { applicationId: 1, score: 90 },
      { applicationId: 2, score: 85.5 },
    ]);
    expect(check.rows[0]).toMatchObject({ rowNumber: 2, idMasked: '350102********1011', problem: null });
  });

  it('RC-6 each bad row says why, and no score is passed on', () => {
    const check = checkScoreRows(
      [
        row(2, '张三', residentId('101'), '90'),
        row(3, '张三', residentId('101'), '91'),
        row(4, '李四', '35010219950101102X', '80'),
        row(5, '赵六', residentId('102'), '80'),
        row(6, '王五', residentId('103'), '80'),
        row(7, '钱七', residentId('199'), '80'),
        row(8, '李四', residentId('102'), 'absent'),
        row(9, '李四', residentId('102'), '80', '护照X'),
      ],
      find,
      '2025-07-21',
    );
    expect(check.rows.map((each) => each.problem)).toEqual([null, 'DUPLICATE', 'ID_INVALID', 'NAME_MISMATCH', 'NOT_IN_SCOPE', 'UNKNOWN_APPLICANT', 'SCORE_INVALID', 'ID_INVALID']);
    expect(check.errorRows).toBe(7);
    expect(check.scores).toEqual([]);
    expect(check.rows[3].message).toContain('李四');
  });

  it('RC-6 a row never carries the full ID number back', () => {
    const check = checkScoreRows([row(2, '张三', residentId('101'), '90'), row(3, '钱七', residentId('199'), '80')], find, '2025-07-21');
    expect(JSON.stringify(check)).not.toContain(residentId('101'));
    expect(JSON.stringify(check)).not.toContain(residentId('199'));
  });
});
