import { ConfigProvider, Grid, Result } from 'antd';
import { Route, Routes } from 'react-router';
import CandidateHomePage from './home/home-page';
import MessagesPage from './messages/messages-page';
import ProfilePage from './profile/profile-page';
import ResultsPage from './results/results-page';
import SignupPage from './signup/signup-page';
import { READABLE } from './shared/theme';
import TicketsPage from './tickets/tickets-page';

/** On a phone the cards keep less padding, so a line of a rule's explanation keeps more of its width. */
const PHONE_CARD = { styles: { header: { paddingInline: 14 }, body: { padding: 14 } } };

/** The candidate pages, loaded only when one of them is opened. */
export default function CandidateRoutes() {
  const phone = !Grid.useBreakpoint().md;
  return (
    <ConfigProvider theme={READABLE} card={phone ? PHONE_CARD : undefined}>
      <Routes>
        <Route index element={<CandidateHomePage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="signup" element={<SignupPage />} />
        <Route path="tickets" element={<TicketsPage />} />
        <Route path="results" element={<ResultsPage />} />
        <Route path="messages" element={<MessagesPage />} />
        <Route path="*" element={<Result status="404" title="页面不存在" />} />
      </Routes>
    </ConfigProvider>
  );
}
