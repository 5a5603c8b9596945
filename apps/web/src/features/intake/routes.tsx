import type { ComponentType } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { RequireSession } from '../../auth/RequireSession';
import { loadNamespace } from '../../i18n';
import type { Role } from '../../auth/session';
import { INTAKE_READERS, INTAKE_RECORDERS, PERSON_READERS, REFERRAL_READERS } from './roles';

/** A screen loaded when first opened (lazy), for the roles given. */
function screen(path: string, roles: readonly Role[], load: () => Promise<ComponentType>): RouteObject {
  return {
    path,
    lazy: async () => {
      const [Screen] = await Promise.all([load(), loadNamespace('intake')]);
      return {
        Component: () => (
          <RequireSession roles={roles}>
            <Screen />
          </RequireSession>
        ),
      };
    },
  };
}

/** The intake screens (receptions, screened persons, returned bodies, referrals, uploads), under the signed-in layout. */
export const intakeRoutes: RouteObject[] = [
  {
    element: <Outlet />,
    children: [
      screen('intake/receptions', INTAKE_READERS, async () => (await import('./ReceptionListPage')).ReceptionListPage),
      screen('intake/receptions/new', INTAKE_RECORDERS, async () => (await import('./RecordReceptionPage')).RecordReceptionPage),
      screen('intake/receptions/:receptionId', INTAKE_READERS, async () => (await import('./ReceptionPage')).ReceptionPage),
      screen('intake/receptions/:receptionId/history', INTAKE_READERS, async () => {
        const { ReceptionPage } = await import('./ReceptionPage');
        return () => <ReceptionPage tab="history" />;
      }),
      screen('intake/screenings', INTAKE_READERS, async () => (await import('./ScreeningListPage')).ScreeningListPage),
      screen('intake/screenings/new', INTAKE_RECORDERS, async () => (await import('./ScreenPersonPage')).ScreenPersonPage),
      screen('intake/screenings/:personId', PERSON_READERS, async () => (await import('./PersonPage')).PersonPage),
      screen('intake/screenings/:personId/history', PERSON_READERS, async () => {
        const { PersonPage } = await import('./PersonPage');
        return () => <PersonPage tab="history" />;
      }),
      screen('intake/bodies', INTAKE_READERS, async () => (await import('./BodyListPage')).BodyListPage),
      screen('intake/bodies/new', INTAKE_RECORDERS, async () => (await import('./RecordBodyPage')).RecordBodyPage),
      screen('intake/bodies/:bodyId', INTAKE_READERS, async () => (await import('./BodyPage')).BodyPage),
      screen('intake/bodies/:bodyId/history', INTAKE_READERS, async () => {
        const { BodyPage } = await import('./BodyPage');
        return () => <BodyPage tab="history" />;
      }),
      screen('intake/referrals', REFERRAL_READERS, async () => (await import('./ReferralsPage')).ReferralsPage),
      screen('intake/uploads', INTAKE_RECORDERS, async () => (await import('./UploadsPage')).UploadsPage),
    ],
  },
];
