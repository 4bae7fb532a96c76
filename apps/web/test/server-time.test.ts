import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { learnServerTime, onServerTimeMoved, serverNow } from '../src/api/server-time.ts';

/** An answer of the API whose Date header says the platform's clock reads `at`. */
const answerAt = (at: number) => new Response(null, { headers: { date: new Date(at).toUTCString() } });

describe('the platform’s clock, learned from the API’s answers', () => {
  it('a computer whose clock is a day behind: now is the platform’s, and pages are told once to judge again', () => {
    let told = 0;
    const stop = onServerTimeMoved(() => (told += 1));
    const platform = Date.now() + 24 * 3600_000;
    learnServerTime(answerAt(platform));
    assert.ok(Math.abs(serverNow() - platform) < 2_000, 'serverNow follows the Date header');
    assert.equal(told, 1);
    // Further answers move the offset by the header's whole seconds only: nobody is told again.
    learnServerTime(answerAt(platform + 400));
    learnServerTime(answerAt(platform - 600));
    assert.equal(told, 1);
    stop();
    learnServerTime(answerAt(Date.now()));
    assert.equal(told, 1, 'an unsubscribed page is not told');
  });

  it('an answer without a readable Date header changes nothing', () => {
    let told = 0;
    const stop = onServerTimeMoved(() => (told += 1));
    const before = serverNow();
    learnServerTime(new Response(null, { headers: { date: 'not a date' } }));
    learnServerTime(new Response(null));
    assert.ok(Math.abs(serverNow() - before) < 1_000);
    assert.equal(told, 0);
    stop();
  });
});
