import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, Layout, Typography, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { PRODUCT_TITLE } from './product';
import { SessionProvider } from './session/session';

// antd's default primary blue (#1677ff) under white text falls short of WCAG AA contrast (4.2:1); its next shade passes.
const THEME: ThemeConfig = { token: { colorPrimary: '#0958d9' } };

/** The portal's shell: Chinese locale, one query client, the signed-in session (in memory only), the routes. */
export function App() {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { mutations: { retry: false }, queries: { retry: false } } }));
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <BrowserRouter>
            <Layout style={{ minHeight: '100vh' }}>
              <Layout.Header style={{ display: 'flex', alignItems: 'center' }}>
                <Typography.Title level={1} style={{ color: '#fff', fontSize: 20, margin: 0 }}>
                  {PRODUCT_TITLE}
                </Typography.Title>
              </Layout.Header>
              {/* Layout.Content is the page's <main>. */}
              <Layout.Content style={{ padding: 24 }}>
                <Routes>
                  <Route path="/login" element={<LoginPage />} />
                  <Route path="/" element={<HomePage />} />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Routes>
              </Layout.Content>
            </Layout>
          </BrowserRouter>
        </SessionProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
