import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { useTokenSource } from '../api/client';
import { userOfToken, type Session, type SignInConfig } from './session';

export type SignedOutReason = 'expired' | 'signedOut' | null;

export interface AuthState {
  config: SignInConfig | null;
  session: Session | null;
  signedOutReason: SignedOutReason;
  /** Local accounts: a username and a password for a token. Throws SignInError. */
  signInWithPassword(username: string, password: string): Promise<Session>;
  /** OIDC: redirect to the issuer (authorization code with PKCE). */
  signInWithProvider(returnTo: string): Promise<void>;
  /** OIDC: finish the redirect; returns where to go next. */
  completeProviderSignIn(): Promise<string>;
  signOut(reason?: SignedOutReason): void;
}

export class SignInError extends Error {
  constructor(
    readonly kind: 'failed' | 'lockedOut' | 'unavailable',
    readonly retryAfterSeconds?: number,
  ) {
    super(kind);
  }
}

const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in session; only for components under RequireSession. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession without a session');
  return session;
}

function sessionOfOidcUser(user: User): Session {
  const claims = userOfToken(user.access_token);
  return { token: user.access_token, expiresAt: (user.expires_at ?? claims.exp ?? 0) * 1000, user: claims };
}

/** `initialSession`: signed in from the start, for component tests only (the app starts signed out). */
export function AuthProvider({ children, initialConfig, initialSession }: { children: ReactNode; initialConfig?: SignInConfig; initialSession?: Session }) {
  const [config, setConfig] = useState<SignInConfig | null>(initialConfig ?? null);
  const [session, setSession] = useState<Session | null>(initialSession ?? null);
  const [signedOutReason, setSignedOutReason] = useState<SignedOutReason>(null);
  const sessionRef = useRef<Session | null>(null);
  sessionRef.current = session;
  const managerRef = useRef<UserManager | null>(null);

  useEffect(() => {
    if (config) return;
    fetch('/api/session/config', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? (r.json() as Promise<SignInConfig>) : { mode: 'local' as const }))
      .then(setConfig)
      .catch(() => setConfig({ mode: 'local' }));
  }, [config]);

  const manager = useMemo(() => {
    if (config?.mode !== 'oidc') return null;
    const origin = window.location.origin;
    const m = new UserManager({
      authority: config.authority,
      client_id: config.clientId,
      redirect_uri: `${origin}/auth/callback`,
      post_logout_redirect_uri: `${origin}/sign-in`,
      response_type: 'code',
      scope: config.scope ?? 'openid profile',
      // Tokens in memory only; the refresh token renews them silently (no iframe).
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      automaticSilentRenew: true,
    });
    m.events.addUserLoaded((user) => setSession(sessionOfOidcUser(user)));
    m.events.addSilentRenewError(() => {
      setSession(null);
      setSignedOutReason('expired');
    });
    managerRef.current = m;
    return m;
  }, [config]);

  const signOut = useCallback(
    (reason: SignedOutReason = 'signedOut') => {
      setSession(null);
      setSignedOutReason(reason);
      if (manager && reason === 'signedOut') void manager.signoutRedirect().catch(() => undefined);
      else if (manager) void manager.removeUser();
    },
    [manager],
  );

  useTokenSource(
    () => sessionRef.current?.token ?? null,
    () => signOut('expired'),
  );

  // A local token is not renewed: when it ends, the user signs in again.
  useEffect(() => {
    if (!session || manager) return;
    const timer = window.setTimeout(() => signOut('expired'), Math.max(0, session.expiresAt - Date.now()));
    return () => window.clearTimeout(timer);
  }, [session, manager, signOut]);

  const signInWithPassword = useCallback(async (username: string, password: string) => {
    const response = await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status === 401) throw new SignInError('failed');
    if (response.status === 429 || response.status === 423) {
      throw new SignInError('lockedOut', Number(response.headers.get('Retry-After') ?? '60'));
    }
    if (!response.ok) throw new SignInError(response.status === 400 ? 'failed' : 'unavailable');
    const body = (await response.json()) as { token: string; expiresAt: string; user?: { name?: string } };
    // The role and scope as the token states them (what the API will read); the display name from
    // the answer, since a local token carries none.
    const claims = userOfToken(body.token);
    const next: Session = { token: body.token, expiresAt: Date.parse(body.expiresAt), user: { ...claims, name: body.user?.name ?? claims.name } };
    setSignedOutReason(null);
    setSession(next);
    return next;
  }, []);

  const signInWithProvider = useCallback(
    async (returnTo: string) => {
      if (!manager) throw new SignInError('unavailable');
      await manager.signinRedirect({ state: { returnTo } });
    },
    [manager],
  );

  const completeProviderSignIn = useCallback(async () => {
    if (!manager) throw new SignInError('unavailable');
    const user = await manager.signinRedirectCallback();
    setSignedOutReason(null);
    setSession(sessionOfOidcUser(user));
    const state = user.state as { returnTo?: string } | undefined;
    return state?.returnTo ?? '/';
  }, [manager]);

  const value = useMemo<AuthState>(
    () => ({ config, session, signedOutReason, signInWithPassword, signInWithProvider, completeProviderSignIn, signOut }),
    [config, session, signedOutReason, signInWithPassword, signInWithProvider, completeProviderSignIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
