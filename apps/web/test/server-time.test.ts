import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { learnServerTime, onServerTimeMoved, serverNow } from '../src/api/server-time.ts';

const answerDated = (ms: number) => new Response(null, { headers: { date: new Date(ms).toUTCString() } });
const HOUR = 3_600_000;

describe('the platform clock: learned from the API, told to whoever drew before', () => {
  it('takes the offset of the Date header and tells listeners once it moves by a second or more', () => {
    let told = 0;
    const unsubscribe = onServerTimeMoved(() => (told += 1));
    learnServerTime(answerDated(Date.now() - 2 * 365 * 24 * HOUR));
    assert.equal(told, 1);
    assert.ok(Math.abs(serverNow() - (Date.now() - 2 * 365 * 24 * HOUR)) < 2_000);
    // The same clock again (within the header's whole second): nobody is told.
    learnServerTime(answerDated(Date.now() - 2 * 365 * 24 * HOUR));
    assert.equal(told, 1);
    unsubscribe();
    learnServerTime(answerDated(Date.now()));
    assert.equal(told, 1);
    assert.ok(Math.abs(serverNow() - Date.now()) < 2_000);
  });

  it('an answer without a readable Date header changes nothing', () => {
    learnServerTime(answerDated(Date.now() + HOUR));
    const before = serverNow() - Date.now();
    learnServerTime(new Response(null));
    assert.ok(Math.abs(serverNow() - Date.now() - before) < 50);
  });
});
