import { Result } from 'antd';
import { Route, Routes } from 'react-router';

/** The centre's pages for the session editor, re-review, exceptions, sites and seating, ticket generation, the national roster. */
export default function OperationsRoutes() {
  return (
    <Routes>
      <Route path="*" element={<Result status="404" title="页面不存在" />} />
    </Routes>
  );
}
