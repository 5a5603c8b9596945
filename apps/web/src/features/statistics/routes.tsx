import type { RouteObject } from 'react-router';
import { RequireSession } from '../../auth/RequireSession';
import { loadNamespace } from '../../i18n';
import { COURT_TABLE_ROLES, INTAKE_STATISTICS_ROLES, JUSTICE_ROLES, LAW_ENFORCEMENT_ROLES, PROTECTION_STATISTICS_ROLES } from './access';

/** The statistics screens, each loaded when first opened (lazy), under the signed-in layout; roles as the API allows them. */
export const statisticsRoutes: RouteObject[] = [
  { path: 'statistics', lazy: async () => ({ Component: (await import('./StatisticsIndex')).StatisticsIndex }) },
  {
    path: 'statistics/law-enforcement',
    lazy: async () => {
      const { LawEnforcementPage } = await import('./law-enforcement/LawEnforcementPage');
      return {
        element: (
          <RequireSession roles={LAW_ENFORCEMENT_ROLES}>
            <LawEnforcementPage />
          </RequireSession>
        ),
      };
    },
  },
  ...(['prosecution', 'investigating-judges', 'trial'] as const).map((kind) => ({
    path: `statistics/${kind}`,
    lazy: async () => {
      const { CourtTablePage } = await import('./court/CourtTablePage');
      return {
        element: (
          <RequireSession roles={COURT_TABLE_ROLES}>
            <CourtTablePage key={kind} kind={kind} />
          </RequireSession>
        ),
      };
    },
  })),
  {
    path: 'statistics/justice-funnel',
    lazy: async () => {
      const { JusticeFunnelPage } = await import('./court/JusticeFunnelPage');
      return {
        element: (
          <RequireSession roles={JUSTICE_ROLES}>
            <JusticeFunnelPage />
          </RequireSession>
        ),
      };
    },
  },
  {
    path: 'statistics/court-durations',
    lazy: async () => {
      const { CourtDurationsPage } = await import('./court/CourtDurationsPage');
      return {
        element: (
          <RequireSession roles={JUSTICE_ROLES}>
            <CourtDurationsPage />
          </RequireSession>
        ),
      };
    },
  },
  {
    path: 'statistics/protection',
    lazy: async () => {
      const { ProtectionStatisticsPage } = await import('./protection/ProtectionStatisticsPage');
      return {
        element: (
          <RequireSession roles={PROTECTION_STATISTICS_ROLES}>
            <ProtectionStatisticsPage />
          </RequireSession>
        ),
      };
    },
  },
  {
    path: 'statistics/intake',
    lazy: async () => {
      const [{ IntakeStatisticsPage }] = await Promise.all([import('./intake/IntakeStatisticsPage'), loadNamespace('intake')]);
      return {
        element: (
          <RequireSession roles={INTAKE_STATISTICS_ROLES}>
            <IntakeStatisticsPage />
          </RequireSession>
        ),
      };
    },
  },
];
