import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Layout, Spin, Typography } from 'antd';
// The ES module: its default export is the locale itself (the CommonJS entry's default arrives wrapped, and antd's
// own texts would stay English).
import zhCN from 'antd/es/locale/zh_CN';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomePage } from './pages/home-page';
import { prefetchCandidateHome } from './pages/candidate/shared/prefetch-home';
import { PRODUCT_TITLE } from './product';
import type { SessionUser } from './api/tokens';
import { SessionProvider } from './session/session';
import { THEME } from './theme';
import { AppLayout } from './shell/app-layout';
import { RequireRole } from './shell/require-role';

// Each role's pages are a chunk of their own: a candidate never downloads the centre's charts.
const CandidateRoutes = lazy(() => import('./pages/candidate/candidate-routes'));
const ReviewerRoutes = lazy(() => import('./pages/reviewer/reviewer-routes'));
const CentreRoutes = lazy(() => import('./pages/centre/centre-routes'));
const CheckerRoutes = lazy(() => import('./pages/checker/checker-routes'));
const RegisterPage = lazy(() => import('./pages/candidate/register-page'));
// The login form is a chunk of its own too: a reload of a page already logged in does not evaluate it.
const LoginPage = lazy(() => import('./pages/login-page').then((module) => ({ default: module.LoginPage })));
const VerifyPage = lazy(() => import('./pages/checker/verify-page'));
const VerifyAdmissionPage = lazy(() => import('./pages/checker/verify-admission-page'));

const loading = <Spin size="large" style={{ display: 'block', margin: '96px auto' }} aria-label="正在加载" />;

/** A page anyone may open (login, registration, ticket verification): the title bar and the page. */
function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', paddingInline: 16 }}>
        <Typography.Title level={1} style={{ color: '#fff', fontSize: 'clamp(15px, 4.2vw, 20px)', margin: 0, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {PRODUCT_TITLE}
        </Typography.Title>
      </Layout.Header>
      {/* Layout.Content is the page's <main>. */}
      <Layout.Content style={{ padding: 'clamp(12px, 3vw, 24px)' }}>
        <Suspense fallback={loading}>{children}</Suspense>
      </Layout.Content>
    </Layout>
  );
}

function RolePages({ roles, children }: { roles: Parameters<typeof RequireRole>[0]['roles']; children: ReactNode }) {
  return (
    <RequireRole roles={roles}>
      <AppLayout>
        <Suspense fallback={loading}>{children}</Suspense>
      </AppLayout>
    </RequireRole>
  );
}

/** The portal's shell: Chinese locale, one query client, the login, the routes of each role. */
export function App() {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false }, queries: { retry: false, refetchOnWindowFocus: false } } }));
  const onResumed = (user: SessionUser | null) => prefetchCandidateHome(queryClient, user, window.location.pathname);
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntApp component={false}>
        <QueryClientProvider client={queryClient}>
          <SessionProvider onResumed={onResumed}>
            <BrowserRouter>
              <Routes>
                <Route path="/login" element={<PublicFrame><LoginPage /></PublicFrame>} />
                <Route path="/register" element={<PublicFrame><RegisterPage /></PublicFrame>} />
                <Route path="/verify/:token" element={<PublicFrame><VerifyPage /></PublicFrame>} />
                <Route path="/verify-admission/:token" element={<PublicFrame><VerifyAdmissionPage /></PublicFrame>} />
                <Route path="/candidate/*" element={<RolePages roles={['CANDIDATE']}><CandidateRoutes /></RolePages>} />
                <Route path="/base/*" element={<RolePages roles={['BASE_REVIEWER']}><ReviewerRoutes /></RolePages>} />
                <Route path="/city/*" element={<RolePages roles={['CITY_REVIEWER']}><ReviewerRoutes /></RolePages>} />
                <Route path="/centre/*" element={<RolePages roles={['CENTRE_ADMIN']}><CentreRoutes /></RolePages>} />
                <Route path="/checker/*" element={<RolePages roles={['CHECKER']}><CheckerRoutes /></RolePages>} />
                <Route path="*" element={<HomePage />} />
              </Routes>
            </BrowserRouter>
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
