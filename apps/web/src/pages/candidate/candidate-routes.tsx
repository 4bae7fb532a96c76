import { Result } from 'antd';
import { Route, Routes } from 'react-router';

/** The candidate pages, loaded only when one of them is opened. */
export default function CandidateRoutes() {
  return (
    <Routes>
      <Route path="*" element={<Result status="404" title="页面不存在" />} />
    </Routes>
  );
}
