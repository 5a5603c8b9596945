import type { RouteObject } from 'react-router';
import { RequireSession } from '../../auth/RequireSession';
import type { Role } from '../../auth/session';

/** Who reads court files and deadlines (libs/court/api: CourtFileQueriesController's policy). */
export const COURT_READERS: readonly Role[] = ['prosecutor', 'judge', 'auditor'];

/** The court screens, each loaded when first opened (lazy), under the signed-in layout. */
export const courtRoutes: RouteObject[] = [
  {
    path: 'court/files',
    lazy: async () => {
      const { CourtFileListPage } = await import('./CourtFileListPage');
      return { Component: () => <RequireSession roles={COURT_READERS}><CourtFileListPage /></RequireSession> };
    },
  },
  {
    path: 'court/files/:fileId',
    lazy: async () => {
      const { CourtFilePage } = await import('./CourtFilePage');
      return { Component: () => <RequireSession roles={COURT_READERS}><CourtFilePage /></RequireSession> };
    },
  },
  {
    path: 'court/files/:fileId/history',
    lazy: async () => {
      const { FileHistoryPage } = await import('./FileHistoryPage');
      return { Component: () => <RequireSession roles={COURT_READERS}><FileHistoryPage /></RequireSession> };
    },
  },
  {
    path: 'court/deadlines',
    lazy: async () => {
      const { DeadlinesPage } = await import('./DeadlinesPage');
      return { Component: () => <RequireSession roles={COURT_READERS}><DeadlinesPage /></RequireSession> };
    },
  },
];
