import type { RouteObject } from 'react-router';
import { RequireSession } from '../../auth/RequireSession';
import { loadNamespace } from '../../i18n';

/**
 * The admin screens, each loaded when first opened (lazy), under the signed-in layout: forgetting
 * a person, and the local accounts (`./users`).
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
  {
    path: 'admin/users',
    lazy: async () => {
      // The intake namespace names a border official's unit.
      const [{ UsersPage }] = await Promise.all([import('./users/UsersPage'), loadNamespace('intake')]);
      return {
        Component: () => (
          // Only an admin manages local accounts (the API's access policy on /api/admin/users).
          <RequireSession roles={['admin']}>
            <UsersPage />
          </RequireSession>
        ),
      };
    },
  },
];
