import { Subject } from '@app/assessment/rules';

/**
 * TK-3 admit-ticket numbers: fixed width, digits and capitals only, so they read aloud, sort and
 * type without ambiguity. Layout (12 characters):
 *
 *   2024 | 2 | FZ | 00037
 *   year | subject | site | sequence within (year, subject, site)
 *
 * Every part has a fixed width, so a number parses back without separators and two different part
 * tuples can never give the same string.
 */

export const SUBJECT_CODES: Record<Subject, string> = {
  THEORY: '1',
  SKILLS: '2',
};

export interface TicketNumberParts {
  year: number;
  subject: Subject;
  siteCode: string;
  sequence: number;
}

export const TICKET_NUMBER_LENGTH = 12;
export const MIN_TICKET_YEAR = 1000;
export const MAX_TICKET_YEAR = 9999;
export const MAX_TICKET_SEQUENCE = 99999;

const SITE_CODE = /^[A-Z0-9]{2}$/;
const TICKET_NUMBER = /^(\d{4})(\d)([A-Z0-9]{2})(\d{5})$/;

/** Exactly two capital letters or digits; lower case is refused rather than folded, so one site has one code. */
export function isValidSiteCode(value: string): boolean {
  return SITE_CODE.test(value);
}

function subjectOfCode(code: string): Subject | null {
  for (const subject of Object.keys(SUBJECT_CODES) as Subject[]) {
    if (SUBJECT_CODES[subject] === code) return subject;
  }
  return null;
}

/** '2024' + '2' + 'FZ' + '00037' → '20242FZ00037'. Throws RangeError for any part outside the layout. */
export function formatTicketNumber(parts: TicketNumberParts): string {
  const { year, subject, siteCode, sequence } = parts;
  if (!Number.isInteger(year) || year < MIN_TICKET_YEAR || year > MAX_TICKET_YEAR) {
    throw new RangeError(`Ticket year must be a 4-digit integer, got ${String(year)}`);
  }
  // Subject comes from outside the type system at runtime (database, queue payloads).
  if (!Object.prototype.hasOwnProperty.call(SUBJECT_CODES, subject)) {
    throw new RangeError(`Unknown subject: ${String(subject)}`);
  }
  if (typeof siteCode !== 'string' || !isValidSiteCode(siteCode)) {
    throw new RangeError(`Site code must be exactly 2 capital letters or digits, got ${JSON.stringify(siteCode)}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_TICKET_SEQUENCE) {
    throw new RangeError(`Ticket sequence must be an integer 1..${MAX_TICKET_SEQUENCE}, got ${String(sequence)}`);
  }
  return `${year}${SUBJECT_CODES[subject]}${siteCode}${String(sequence).padStart(5, '0')}`;
}

/**
 * The inverse of formatTicketNumber: null for anything formatTicketNumber could not have produced
 * (wrong length, lower case, unknown subject digit, sequence 00000, year below 1000). Strict on purpose:
 * callers that accept typed input normalise it (trim, upper-case) before asking.
 */
export function parseTicketNumber(value: string): TicketNumberParts | null {
  if (typeof value !== 'string') return null;
  const match = TICKET_NUMBER.exec(value);
  if (!match) return null;
  const [, yearText, subjectCode, siteCode, sequenceText] = match;
  const year = Number(yearText);
  const sequence = Number(sequenceText);
  const subject = subjectOfCode(subjectCode);
  if (subject === null || year < MIN_TICKET_YEAR || sequence < 1) return null;
  return { year, subject, siteCode, sequence };
}

/**
 * Gap-free allocation plan for one (year, subject, site) series: given the highest sequence already
 * issued (0 when none) and how many new tickets are needed, in the caller's deterministic order, the
 * sequences to give them: lastIssued+1 … lastIssued+count. Concurrency is the caller's part (read
 * lastIssued under a row lock and write the new high-water mark in the same transaction); this only
 * guarantees the plan itself has no gap, no duplicate and never reuses an issued number.
 */
export function allocateSequences(lastIssued: number, count: number): number[] {
  if (!Number.isInteger(lastIssued) || lastIssued < 0 || lastIssued > MAX_TICKET_SEQUENCE) {
    throw new RangeError(`lastIssued must be an integer 0..${MAX_TICKET_SEQUENCE}, got ${String(lastIssued)}`);
  }
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${String(count)}`);
  }
  if (lastIssued + count > MAX_TICKET_SEQUENCE) {
    throw new RangeError(
      `Ticket series exhausted: ${count} more after ${lastIssued} would pass ${MAX_TICKET_SEQUENCE}`,
    );
  }
  return Array.from({ length: count }, (_unused, index) => lastIssued + 1 + index);
}
