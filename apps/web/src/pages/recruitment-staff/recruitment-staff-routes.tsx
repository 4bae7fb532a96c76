import { Result, Space, Spin, Typography } from 'antd';
import { Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { AdmissionPage } from './admission/admission-page';
import { ApplicationListPage } from './applications/application-list-page';
import { ApplicationPage } from './applications/application-page';
import { PlacementsPage } from './placements/placements-page';
import { RoundsPage } from './rounds/rounds-page';
import { ScoresPage } from './scores/scores-page';
import { SECTION_LABEL, sectionsOf, StaffRecruitmentContext, useStanding, type Section } from './staff-context';

const PAGES: Record<Section, React.ReactNode> = {
  rounds: <RoundsPage />,
  applications: <ApplicationListPage />,
  scores: <ScoresPage />,
  admission: <AdmissionPage />,
  placements: <PlacementsPage />,
};

/**
 * Recruitment for staff, one chunk for /base, /city and /centre: what is shown follows the actor's standing the API
 * reports (a base, a city commission, or the round's authority — 孝感市's city commission is one), not the role alone.
 */
export default function RecruitmentStaffRoutes() {
  const standing = useStanding();
  const area = useLocation().pathname.split('/')[1] ?? '';
  const root = `/${area}/recruitment`;
  if (standing.isPending) return <Spin tip="正在加载…" />;
  if (standing.isError)
    return (
      <>
        <Typography.Title level={2}>招录工作</Typography.Title>
        <ErrorAlert error={standing.error} />
      </>
    );
  const sections = sectionsOf(standing.data);
  return (
    <StaffRecruitmentContext.Provider value={{ standing: standing.data, root }}>
      <nav aria-label="招录工作" style={{ marginBottom: 8 }}>
        <Space wrap size={4}>
          <Typography.Text type="secondary">
            招录工作（{standing.data.jurisdictionName.zh}
            {standing.data.kind === 'AUTHORITY' ? '，招录主管部门' : standing.data.kind === 'CITY' ? '，市卫生健康委' : '，培训基地'}）：
          </Typography.Text>
          {sections.map((section) => (
            <NavLink key={section} to={`${root}/${section}`} className="ant-btn ant-btn-link" style={({ isActive }) => ({ fontWeight: isActive ? 600 : undefined, padding: '0 6px' })}>
              {SECTION_LABEL[section]}
            </NavLink>
          ))}
        </Space>
      </nav>
      <Routes>
        <Route index element={<Navigate to={sections[0]} replace />} />
        {sections.map((section) => (
          <Route key={section} path={section} element={PAGES[section]} />
        ))}
        <Route path="applications/:id" element={<ApplicationPage />} />
        <Route path="*" element={<Result status="404" title="页面不存在" subTitle="这一页不属于您的招录工作，请从上方选择要打开的页面。" />} />
      </Routes>
    </StaffRecruitmentContext.Provider>
  );
}
