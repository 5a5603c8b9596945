import { inScope, isUnitScoped, type AuthenticatedUser } from '@casetrail/platform-nest';
import type { ReadModelFilter } from '@casetrail/read-models';

/** A page of a list as every intake list answers it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function emptyPage<T>(query: { page: number; pageSize: number }): Page<T> {
  return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
}

/**
 * The filter of a province-scoped list (receptions, bodies, screenings): the reader's provinces,
 * narrowed to `province` when asked (outside the scope: null, nothing can match). A unit-scoped
 * reader (a partner worker) reaches the records open to their unit, by `unitKey` (`referred`); a
 * list with no such key reaches none.
 */
export function listScopeFilter(user: AuthenticatedUser, province: string | undefined, unitKey?: string): ReadModelFilter | null {
  const filter: ReadModelFilter = {};
  if (isUnitScoped(user)) {
    if (user.unit === undefined || unitKey === undefined) return null;
    filter[`${unitKey}.${user.unit}`] = true;
  } else if (user.provinces !== 'all') {
    filter['province'] = { $in: [...user.provinces] };
  }
  if (province) {
    if (!isUnitScoped(user) && !inScope(user, province)) return null;
    filter['province'] = province;
  }
  return filter;
}

/** The filters every intake list shares, when given. */
export function periodAndPlace(filter: ReadModelFilter, query: { year?: number; month?: number; place?: string }): ReadModelFilter {
  if (query.year !== undefined) filter['year'] = query.year;
  if (query.month !== undefined) filter['month'] = query.month;
  if (query.place !== undefined) filter['place'] = query.place;
  return filter;
}

/**
 * The window of a page in a read model, or null for a page past any list (its first item's
 * position is not a safe integer, which no store can skip to): such a page is empty.
 */
export function pageWindow(query: { page: number; pageSize: number }): { skip: number; limit: number } | null {
  const skip = (query.page - 1) * query.pageSize;
  return Number.isSafeInteger(skip) ? { skip, limit: query.pageSize } : null;
}
