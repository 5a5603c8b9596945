import { inScope, type AuthenticatedUser } from './authenticated-user';
import type { Role } from './roles';

/**
 * Where a record is, for the question "may this user reach it": its province, and for records
 * that organisations other than the state work on, the units (organisations) it was referred to.
 */
export interface RecordScope {
  province: string;
  /** The units the record is open to (e.g. the partner organisations a protection case was referred to). */
  units?: readonly string[];
}

/**
 * Roles whose scope is their token's unit, not provinces: a partner organisation's worker reaches
 * only the records referred to their organisation, wherever they are (their token is national).
 */
export const UNIT_SCOPED_ROLES: readonly Role[] = ['partner_worker'];

/** Whether the user's role is scoped by its unit (`UNIT_SCOPED_ROLES`). */
export function isUnitScoped(user: AuthenticatedUser): boolean {
  return UNIT_SCOPED_ROLES.includes(user.role);
}

/**
 * Unit-scoped roles reach a record whose `units` include their token's unit; the others by
 * province. One rule for both kinds, so a context whose records name no units (police, court)
 * keeps province scope, and a unit-scoped user without a unit reaches nothing.
 */
export function inRecordScope(user: AuthenticatedUser, scope: RecordScope): boolean {
  if (isUnitScoped(user)) return user.unit !== undefined && (scope.units ?? []).includes(user.unit);
  return inScope(user, scope.province);
}
