import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildIcs, escapeIcsText, foldIcsLine, icsUtc, type CalendarEvent } from '../src/pages/candidate/home/ics.ts';

const stamp = new Date('2026-12-04T02:00:00Z');
const signup: CalendarEvent = {
  uid: 'DEMO-2026-12-04-signup@agp-portal',
  summary: '演示批次（报名开放中）2026：网上报名',
  // Beijing 2026-12-03 00:00 – 2026-12-18 00:00 (closes at 24:00 of the 17th)
  start: new Date('2026-12-03T00:00:00+08:00'),
  end: new Date('2026-12-18T00:00:00+08:00'),
  description: '时间：2026-12-03 至 2026-12-17（北京时间）。请在 2026-12-17 24:00 前提交报名；漏报、逾期不予补报。',
  alarmMinutesBefore: 1440,
  alarmRelatedToEnd: true,
};
const exam: CalendarEvent = {
  uid: 'DEMO-2026-12-04-exam-THEORY@agp-portal',
  summary: '专业理论考试',
  start: new Date('2027-01-28T00:00:00+08:00'),
  end: new Date('2027-01-29T00:00:00+08:00'),
  url: 'http://www.21wecan.com',
  alarmMinutesBefore: 1440,
};

/** Unfolds continuation lines (RFC 5545 3.1) back into content lines. */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('candidate calendar file (RFC 5545)', () => {
  it('writes instants in UTC with a Z: Beijing midnight is 16:00 the day before', () => {
    assert.equal(icsUtc(new Date('2026-12-03T00:00:00+08:00')), '20261202T160000Z');
    assert.equal(icsUtc(new Date('2027-01-28T08:30:15.250+08:00')), '20270128T003015Z');
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT values', () => {
    assert.equal(escapeIcsText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
    assert.equal(escapeIcsText('报名，截止；请注意'), '报名，截止；请注意', 'full-width punctuation is text, not a delimiter');
  });

  it('folds lines at 75 octets without splitting a Chinese character', () => {
    const line = `DESCRIPTION:${'报名时间'.repeat(20)}`;
    const folded = foldIcsLine(line).split('\r\n');
    assert.ok(folded.length > 1);
    for (const part of folded) assert.ok(Buffer.byteLength(part, 'utf8') <= 75, `${Buffer.byteLength(part, 'utf8')} octets`);
    for (const part of folded.slice(1)) assert.ok(part.startsWith(' '));
    // No replacement characters: every piece is whole UTF-8.
    assert.ok(!folded.join('').includes('\uFFFD'));
    assert.equal(unfold(folded.join('\r\n'))[0], line);
  });

  it('builds a calendar with one VEVENT per date, CRLF line ends and the required properties', () => {
    const text = buildIcs([signup, exam], { calendarName: '演示批次（报名开放中）2026', stamp });
    assert.ok(text.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
    const lines = unfold(text);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.includes('VERSION:2.0'));
    assert.ok(lines.some((line) => line.startsWith('PRODID:')));
    assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, 2);
    assert.equal(lines.filter((line) => line === 'END:VEVENT').length, 2);
    assert.ok(lines.includes('UID:DEMO-2026-12-04-signup@agp-portal'));
    assert.ok(lines.includes('DTSTART:20261202T160000Z'));
    assert.ok(lines.includes('DTEND:20261217T160000Z'));
    assert.equal(lines.filter((line) => line === 'DTSTAMP:20261204T020000Z').length, 2);
    assert.ok(lines.includes('SUMMARY:演示批次（报名开放中）2026：网上报名'));
    assert.ok(lines.includes('DESCRIPTION:时间：2026-12-03 至 2026-12-17（北京时间）。请在 2026-12-17 24:00 前提交报名；漏报、逾期不予补报。'));
    // The sign-up reminder is a day before it closes; the exam's a day before it starts.
    assert.ok(lines.includes('TRIGGER;RELATED=END:-P1D'));
    assert.ok(lines.includes('TRIGGER:-P1D'));
    assert.ok(lines.includes('URL:http://www.21wecan.com'));
    assert.equal(lines.at(-2), 'END:VCALENDAR');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75);
  });
});
