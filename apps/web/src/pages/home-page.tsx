import { Result } from 'antd';
import { Navigate } from 'react-router';
import { useSession } from '../session/session';

export function HomePage() {
  const { session } = useSession();
  if (!session) return <Navigate to="/login" replace />;
  return <Result status="success" title={`已登录：${session.user.displayName || session.user.username}`} />;
}
