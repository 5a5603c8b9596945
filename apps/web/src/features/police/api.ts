import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import type { CaseHistory, CaseListPage, CaseView } from './types';

/** Query keys of the police screens; a command invalidates `policeKeys.all`. */
export const policeKeys = {
  all: ['police'] as const,
  list: (filters: CaseListFilters) => ['police', 'cases', filters] as const,
  case: (caseId: string, asOf: string | null) => ['police', 'case', caseId, asOf ?? 'current'] as const,
  history: (caseId: string) => ['police', 'case', caseId, 'history'] as const,
};

export interface CaseListFilters {
  province?: string;
  unit?: string;
  status?: string;
  offence?: string;
  year?: number;
  /** Part of the unit's reference, searched by the server (any case). */
  reference?: string;
  page: number;
  pageSize: number;
}

type ListQuery = paths['/api/enforcement/cases']['get']['parameters']['query'];

export function useCaseList(filters: CaseListFilters) {
  return useQuery({
    queryKey: policeKeys.list(filters),
    queryFn: async () => unwrap(await api.GET('/api/enforcement/cases', { params: { query: filters as ListQuery } })) as CaseListPage,
    placeholderData: keepPreviousData,
  });
}

export interface LoadedCase {
  view: CaseView;
  /** The `If-Match` value a command on this version sends. */
  etag: string;
}

export async function fetchCase(caseId: string, asOf: string | null): Promise<LoadedCase> {
  const result = await api.GET('/api/enforcement/cases/{caseId}', { params: { path: { caseId }, query: asOf ? { asOf } : {} } });
  const view = unwrap(result) as unknown as CaseView;
  return { view, etag: etagOf(result.response) ?? `"${view.revision}"` };
}

export function useCase(caseId: string, asOf: string | null) {
  return useQuery({ queryKey: policeKeys.case(caseId, asOf), queryFn: () => fetchCase(caseId, asOf) });
}

export async function fetchHistory(caseId: string): Promise<CaseHistory> {
  return unwrap(await api.GET('/api/enforcement/cases/{caseId}/history', { params: { path: { caseId } } })) as unknown as CaseHistory;
}

/** `fresh`: fetched again on mount even when cached (after a conflict, the cache is behind). */
export function useCaseHistory(caseId: string, { enabled = true, fresh = false } = {}) {
  return useQuery({ queryKey: policeKeys.history(caseId), queryFn: () => fetchHistory(caseId), enabled, ...(fresh ? { staleTime: 0 } : {}) });
}

/** The current version of a case, fetched now (after a conflict), replacing what was cached. */
export function useReloadCase(caseId: string) {
  const queryClient = useQueryClient();
  return async (): Promise<LoadedCase> => {
    const loaded = await queryClient.fetchQuery({ queryKey: policeKeys.case(caseId, null), queryFn: () => fetchCase(caseId, null), staleTime: 0 });
    void queryClient.invalidateQueries({ queryKey: ['police', 'cases'] });
    return loaded;
  };
}
