import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { ForbiddenPage } from '../../ui/StatusPages';
import { tabsFor } from './access';

/** `/statistics`: the first table the reader's role may read (law enforcement for the police, prosecution for the courts). */
export function StatisticsIndex() {
  const { user } = useSession();
  const { search } = useLocation();
  const [first] = tabsFor(user.role);
  if (!first) return <ForbiddenPage />;
  return <Navigate to={`/statistics/${first}${search}`} replace />;
}
