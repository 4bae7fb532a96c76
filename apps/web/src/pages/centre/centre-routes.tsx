import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';

const OperationsRoutes = lazy(() => import('./operations-routes'));
const ScoringRoutes = lazy(() => import('./scoring-routes'));
const RecruitmentStaffRoutes = lazy(() => import('../recruitment-staff/recruitment-staff-routes'));

const OPERATIONS = new Set(['sessions', 'signups', 'exceptions', 'sites', 'tickets', 'national-roster']);
const SCORING = new Set(['scores', 'results', 'statistics', 'audit', 'accounts']);

/**
 * The provincial centre's pages: running a session (operations) and scoring it (scoring), each its own chunk.
 * Both route files match paths relative to /centre; recruitment (招录) is a chunk shared with the bases and cities.
 */
export default function CentreRoutes() {
  const section = useLocation().pathname.split('/')[2] ?? '';
  if (OPERATIONS.has(section)) return <OperationsRoutes />;
  if (SCORING.has(section)) return <ScoringRoutes />;
  if (section === 'recruitment')
    return (
      <Routes>
        <Route path="recruitment/*" element={<RecruitmentStaffRoutes />} />
      </Routes>
    );
  return <Navigate to="/centre/sessions" replace />;
}
