import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem, etagOf, unwrap } from '../../api/client';
import type { CaseHistory, CaseListPage, CaseView, Journey, LoadedCase, OverduePage } from './types';

/** Query keys of the protection screens; a command invalidates `protectionKeys.all`. */
export const protectionKeys = {
  all: ['protection'] as const,
  list: (filters: CaseListFilters) => ['protection', 'cases', filters] as const,
  case: (personId: string, asOf: string | null) => ['protection', 'case', personId, asOf ?? 'current'] as const,
  history: (personId: string) => ['protection', 'case', personId, 'history'] as const,
  journey: (personId: string) => ['protection', 'case', personId, 'journey'] as const,
  overdue: (filters: OverdueFilters) => ['protection', 'overdue', filters] as const,
};

export interface CaseListFilters {
  province?: string;
  status?: string;
  channel?: string;
  year?: number;
  organisation?: string;
  page: number;
  pageSize: number;
}

export interface OverdueFilters {
  province?: string;
  worker?: string;
  page: number;
  pageSize: number;
}

interface FetchResultLike {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The app's one client (bearer token, base URL) with the protection routes' paths as plain
 * strings: the calls below name each route once, and its answer's type is in ./types.
 */
const http = api as unknown as {
  GET(path: string, init?: { params?: { path?: Record<string, string | number>; query?: object } }): Promise<FetchResultLike>;
  POST(path: string, init: { params?: { path?: Record<string, string | number>; header?: Record<string, string> }; body: unknown }): Promise<FetchResultLike>;
};

export const CASES = '/api/protection/cases';
export const CASE = '/api/protection/cases/{personId}';

export function useCaseList(filters: CaseListFilters) {
  return useQuery({
    queryKey: protectionKeys.list(filters),
    queryFn: async () => unwrap(await http.GET(CASES, { params: { query: filters } })) as CaseListPage,
    placeholderData: keepPreviousData,
  });
}

export async function fetchCase(personId: string, asOf: string | null): Promise<LoadedCase> {
  const result = await http.GET(CASE, { params: { path: { personId }, query: asOf ? { asOf } : {} } });
  const view = unwrap(result) as CaseView;
  return { view, etag: etagOf(result.response) ?? `"${view.revision}"` };
}

export function useCase(personId: string, asOf: string | null) {
  return useQuery({ queryKey: protectionKeys.case(personId, asOf), queryFn: () => fetchCase(personId, asOf) });
}

export async function fetchHistory(personId: string): Promise<CaseHistory> {
  return unwrap(await http.GET(`${CASE}/history`, { params: { path: { personId } } })) as CaseHistory;
}

/** `fresh`: fetched again on mount even when cached (after a conflict, the cache is behind). */
export function useCaseHistory(personId: string, { enabled = true, fresh = false } = {}) {
  return useQuery({ queryKey: protectionKeys.history(personId), queryFn: () => fetchHistory(personId), enabled, ...(fresh ? { staleTime: 0 } : {}) });
}

export function useJourney(personId: string) {
  return useQuery({ queryKey: protectionKeys.journey(personId), queryFn: async () => unwrap(await http.GET(`${CASE}/journey`, { params: { path: { personId } } })) as Journey });
}

export function useOverdueVisits(filters: OverdueFilters) {
  return useQuery({
    queryKey: protectionKeys.overdue(filters),
    queryFn: async () => unwrap(await http.GET('/api/protection/follow-ups/overdue', { params: { query: filters } })) as OverduePage,
    placeholderData: keepPreviousData,
  });
}

/** The current version of a case, fetched now (after a conflict), replacing what was cached. */
export function useReloadCase(personId: string) {
  const queryClient = useQueryClient();
  return async (): Promise<LoadedCase> => {
    const loaded = await queryClient.fetchQuery({ queryKey: protectionKeys.case(personId, null), queryFn: () => fetchCase(personId, null), staleTime: 0 });
    void queryClient.invalidateQueries({ queryKey: ['protection', 'cases'] });
    return loaded;
  };
}

/** POST a step of a case with `If-Match`; the answer's data, or its problem thrown. */
export async function postStep(personId: string, step: string, ifMatch: string, body: unknown): Promise<unknown> {
  return unwrap(await http.POST(`${CASE}/${step}`, { params: { path: { personId }, header: { 'If-Match': ifMatch } }, body }));
}

/** Direct registration: 201 with the server-made person id. */
export async function registerCase(body: unknown): Promise<{ personId: string; revision: number }> {
  return unwrap(await http.POST(CASES, { body })) as { personId: string; revision: number };
}

/** A 409 because the case changed since it was loaded (not a rule of the case). */
export function isConcurrentChange(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem && error.status === 409 && (error.problem.code === 'WRONG_EXPECTED_REVISION' || (error.problem.type ?? '').endsWith('/concurrency'));
}
