import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Providers } from '../app/App';
import type { SignInConfig } from '../auth/session';

/**
 * Renders a screen inside the app's providers (theme, i18n, queries, auth) at a path, as the app
 * would; requests go to `fetch`, which a test replaces with the answers it needs.
 */
export function renderScreen(element: ReactElement, { path = '/', route = '/', signInConfig = { mode: 'local' } as SignInConfig, extraRoutes = [] as RouteObject[] } = {}): RenderResult {
  const router = createMemoryRouter([{ path: route, element }, ...extraRoutes], { initialEntries: [path] });
  return render(
    <Providers signInConfig={signInConfig}>
      <RouterProvider router={router} />
    </Providers>,
  );
}
