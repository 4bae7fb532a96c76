import { beijingToInstant, noticeWindow } from '@app/common/time';
import { signupWindowOf, signupWindowRefusal } from './signup-window.rules';

// Fujian 2024: sign-up 2024-02-29 08:00 – 03-10 23:59 (closes 03-11 00:00), review 03-04 – 03-13.
const session = { signupWindow: noticeWindow('2024-02-29 08:00', '2024-03-10 23:59'), reviewWindow: noticeWindow('2024-03-04', '2024-03-13') };
const at = (beijing: string) => beijingToInstant(beijing);

describe('FA-1 sign-up window refusals: not open yet is not "late"', () => {
  it.each<[string, 'SIGNUP_WINDOW_NOT_OPEN' | 'SIGNUP_WINDOW_CLOSED' | null]>([
    ['2024-02-28 08:00:00', 'SIGNUP_WINDOW_NOT_OPEN'],
    ['2024-02-29 00:00:00', 'SIGNUP_WINDOW_NOT_OPEN'],
    ['2024-02-29 07:59:59', 'SIGNUP_WINDOW_NOT_OPEN'],
    ['2024-02-29 08:00:00', null],
    ['2024-03-10 23:59:59', null],
    ['2024-03-11 00:00:00', 'SIGNUP_WINDOW_CLOSED'],
    ['2025-01-01 00:00:00', 'SIGNUP_WINDOW_CLOSED'],
  ])('FA-1 at %s Beijing time → %s', (beijing, code) => {
    expect(signupWindowRefusal(session.signupWindow, at(beijing))?.code ?? null).toBe(code);
  });

  it('FA-1 one second early names the opening time in Beijing time', () => {
    expect(signupWindowRefusal(session.signupWindow, at('2024-02-29 07:59:59'))).toEqual({
      code: 'SIGNUP_WINDOW_NOT_OPEN',
      opensAt: '2024-02-29T08:00:00+08:00',
      closesAt: '2024-03-11T00:00:00+08:00',
    });
  });

  it('FA-1 one millisecond before opening is still not open; the opening instant itself is open', () => {
    expect(signupWindowRefusal(session.signupWindow, new Date(session.signupWindow.opensAt.getTime() - 1))?.code).toBe('SIGNUP_WINDOW_NOT_OPEN');
    expect(signupWindowRefusal(session.signupWindow, session.signupWindow.opensAt)).toBeNull();
  });
});

describe('FA-1 / FA-8 the window a sign-up change is judged against', () => {
  it('FA-1 a new sign-up: the sign-up window', () => {
    expect(signupWindowOf(session, false)).toEqual(session.signupWindow);
  });

  it('FA-8 a correction: from the sign-up opening until the review window closes', () => {
    const window = signupWindowOf(session, true);
    expect(window).toEqual({ opensAt: session.signupWindow.opensAt, closesAt: session.reviewWindow.closesAt });
    expect(signupWindowRefusal(window, at('2024-03-13 23:59:59'))).toBeNull();
    expect(signupWindowRefusal(window, at('2024-03-14 00:00:00'))?.code).toBe('SIGNUP_WINDOW_CLOSED');
  });
});
