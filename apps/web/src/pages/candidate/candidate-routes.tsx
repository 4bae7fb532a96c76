import { ConfigProvider, Grid, Result, type ThemeConfig } from 'antd';
import { Route, Routes } from 'react-router';
import CandidateHomePage from './home/home-page';
import MessagesPage from './messages/messages-page';
import ProfilePage from './profile/profile-page';
import ResultsPage from './results/results-page';
import SignupPage from './signup/signup-page';
import TicketsPage from './tickets/tickets-page';

/**
 * antd's secondary greys (labels, empty states, waiting steps: 45 % black) fall short of WCAG AA contrast on
 * white, and so does its error red (#ff4d4f) in a return's reason or a field's error; candidates read dates and
 * reasons in them, so these pages use darker shades. Links inside sentences are underlined, so they are told
 * apart by more than colour.
 */
const READABLE: ThemeConfig = {
  token: { colorTextSecondary: '#595959', colorTextTertiary: '#595959', colorTextDescription: '#595959', colorError: '#cf1322', linkDecoration: 'underline' },
};

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
