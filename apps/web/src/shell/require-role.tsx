import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession, type Role } from '../session/session';

/** A page for some roles: the login page first (and back here after) when nobody is logged in. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { ready, role } = useSession();
  const location = useLocation();
  if (!ready) return <Spin size="large" style={{ display: 'block', margin: '96px auto' }} aria-label="正在加载" />;
  if (!role) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!roles.includes(role)) return <Result status="403" title="无权访问" subTitle="当前账号的角色不能使用此页面。" />;
  return <>{children}</>;
}
