import type { TableColumnType } from 'antd';

/** A city reviewer's lists hold several bases: which one each trainee trains at. A base's own lists need no such column. */
export function baseColumns<Row extends { baseName: string }>(readOnly: boolean): Array<TableColumnType<Row>> {
  return readOnly ? [{ title: '培训基地', dataIndex: 'baseName', key: 'baseName' }] : [];
}
