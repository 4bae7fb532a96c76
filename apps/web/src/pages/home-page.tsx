import { Navigate } from 'react-router';
import { useSession } from '../session/session';
import { ROLE_HOME } from '../shell/menus';

/** The root: each role's own first page, or the login page. */
export function HomePage() {
  const { ready, role } = useSession();
  if (!ready) return null;
  return <Navigate to={role ? ROLE_HOME[role] : '/login'} replace />;
}
