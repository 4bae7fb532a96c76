/**
 * An iCalendar file (RFC 5545) of the candidate's dates, built in the browser from the session's calendar.
 * Times are written in UTC (…Z), which every calendar converts to its own zone, so no VTIMEZONE is needed.
 * This module imports nothing, so it can be tested on its own.
 */
export interface CalendarEvent {
  /** stable across downloads, so importing the file again updates the events instead of adding copies */
  uid: string;
  summary: string;
  start: Date;
  end: Date;
  description?: string;
  location?: string;
  url?: string;
  /** a reminder this many minutes before the event starts (or, with `alarmRelatedToEnd`, before it ends) */
  alarmMinutesBefore?: number;
  alarmRelatedToEnd?: boolean;
}

export interface CalendarOptions {
  calendarName: string;
  /** DTSTAMP of every event: when the file was made */
  stamp: Date;
}

const PRODUCT_ID = '-//Fujian GP Training Centre//Final assessment portal//ZH';

/** 20240229T000000Z */
export function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Content lines longer than 75 octets are folded (RFC 5545 3.1): CRLF and one space, never inside a UTF-8
 * character (every Chinese character is three octets).
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function minutesDuration(minutes: number): string {
  if (minutes % 1440 === 0) return `P${minutes / 1440}D`;
  if (minutes % 60 === 0) return `PT${minutes / 60}H`;
  return `PT${minutes}M`;
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('TRANSP:TRANSPARENT');
  if (event.alarmMinutesBefore !== undefined) {
    const related = event.alarmRelatedToEnd ? ';RELATED=END' : '';
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(event.summary)}`, `TRIGGER${related}:-${minutesDuration(event.alarmMinutesBefore)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole file: one VEVENT per date, CRLF line ends, folded lines. */
export function buildIcs(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...events.flatMap((event) => eventLines(event, options.stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
