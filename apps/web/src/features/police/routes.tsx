import { Outlet, type RouteObject } from 'react-router';
import { RequireSession } from '../../auth/RequireSession';
import type { Role } from '../../auth/session';

/** Who reads police cases (PoliceCaseQueriesController) and who acts on them (…CommandsController). */
export const CASE_READERS: readonly Role[] = ['police', 'prosecutor', 'auditor', 'admin'];
export const CASE_WRITERS: readonly Role[] = ['police'];

/** The police screens, each loaded when first opened (lazy), under the signed-in layout. */
export const policeRoutes: RouteObject[] = [
  {
    element: (
      <RequireSession roles={CASE_READERS}>
        <Outlet />
      </RequireSession>
    ),
    children: [
      { path: 'police/cases', lazy: async () => ({ Component: (await import('./CaseListPage')).CaseListPage }) },
      {
        path: 'police/cases/new',
        lazy: async () => {
          const { OpenCasePage } = await import('./OpenCasePage');
          return {
            Component: () => (
              <RequireSession roles={CASE_WRITERS}>
                <OpenCasePage />
              </RequireSession>
            ),
          };
        },
      },
      { path: 'police/cases/:caseId', lazy: async () => ({ Component: (await import('./CasePage')).CasePage }) },
      {
        path: 'police/cases/:caseId/history',
        lazy: async () => {
          const { CasePage } = await import('./CasePage');
          return { Component: () => <CasePage tab="history" /> };
        },
      },
    ],
  },
];
