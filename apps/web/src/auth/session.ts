/** Who is signed in, as the token says; kept in memory only (a reload asks to sign in again). */
export const ROLES = ['police', 'prosecutor', 'judge', 'social_worker', 'partner_worker', 'border_official', 'auditor', 'statistician', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  /** Province codes, or ['*'] for a national user. */
  provinces: string[];
  unit?: string;
}

export interface Session {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  user: SessionUser;
}

export type SignInConfig = { mode: 'local' } | { mode: 'oidc'; authority: string; clientId: string; scope?: string };

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The claims casetrail reads from a bearer token (the same the API's verifier reads). */
export function userOfToken(token: string): SessionUser & { exp?: number } {
  const [, payload] = token.split('.');
  const json = JSON.parse(decodeURIComponent(escape(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))))) as Record<string, unknown>;
  const role = json['role'];
  if (!isRole(role)) throw new Error('The token names no casetrail role');
  const provinces = Array.isArray(json['provinces']) ? (json['provinces'] as string[]) : [];
  const name = (json['name'] ?? json['preferred_username'] ?? json['sub']) as string;
  return { id: String(json['sub']), name, role, provinces, unit: typeof json['unit'] === 'string' ? json['unit'] : undefined, exp: typeof json['exp'] === 'number' ? json['exp'] : undefined };
}

export function isNational(user: SessionUser): boolean {
  return user.provinces.includes('*');
}
