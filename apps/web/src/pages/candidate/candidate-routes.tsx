import { ConfigProvider, Grid, Result, Spin } from 'antd';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../../session/session';
import { isApplicant } from '../../shell/menus';
import CandidateHomePage from './home/home-page';
import { READABLE } from './shared/theme';

// The home page comes with this chunk; every other page is its own, so the first page a candidate sees does not
// wait for the photo upload, the date pickers and the sign-up form. They are fetched once the home has drawn.
const loadProfile = () => import('./profile/profile-page');
const loadSignup = () => import('./signup/signup-page');
const loadTickets = () => import('./tickets/tickets-page');
const loadResults = () => import('./results/results-page');
const loadMessages = () => import('./messages/messages-page');
const ProfilePage = lazy(loadProfile);
const SignupPage = lazy(loadSignup);
const TicketsPage = lazy(loadTickets);
const ResultsPage = lazy(loadResults);
const MessagesPage = lazy(loadMessages);
const RecruitmentRoutes = lazy(() => import('./recruitment/recruitment-routes'));

/**
 * The trainee's other pages load in the background once the first has settled: a few seconds later, in idle time
 * (not sooner: on a slow computer their parsing would compete with drawing the first page).
 */
function usePrefetchPages(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const prefetch = () => void Promise.all([loadProfile(), loadSignup(), loadTickets(), loadResults(), loadMessages()]).catch(() => undefined);
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(prefetch, { timeout: 5_000 });
      else prefetch();
    }, 3_000);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [enabled]);
}

const loading = (page: ReactNode) => <Suspense fallback={<Spin aria-label="正在加载" />}>{page}</Suspense>;

/** On a phone the cards keep less padding, so a line of a rule's explanation keeps more of its width. */
const PHONE_CARD = { styles: { header: { paddingInline: 14 }, body: { padding: 14 } } };

/** The candidate pages, loaded only when one of them is opened. */
export default function CandidateRoutes() {
  const phone = !Grid.useBreakpoint().md;
  const { role, user } = useSession();
  // An applicant's account has no trainee record: its home is the recruitment pages.
  const applicant = isApplicant(role, user?.traineeId);
  usePrefetchPages(!applicant);
  return (
    <ConfigProvider theme={READABLE} card={phone ? PHONE_CARD : undefined}>
      <Routes>
        <Route index element={applicant ? <Navigate to="recruitment" replace /> : <CandidateHomePage />} />
        <Route path="profile" element={loading(<ProfilePage />)} />
        <Route path="signup" element={loading(<SignupPage />)} />
        <Route path="tickets" element={loading(<TicketsPage />)} />
        <Route path="results" element={loading(<ResultsPage />)} />
        <Route path="messages" element={loading(<MessagesPage />)} />
        <Route path="recruitment/*" element={loading(<RecruitmentRoutes />)} />
        <Route path="*" element={<Result status="404" title="页面不存在" />} />
      </Routes>
    </ConfigProvider>
  );
}
