import type { RouteObject } from 'react-router';
import { RequireSession } from '../../auth/RequireSession';

/**
 * The admin screens, each loaded when first opened (lazy), under the signed-in layout. (User
 * management lives in `./users` and adds its own `admin/users` route.)
 */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin/forget',
    lazy: async () => {
      const { ForgetPersonPage } = await import('./forget/ForgetPersonPage');
      return {
        Component: () => (
          // Only an admin forgets a person (the API's access policy).
          <RequireSession roles={['admin']}>
            <ForgetPersonPage />
          </RequireSession>
        ),
      };
    },
  },
];
