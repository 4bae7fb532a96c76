export { DEFAULT_TABLE_LIMITS, readTable, normaliseHeader } from './table-reader';
export type { ColumnSpec, ParsedTable, TableLimits, TableRow } from './table-reader';
export { neutraliseCell, toCsv, toXlsx } from './table-writer';
export type { TableCell } from './table-writer';
