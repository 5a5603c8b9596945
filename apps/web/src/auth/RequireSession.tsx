import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthProvider';
import type { Role } from './session';
import { ForbiddenPage } from '../ui/StatusPages';

/** Screens behind a sign-in; with `roles`, only for those roles (the API decides again). */
export function RequireSession({ children, roles }: { children: ReactNode; roles?: readonly Role[] }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (roles && !roles.includes(session.user.role)) return <ForbiddenPage />;
  return <>{children}</>;
}
