import type { RouteObject } from 'react-router';
import { RequireSession } from '../../auth/RequireSession';
import { ACCESS_LOG_ROLES, HISTORY_ROLES } from './records';

/** The audit screens, each loaded when first opened (lazy), under the signed-in layout. */
export const auditRoutes: RouteObject[] = [
  {
    path: 'audit',
    lazy: async () => {
      const { AccessLogPage } = await import('./AccessLogPage');
      return {
        Component: () => (
          <RequireSession roles={ACCESS_LOG_ROLES}>
            <AccessLogPage />
          </RequireSession>
        ),
      };
    },
  },
  {
    path: 'audit/cases/:caseId',
    lazy: async () => {
      const { PoliceCaseHistoryPage } = await import('./RecordHistoryPage');
      return {
        Component: () => (
          <RequireSession roles={HISTORY_ROLES['police-case']}>
            <PoliceCaseHistoryPage />
          </RequireSession>
        ),
      };
    },
  },
  {
    path: 'audit/files/:fileId',
    lazy: async () => {
      const { CourtFileHistoryPage } = await import('./RecordHistoryPage');
      return {
        Component: () => (
          <RequireSession roles={HISTORY_ROLES['court-file']}>
            <CourtFileHistoryPage />
          </RequireSession>
        ),
      };
    },
  },
  {
    path: 'audit/protection-cases/:personId',
    lazy: async () => {
      const { ProtectionCaseHistoryPage } = await import('./RecordHistoryPage');
      return {
        Component: () => (
          <RequireSession roles={HISTORY_ROLES['protection-case']}>
            <ProtectionCaseHistoryPage />
          </RequireSession>
        ),
      };
    },
  },
];
