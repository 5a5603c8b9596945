import type { Actor } from '@casetrail/event-sourcing';
import type { Role } from './roles';

/** Who is calling, as verified from the bearer token. */
export interface AuthenticatedUser {
  userId: string;
  role: Role;
  unit?: string;
  /** Provinces the user may act in; `all` for national users. */
  provinces: readonly string[] | 'all';
}

/** The actor recorded on events, for a command about a record in `province`. */
export function actorFor(user: AuthenticatedUser, province?: string): Actor {
  return {
    userId: user.userId,
    role: user.role,
    ...(user.unit ? { unit: user.unit } : {}),
    ...(province ? { province } : user.provinces !== 'all' && user.provinces.length === 1 ? { province: user.provinces[0] } : {}),
  };
}

/** Whether the user's scope covers a province. */
export function inScope(user: AuthenticatedUser, province: string): boolean {
  return user.provinces === 'all' || user.provinces.includes(province);
}
