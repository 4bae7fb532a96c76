import { Result } from 'antd';
import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useReviewer } from './reviewer-context';
import { SignupListPage } from './signups/signup-list-page';
import { StandingPage } from './standing/standing-page';
import { StatisticsPage } from './statistics/statistics-page';
import { TicketsPage } from './tickets/tickets-page';
import { TraineeListPage } from './trainees/trainee-list-page';

/** Recruitment (招录) is its own chunk, shared with the centre's pages. */
const RecruitmentStaffRoutes = lazy(() => import('../recruitment-staff/recruitment-staff-routes'));

/**
 * The reviewer pages, loaded only when one of them is opened: under /base for a base reviewer (who reviews),
 * under /city for a city reviewer (who only looks). The API scopes every answer to the reviewer's organisation.
 */
export default function ReviewerRoutes() {
  const { readOnly } = useReviewer();
  return (
    <Routes>
      <Route index element={<Navigate to="signups" replace />} />
      <Route path="signups" element={<SignupListPage />} />
      <Route path="trainees" element={<TraineeListPage />} />
      <Route path="standing" element={<StandingPage />} />
      <Route path="recruitment/*" element={<RecruitmentStaffRoutes />} />
      {!readOnly && <Route path="tickets" element={<TicketsPage />} />}
      {readOnly && <Route path="statistics" element={<StatisticsPage />} />}
      <Route path="*" element={<Result status="404" title="页面不存在" subTitle="请从左侧菜单选择要打开的页面。" />} />
    </Routes>
  );
}
