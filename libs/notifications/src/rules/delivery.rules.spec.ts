import { afterSendFailure, classifySendError, isMailAddress, retryDelayMs } from './delivery.rules';

const NOW = new Date('2024-03-06T02:00:00.000Z');

describe('e-mail delivery rules', () => {
  it('a 5xx answer to the recipient or the message is permanent; a 4xx, a dropped connection, or a 5xx at login is tried again', () => {
    expect(classifySendError({ responseCode: 550, command: 'RCPT TO', response: '550 5.1.1 no such user' })).toEqual({ permanent: true, message: '550 5.1.1 no such user' });
    expect(classifySendError({ responseCode: 554, command: 'DATA', message: 'refused' }).permanent).toBe(true);
    expect(classifySendError({ responseCode: 451, command: 'RCPT TO', response: '451 try later' }).permanent).toBe(false);
    expect(classifySendError({ responseCode: 535, command: 'AUTH PLAIN', response: '535 bad login' }).permanent).toBe(false);
    expect(classifySendError({ message: 'connect ECONNREFUSED 127.0.0.1:2525' })).toEqual({ permanent: false, message: 'connect ECONNREFUSED 127.0.0.1:2525' });
    expect(classifySendError({}).message).toBe('unknown error');
    expect(classifySendError({ message: 'x'.repeat(900) }).message).toHaveLength(500);
  });

  it('waits 1, 5, 25 minutes, then 2 h 5 min, then at most 6 hours between tries', () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelayMs)).toEqual([60_000, 300_000, 1_500_000, 7_500_000, 21_600_000, 21_600_000]);
  });

  it('a passing failure is tried again after the wait while tries remain; the last try, or a permanent failure, is FAILED', () => {
    expect(afterSendFailure({ permanent: false, message: '451' }, 1, 5, NOW)).toEqual({ status: 'PENDING', nextAttemptAt: new Date(NOW.getTime() + 60_000), error: '451' });
    expect(afterSendFailure({ permanent: false, message: '451' }, 4, 5, NOW)).toMatchObject({ status: 'PENDING' });
    expect(afterSendFailure({ permanent: false, message: '451' }, 5, 5, NOW)).toEqual({ status: 'FAILED', error: '451' });
    expect(afterSendFailure({ permanent: true, message: '550' }, 1, 5, NOW)).toEqual({ status: 'FAILED', error: '550' });
  });

  it('sends only to a plausible single address', () => {
    expect(isMailAddress('lin.xiaohua@example.org')).toBe(true);
    for (const bad of [null, undefined, '', 'lin', 'lin@example', 'a@b.org, c@d.org', 'Lin <lin@example.org>', `${'a'.repeat(250)}@b.org`]) expect(isMailAddress(bad)).toBe(false);
  });
});
