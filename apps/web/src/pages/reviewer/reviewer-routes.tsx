import { Result } from 'antd';
import { Route, Routes } from 'react-router';

/** The reviewer pages, loaded only when one of them is opened. */
export default function ReviewerRoutes() {
  return (
    <Routes>
      <Route path="*" element={<Result status="404" title="页面不存在" />} />
    </Routes>
  );
}
