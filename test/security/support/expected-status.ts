import type { Role } from '@casetrail/platform-nest';
import { pathParameters, type RouteEntry } from './route-inventory';

/** The province of the provincial tokens, and the one outside their scope. */
export const HOME = 'battambang';
export const AWAY = 'kandal';

/**
 * Who asks about what: a national token about a record in AWAY, a provincial (HOME) token about
 * a record in HOME, and the same provincial token about a record in AWAY.
 */
export type ScopeVariant = 'national' | 'provincial-in' | 'provincial-out';

/** How a route meets the province scope. */
export type RouteScope =
  /** No token needed. */
  | 'public'
  /** A path parameter names a record; a record outside the scope does not exist (404). */
  | 'record'
  /** Creates a record in the province named in the body; outside the scope is forbidden (403). */
  | 'create'
  /** A list, export or table: answered from the caller's scope only (checked by scoped-reads). */
  | 'collection';

export type Expectation =
  | { kind: 'status'; status: number; why: string }
  /** The documented success; `domain` also admits a domain refusal (409/422) of a valid request. */
  | { kind: 'success'; domain: boolean; why: string };

/** Path parameters that name no record but a kind of thing (an upload's kind of records): they narrow nothing to a province. */
export const NON_RECORD_PARAMETERS: readonly string[] = ['kind'];

/** The path parameters of a route that name a record. */
export function recordParameters(route: RouteEntry): string[] {
  return pathParameters(route.path).filter((name) => !NON_RECORD_PARAMETERS.includes(name));
}

export function routeScopeOf(route: RouteEntry, bodyNamesProvince: boolean): RouteScope {
  if (route.policy && 'public' in route.policy) return 'public';
  if (recordParameters(route).length > 0) return 'record';
  if (route.method !== 'GET' && bodyNamesProvince) return 'create';
  return 'collection';
}

/**
 * The variants of a route, known from the route alone (jest generates the cells before the app
 * runs): a read of a collection has no object out of scope; anything else may have one.
 */
export function scopeVariantsOf(route: RouteEntry): ScopeVariant[] {
  return route.method === 'GET' && pathParameters(route.path).length === 0 ? ['national', 'provincial-in'] : ['national', 'provincial-in', 'provincial-out'];
}

export function tokenProvinces(variant: ScopeVariant): string[] {
  return variant === 'national' ? ['*'] : [HOME];
}

export function objectProvince(variant: ScopeVariant): string {
  return variant === 'provincial-in' ? HOME : AWAY;
}

/**
 * The status the declared policy promises for a caller with a valid token. `exact` is false for
 * a state-changing route the suite has no recipe for: its valid request may meet a domain rule.
 */
export function expectedOutcome(route: RouteEntry, scope: RouteScope, role: Role, variant: ScopeVariant, exact: boolean): Expectation {
  const policy = route.policy;
  if (!policy) return { kind: 'status', status: 403, why: 'the route declares no access policy (deny by default)' };
  if ('public' in policy) return { kind: 'success', domain: false, why: 'public route' };
  if (!policy.roles.includes(role)) return { kind: 'status', status: 403, why: `${role} is not among ${policy.roles.join(', ')}` };
  if (variant === 'provincial-out' && scope === 'record') return { kind: 'status', status: 404, why: `a record in ${AWAY} is outside a ${HOME} token` };
  if (variant === 'provincial-out' && scope === 'create') return { kind: 'status', status: 403, why: `creating in ${AWAY} is outside a ${HOME} token` };
  return { kind: 'success', domain: !exact, why: `${role} is allowed and the object is in scope` };
}
