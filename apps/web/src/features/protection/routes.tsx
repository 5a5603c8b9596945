import { Outlet, type RouteObject } from 'react-router';
import { RequireSession } from '../../auth/RequireSession';
import { CASE_READERS, CASE_REGISTRARS, FOLLOW_UP_READERS, JOURNEY_READERS } from './roles';

/** The protection screens, each loaded when first opened (lazy), under the signed-in layout. */
export const protectionRoutes: RouteObject[] = [
  {
    element: (
      <RequireSession roles={CASE_READERS}>
        <Outlet />
      </RequireSession>
    ),
    children: [
      { path: 'protection/cases', lazy: async () => ({ Component: (await import('./CaseListPage')).CaseListPage }) },
      {
        path: 'protection/cases/new',
        lazy: async () => {
          const { RegisterCasePage } = await import('./RegisterCasePage');
          return {
            Component: () => (
              <RequireSession roles={CASE_REGISTRARS}>
                <RegisterCasePage />
              </RequireSession>
            ),
          };
        },
      },
      { path: 'protection/cases/:personId', lazy: async () => ({ Component: (await import('./CasePage')).CasePage }) },
      {
        path: 'protection/cases/:personId/history',
        lazy: async () => {
          const { CasePage } = await import('./CasePage');
          return { Component: () => <CasePage tab="history" /> };
        },
      },
      {
        path: 'protection/cases/:personId/journey',
        lazy: async () => {
          const { CasePage } = await import('./CasePage');
          return {
            Component: () => (
              <RequireSession roles={JOURNEY_READERS}>
                <CasePage tab="journey" />
              </RequireSession>
            ),
          };
        },
      },
    ],
  },
  {
    path: 'protection/follow-ups',
    lazy: async () => {
      const { OverdueFollowUpsPage } = await import('./OverdueFollowUpsPage');
      return {
        Component: () => (
          <RequireSession roles={FOLLOW_UP_READERS}>
            <OverdueFollowUpsPage />
          </RequireSession>
        ),
      };
    },
  },
];
