import { Result } from 'antd';
import { Route, Routes } from 'react-router';
import { CheckerPage } from './checker-page';

/** The exam-site checker's pages, loaded only when one of them is opened. */
export default function CheckerRoutes() {
  return (
    <Routes>
      <Route index element={<CheckerPage />} />
      <Route path="*" element={<Result status="404" title="页面不存在" />} />
    </Routes>
  );
}
