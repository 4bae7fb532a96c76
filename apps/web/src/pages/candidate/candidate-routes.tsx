import { ConfigProvider, Grid, Result, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../../session/session';
import { isApplicant } from '../../shell/menus';
import CandidateHomePage from './home/home-page';
import MessagesPage from './messages/messages-page';
import ProfilePage from './profile/profile-page';
import ResultsPage from './results/results-page';
import SignupPage from './signup/signup-page';
import { READABLE } from './shared/theme';
import TicketsPage from './tickets/tickets-page';

const RecruitmentRoutes = lazy(() => import('./recruitment/recruitment-routes'));

/** On a phone the cards keep less padding, so a line of a rule's explanation keeps more of its width. */
const PHONE_CARD = { styles: { header: { paddingInline: 14 }, body: { padding: 14 } } };

/** The candidate pages, loaded only when one of them is opened. */
export default function CandidateRoutes() {
  const phone = !Grid.useBreakpoint().md;
  const { role, user } = useSession();
  // An applicant's account has no trainee record: its home is the recruitment pages.
  const applicant = isApplicant(role, user?.traineeId);
  return (
    <ConfigProvider theme={READABLE} card={phone ? PHONE_CARD : undefined}>
      <Routes>
        <Route index element={applicant ? <Navigate to="recruitment" replace /> : <CandidateHomePage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="signup" element={<SignupPage />} />
        <Route path="tickets" element={<TicketsPage />} />
        <Route path="results" element={<ResultsPage />} />
        <Route path="messages" element={<MessagesPage />} />
        <Route
          path="recruitment/*"
          element={
            <Suspense fallback={<Spin aria-label="正在加载" />}>
              <RecruitmentRoutes />
            </Suspense>
          }
        />
        <Route path="*" element={<Result status="404" title="页面不存在" />} />
      </Routes>
    </ConfigProvider>
  );
}
