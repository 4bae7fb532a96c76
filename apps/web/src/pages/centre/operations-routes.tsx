import { ConfigProvider, Result, type ThemeConfig } from 'antd';
// The ES module: the CommonJS 'antd/locale/zh_CN' reaches the bundle as { default: … }, and antd falls back to English.
import zhCN from 'antd/es/locale/zh_CN';
import { Route, Routes, useParams } from 'react-router';
import ExceptionsPage from './exceptions/exceptions-page';
import NationalRosterPage from './national-roster/national-roster-page';
import SignupReviewPage from './review/signup-review-page';
import SessionEditorPage from './sessions/session-editor-page';
import SessionListPage from './sessions/session-list-page';
import SitesPage from './sites/sites-page';
import TicketsPage from './tickets/tickets-page';

/**
 * Below WCAG AA in antd's defaults: secondary text (form hints, descriptions' labels, counters) #8c8c8c is 3.4:1 on
 * white, the error red #ff4d4f 3.3:1, white on the hover blue 4.2:1. These pages use darker ones. Buttons keep their
 * text as written (antd would put a space between two characters, so the visible label would differ from its name).
 */
const THEME: ThemeConfig = {
  token: { colorTextDescription: '#595959', colorTextTertiary: '#595959', colorError: '#cf1322', colorPrimaryHover: '#003eb3', colorPrimaryActive: '#002c8c' },
};

/** A new editor for each session (and for a new one): nothing typed for one session is carried to another. */
function SessionEditor() {
  const { id } = useParams();
  return <SessionEditorPage key={id ?? 'new'} />;
}

/** The centre's pages for the session editor, re-review, exceptions, sites and seating, ticket generation, the national roster. */
export default function OperationsRoutes() {
  return (
    <ConfigProvider locale={zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <Routes>
        <Route path="sessions" element={<SessionListPage />} />
        <Route path="sessions/new" element={<SessionEditor />} />
        <Route path="sessions/:id" element={<SessionEditor />} />
        <Route path="signups" element={<SignupReviewPage />} />
        <Route path="exceptions" element={<ExceptionsPage />} />
        <Route path="sites" element={<SitesPage />} />
        <Route path="tickets" element={<TicketsPage />} />
        <Route path="national-roster" element={<NationalRosterPage />} />
        <Route path="*" element={<Result status="404" title="页面不存在" />} />
      </Routes>
    </ConfigProvider>
  );
}
