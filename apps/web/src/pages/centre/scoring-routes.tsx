import { ConfigProvider, Result, Spin, type ThemeConfig } from 'antd';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import AccountsPage from './accounts/accounts-page';
import AuditPage from './audit/audit-page';
import ResultsPage from './results/results-page';
import ScoreImportDetailPage from './scores/score-import-detail-page';
import ScoreImportPage from './scores/score-import-page';

// The charts library is loaded with the statistics page only: the other pages (and every other role) never download it.
const StatisticsPage = lazy(() => import('./statistics/statistics-page'));

/**
 * antd's secondary and description text (45% black, #8c8c8c on white) and its danger red (#ff4d4f) fall short
 * of WCAG AA contrast (3.4:1, 3.3:1); these pages explain a lot in grey and offer "void" and "disable" as red
 * links, so both are darkened here (#595959 is 7:1, #cf1322 is 5.9:1).
 */
const READABLE: ThemeConfig = { token: { colorTextDescription: '#595959', colorTextTertiary: '#595959', colorError: '#cf1322' } };

/** The centre's pages for score import, publication and corrections, statistics, the audit search, accounts. */
export default function ScoringRoutes() {
  return (
    <ConfigProvider theme={READABLE}>
      <Routes>
        <Route path="scores" element={<ScoreImportPage />} />
        <Route path="scores/:importId" element={<ScoreImportDetailPage />} />
        <Route path="results" element={<ResultsPage />} />
        <Route
          path="statistics"
          element={
            <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '96px auto' }} aria-label="正在加载" />}>
              <StatisticsPage />
            </Suspense>
          }
        />
        <Route path="audit" element={<AuditPage />} />
        <Route path="accounts" element={<AccountsPage />} />
        <Route path="*" element={<Result status="404" title="页面不存在" />} />
      </Routes>
    </ConfigProvider>
  );
}
