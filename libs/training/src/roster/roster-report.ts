export type RosterRowOutcome = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'ERROR';

export interface RosterRowError {
  field: string;
  code: string;
  message: { zh: string; en: string };
}

export interface RosterRowReport {
  rowNumber: number;
  outcome: RosterRowOutcome;
  name: string;
  idMasked: string | null;
  baseName: string | null;
  errors: RosterRowError[];
}

export interface RosterImportReport {
  committed: boolean;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  totalRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorRows: number;
  rows: RosterRowReport[];
}
