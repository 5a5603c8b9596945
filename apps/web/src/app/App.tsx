import { useEffect, useMemo } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import i18n from '../i18n';
import { languageOf, lastUsedLanguage } from '../i18n/language-preference';
import { AuthProvider, useAuth } from '../auth/AuthProvider';
import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../auth/SignInPage';
import { OidcCallbackPage } from '../auth/OidcCallbackPage';
import type { Session, SignInConfig } from '../auth/session';
import { HomePage } from '../features/home/HomePage';
import { policeRoutes } from '../features/police/routes';
import { courtRoutes } from '../features/court/routes';
import { protectionRoutes } from '../features/protection/routes';
import { intakeRoutes } from '../features/intake/routes';
import { statisticsRoutes } from '../features/statistics/routes';
import { auditRoutes } from '../features/audit/routes';
import { adminRoutes } from '../features/admin/routes';
import { NotFoundPage } from '../ui/StatusPages';
import { Layout } from './Layout';
import { cssVariablesResolver, theme } from './theme';

export const appRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/auth/callback', element: <OidcCallbackPage /> },
  {
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [{ index: true, element: <HomePage /> }, ...policeRoutes, ...courtRoutes, ...protectionRoutes, ...intakeRoutes, ...statisticsRoutes, ...auditRoutes, ...adminRoutes, { path: '*', element: <NotFoundPage /> }],
  },
];

/** The signed-in user's language, once known; before sign-in, the browser's last one. */
function LanguageOfUser() {
  const { session } = useAuth();
  const userId = session?.user.id;
  useEffect(() => {
    if (!userId) return;
    const language = languageOf(userId);
    if (language && language !== i18n.language) void i18n.changeLanguage(language);
  }, [userId]);
  return null;
}

/** `initialSession` is for component tests only: the app always starts signed out. */
export function Providers({ children, signInConfig, initialSession }: { children: React.ReactNode; signInConfig?: SignInConfig; initialSession?: Session }) {
  const queryClient = useMemo(
    () =>
      new QueryClient({
        defaultOptions: {
          // A 4xx will not get better by asking again.
          queries: { retry: (count, error) => count < 2 && !(error instanceof Error && 'status' in error && Number((error as { status: number }).status) < 500), staleTime: 15_000 },
        },
      }),
    [],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <QueryClientProvider client={queryClient}>
          <AuthProvider initialConfig={signInConfig} initialSession={initialSession}>
            <LanguageOfUser />
            {children}
          </AuthProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

export function App() {
  const router = useMemo(() => createBrowserRouter(appRoutes), []);
  return (
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  );
}

void i18n.changeLanguage(lastUsedLanguage());
