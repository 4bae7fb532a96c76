import { Result } from 'antd';
import { Route, Routes } from 'react-router';

/** The centre's pages for score import, publication and corrections, statistics, the audit search, accounts. */
export default function ScoringRoutes() {
  return (
    <Routes>
      <Route path="*" element={<Result status="404" title="页面不存在" />} />
    </Routes>
  );
}
