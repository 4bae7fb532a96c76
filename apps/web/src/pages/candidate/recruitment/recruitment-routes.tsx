import { Result } from 'antd';
import { Route, Routes } from 'react-router';
import RoundPage from './round-page';
import RoundsPage from './rounds-page';

/** The applicant's recruitment pages, loaded only when one of them is opened. */
export default function RecruitmentRoutes() {
  return (
    <Routes>
      <Route index element={<RoundsPage />} />
      <Route path="rounds/:roundId" element={<RoundPage />} />
      <Route path="*" element={<Result status="404" title="页面不存在" />} />
    </Routes>
  );
}
