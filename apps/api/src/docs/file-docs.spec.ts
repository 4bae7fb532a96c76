import { ROSTER_COLUMNS } from '@app/training';
import { describeColumns } from './file-docs';

describe('describeColumns: a table\'s accepted headers for the OpenAPI description', () => {
  it('lists each column with every header name accepted and whether it is required', () => {
    expect(describeColumns([
      { key: 'name', headers: ['姓名', 'name'], required: true },
      { key: 'idType', headers: ['证件类型', 'id_type'], required: false },
    ])).toBe(['| column | header names accepted | |', '| --- | --- | --- |', '| `name` | 姓名, name | required |', '| `idType` | 证件类型, id_type | optional |'].join('\n'));
  });

  it('follows the roster reader: a row per column it reads', () => {
    const table = describeColumns(ROSTER_COLUMNS);
    expect(table.split('\n')).toHaveLength(2 + ROSTER_COLUMNS.length);
    expect(table).toContain('| `rotationEndDate` | 结束轮转时间, 结束轮转日期, 轮转结束时间, rotation_end_date, rotationEndDate, rotation end date | required |');
  });
});
