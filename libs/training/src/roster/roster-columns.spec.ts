import { parseCohort, parseFlag, parseRosterDate, ROSTER_COLUMNS } from './roster-columns';

describe('parseFlag', () => {
  it.each([
    '是',
    '合格',
    '通过',
    '已通过',
    '√',
    'y',
    'Y',
    'yes',
    'YES',
    'Yes',
    'true',
    'TRUE',
    'True',
    '1',
    ' 合格 ',
    '\t是\n',
    '　通过　', // full-width spaces around the word, as Chinese spreadsheets often have
  ])('FA-2 %j means passed (true)', (value) => {
    expect(parseFlag(value)).toBe(true);
  });

  it.each([
    '否',
    '不合格',
    '未通过',
    '×',
    'n',
    'N',
    'no',
    'NO',
    'No',
    'false',
    'FALSE',
    'False',
    '0',
    ' 不合格 ',
    '\t否\n',
  ])('FA-2 %j means not passed (false)', (value) => {
    expect(parseFlag(value)).toBe(false);
  });

  it.each([
    '',
    ' ',
    '合 格',
    '基本合格',
    '待定',
    '缺考',
    'maybe',
    'yes!',
    'ok',
    '2',
    '-1',
    '1.0',
    '00',
    'truee',
    '是的',
    '否认',
    'null',
    'undefined',
  ])('FA-2 %j is not a flag (null → row error)', (value) => {
    expect(parseFlag(value)).toBeNull();
  });
});

describe('parseRosterDate', () => {
  it.each([
    ['2024-06-30', '2024-06-30'],
    ['2024-6-30', '2024-06-30'],
    ['2024-6-1', '2024-06-01'],
    ['2024/06/30', '2024-06-30'],
    ['2024/6/30', '2024-06-30'],
    ['2024.6.30', '2024-06-30'],
    ['2024.06.30', '2024-06-30'],
    ['2024年6月30日', '2024-06-30'],
    ['2024年06月30日', '2024-06-30'],
    ['2024 年 6 月 30 日', '2024-06-30'],
    ['2024年6月30', '2024-06-30'],
    ['  2024-06-30  ', '2024-06-30'],
    ['2024-02-29', '2024-02-29'], // leap day
    ['2000年2月29日', '2000-02-29'],
    ['2024-12-31', '2024-12-31'],
    ['2024-1-1', '2024-01-01'],
  ])('FA-2 %j → %s', (value, date) => {
    expect(parseRosterDate(value)).toBe(date);
  });

  it.each([
    ['2024-02-30', 'no 30 February'],
    ['2023-02-29', 'no leap day in 2023'],
    ['2100-02-29', 'no leap day in 2100'],
    ['2024年2月30日', 'no 30 February'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-06-31', 'June has 30 days'],
    ['2024-13-01', 'no month 13'],
    ['2024-00-10', 'no month 0'],
    ['2024-06-00', 'no day 0'],
    ['2024-06-32', 'no day 32'],
    ['', 'empty'],
    ['garbage', 'garbage'],
    ['2024-06', 'month only'],
    ['2024年6月', 'month only'],
    ['24-6-30', 'two-digit year'],
    ['20240630', 'no separators'],
    ['2024-006-30', 'three-digit month'],
    ['2024-06-030', 'three-digit day'],
    ['30/06/2024', 'day first'],
    ['06/30/2024', 'month first'],
    ['2024-06-30 08:00', 'a date-time'],
    ['2024-06-30T00:00:00.000Z', 'an ISO instant'],
    ['45473', 'an Excel serial number'],
    ['2024-06-30日日', 'trailing text'],
    ['约2024-06-30', 'leading text'],
  ])('FA-2 %j is not a date (%s) → null', (value) => {
    expect(parseRosterDate(value)).toBeNull();
  });
});

describe('parseCohort', () => {
  it.each([
    ['2022', '2022'],
    ['2022级', '2022'],
    ['2022 级', '2022'],
    [' 2023 ', '2023'],
    ['\t2024级\n', '2024'],
  ])('FA-2 %j → cohort %s', (value, cohort) => {
    expect(parseCohort(value)).toBe(cohort);
  });

  it.each([
    '',
    '22',
    '22级',
    '202',
    '20222',
    '2022年',
    '2022届',
    '二〇二二级',
    '2022-2023',
    '2022.0',
    '级2022',
    '2022级级',
    'cohort 2022',
    'garbage',
  ])('FA-2 %j is not a cohort → null', (value) => {
    expect(parseCohort(value)).toBeNull();
  });
});

describe('ROSTER_COLUMNS', () => {
  it('FA-2 every column accepts a Chinese header and an English one', () => {
    for (const column of ROSTER_COLUMNS) {
      expect(column.headers.some((header) => /[\u4e00-\u9fff]/.test(header))).toBe(true);
      expect(column.headers.some((header) => /^[A-Za-z_ ]+$/.test(header))).toBe(true);
    }
  });

  it('FA-2 the facts eligibility needs are required columns; idType and base are optional', () => {
    const required = ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.key);
    expect(required).toEqual(['name', 'idNumber', 'cohort', 'rotationEndDate', 'phaseTheoryPassed', 'processAssessmentPassed']);
    expect(ROSTER_COLUMNS.filter((c) => !c.required).map((c) => c.key)).toEqual(['idType', 'base']);
  });

  it('FA-2 no header is claimed by two columns (compared as the reader does: spaces removed, case folded)', () => {
    const owner = new Map<string, string>();
    for (const column of ROSTER_COLUMNS) {
      for (const header of column.headers) {
        const folded = header.replace(/\s/g, '').toLowerCase();
        expect([undefined, column.key]).toContain(owner.get(folded));
        owner.set(folded, column.key);
      }
    }
    expect(owner.size).toBeGreaterThanOrEqual(ROSTER_COLUMNS.length * 2);
  });

  it('FA-2 the notice wording of the columns is recognised', () => {
    const keyOf = (header: string) => ROSTER_COLUMNS.find((c) => c.headers.includes(header))?.key;
    expect(keyOf('结束轮转时间')).toBe('rotationEndDate');
    expect(keyOf('集中理论培训阶段考试')).toBe('phaseTheoryPassed');
    expect(keyOf('培训过程考核')).toBe('processAssessmentPassed');
    expect(keyOf('身份证号')).toBe('idNumber');
    expect(keyOf('培训基地')).toBe('base');
  });
});
