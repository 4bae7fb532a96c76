import { ReferenceSessionFile, sessionDefinitionProblems } from '@app/assessment';
import { addDays, beijingToInstant, isWithinWindow } from '@app/common/time';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoSessionDefinition } from './demo-session';

const reference = JSON.parse(readFileSync(join(__dirname, '../../../../config/sessions/fujian-2024.json'), 'utf8')) as ReferenceSessionFile;

/** Every calendar day of a year, as the demo could be seeded on any of them. */
function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1)) days.push(day);
  return days;
}

describe('demoSessionDefinition', () => {
  it.each([2026, 2028])('SC-5 seeded on any day of %i, the demo session validates: its cutoff never falls before sign-up closes', (year) => {
    const days = daysOf(year);
    expect(days.length).toBeGreaterThanOrEqual(365);
    const broken = days.filter((day) => sessionDefinitionProblems(demoSessionDefinition(day, reference)).length > 0);
    expect(broken).toEqual([]);
  });

  it('SC-5 the cutoff is 1 December as in the notices while the exams end before it, else the day they end', () => {
    expect(demoSessionDefinition('2026-03-01', reference).rotationCutoff).toBe('2026-12-01');
    expect(demoSessionDefinition('2026-10-06', reference).rotationCutoff).toBe('2026-12-01');
    expect(demoSessionDefinition('2026-10-07', reference).rotationCutoff).toBe('2026-12-02');
    expect(demoSessionDefinition('2026-12-03', reference).rotationCutoff).toBe('2027-01-28');
  });

  it('FA-1 sign-up is open at noon of the seeding day, Beijing time', () => {
    const definition = demoSessionDefinition('2026-12-03', reference);
    expect(isWithinWindow(definition.signupWindow, beijingToInstant('2026-12-03 12:00'))).toBe(true);
    expect(definition.year).toBe(2026);
  });
});
