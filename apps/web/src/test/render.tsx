import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Providers } from '../app/App';
import type { SignInConfig } from '../auth/session';
import { testSession, type TestUser } from './session';

export interface ScreenOptions {
  path?: string;
  route?: string;
  signInConfig?: SignInConfig;
  extraRoutes?: RouteObject[];
  /** Signed in as this user from the start (no sign-in page); signed out without it. */
  session?: TestUser;
}

/**
 * Renders a screen inside the app's providers (theme, i18n, queries, auth) at a path, as the app
 * would; requests go to `fetch`, which a test replaces with the answers it needs (`fakeApi`).
 */
export function renderScreen(element: ReactElement, { path = '/', route = '/', signInConfig = { mode: 'local' }, extraRoutes = [], session }: ScreenOptions = {}): RenderResult {
  const router = createMemoryRouter([{ path: route, element }, ...extraRoutes], { initialEntries: [path] });
  return render(
    <Providers signInConfig={signInConfig} initialSession={session ? testSession(session) : undefined}>
      <RouterProvider router={router} />
    </Providers>,
  );
}
