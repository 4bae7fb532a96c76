import { formatBeijing, TimeWindow, windowPhase } from '@app/common/time';

export interface SignupWindows {
  signupWindow: TimeWindow;
  reviewWindow: TimeWindow;
}

/** Why a sign-up change is refused for its timing, with the window in Beijing time for the message. */
export interface SignupWindowRefusal {
  code: 'SIGNUP_WINDOW_NOT_OPEN' | 'SIGNUP_WINDOW_CLOSED';
  opensAt: string;
  closesAt: string;
}

/**
 * FA-1: the window a sign-up change is judged against. FA-8: a sign-up returned for correction may be
 * corrected until the review window closes, even after the sign-up window has.
 */
export function signupWindowOf(session: SignupWindows, isCorrection: boolean): TimeWindow {
  return isCorrection ? { opensAt: session.signupWindow.opensAt, closesAt: session.reviewWindow.closesAt } : session.signupWindow;
}

/**
 * FA-1: null inside the window; before it, "not open yet" with the opening time; from its closing
 * instant on, closed (漏报、逾期不予补报). Half-open, to the second: [opensAt, closesAt).
 */
export function signupWindowRefusal(window: TimeWindow, now: Date): SignupWindowRefusal | null {
  const phase = windowPhase(window, now);
  if (phase === 'OPEN') return null;
  return {
    code: phase === 'NOT_OPEN' ? 'SIGNUP_WINDOW_NOT_OPEN' : 'SIGNUP_WINDOW_CLOSED',
    opensAt: formatBeijing(window.opensAt),
    closesAt: formatBeijing(window.closesAt),
  };
}
