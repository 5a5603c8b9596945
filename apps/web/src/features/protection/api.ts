import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';
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

type ListQuery = NonNullable<paths['/api/protection/cases']['get']['parameters']['query']>;
type OverdueQuery = NonNullable<paths['/api/protection/follow-ups/overdue']['get']['parameters']['query']>;

/**
 * A request as a form or the address holds it: the API's field names (checked here), each code as
 * the string chosen from the same reference list the server validates with (checked there).
 */
export type Widen<T> = T extends string ? string : T extends number ? number : T extends readonly (infer U)[] ? Widen<U>[] : T extends object ? { [K in keyof T]: Widen<T[K]> } : T;

export type CaseListFilters = Widen<Omit<ListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };
export type OverdueFilters = Widen<Omit<OverdueQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

export function useCaseList(filters: CaseListFilters) {
  return useQuery({
    queryKey: protectionKeys.list(filters),
    queryFn: async () => unwrap(await api.GET('/api/protection/cases', { params: { query: filters as ListQuery } })) as unknown as CaseListPage,
    placeholderData: keepPreviousData,
  });
}

export async function fetchCase(personId: string, asOf: string | null): Promise<LoadedCase> {
  const result = await api.GET('/api/protection/cases/{personId}', { params: { path: { personId }, query: asOf ? { asOf } : {} } });
  const view = unwrap(result) as unknown as CaseView;
  return { view, etag: etagOf(result.response) ?? `"${view.revision}"` };
}

export function useCase(personId: string, asOf: string | null) {
  return useQuery({ queryKey: protectionKeys.case(personId, asOf), queryFn: () => fetchCase(personId, asOf) });
}

export async function fetchHistory(personId: string): Promise<CaseHistory> {
  return unwrap(await api.GET('/api/protection/cases/{personId}/history', { params: { path: { personId } } })) as unknown as CaseHistory;
}

/** `fresh`: fetched again on mount even when cached (after a conflict, the cache is behind). */
export function useCaseHistory(personId: string, { enabled = true, fresh = false } = {}) {
  return useQuery({ queryKey: protectionKeys.history(personId), queryFn: () => fetchHistory(personId), enabled, ...(fresh ? { staleTime: 0 } : {}) });
}

export function useJourney(personId: string) {
  return useQuery({
    queryKey: protectionKeys.journey(personId),
    queryFn: async () => unwrap(await api.GET('/api/protection/cases/{personId}/journey', { params: { path: { personId } } })) as unknown as Journey,
  });
}

export function useOverdueVisits(filters: OverdueFilters) {
  return useQuery({
    queryKey: protectionKeys.overdue(filters),
    queryFn: async () => unwrap(await api.GET('/api/protection/follow-ups/overdue', { params: { query: filters as OverdueQuery } })) as unknown as OverduePage,
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

/** Each step of a case (a POST under /api/protection/cases/{personId}/…) and the body it takes. */
export interface StepBodies {
  consent: Schemas['RecordConsentDto'];
  referrals: Schemas['ReferCaseDto'];
  'shelter/admission': Schemas['AdmitToShelterDto'];
  'shelter/departure': Schemas['RecordShelterDepartureDto'];
  services: Schemas['RecordServiceDto'];
  claims: Schemas['FileCompensationClaimDto'];
  'family-assessment': Schemas['AssessFamilyDto'];
  integration: Schemas['IntegratePersonDto'];
  'follow-ups': Schemas['RecordFollowUpVisitDto'];
  closure: Schemas['CloseProtectionCaseDto'];
  reopening: Schemas['ReopenProtectionCaseDto'];
}

/** The steps of a claim (under …/claims/{claimId}/…) and their bodies. */
export interface ClaimStepBodies {
  award: Schemas['RecordCompensationAwardDto'];
  receipts: Schemas['RecordCompensationReceivedDto'];
}

// Every step above is a POST route of the API's document: renaming one there fails this type.
type StepRoutes = { [S in keyof StepBodies]: NonNullable<paths[`/api/protection/cases/{personId}/${S}`]['post']> };
type ClaimStepRoutes = { [S in keyof ClaimStepBodies]: NonNullable<paths[`/api/protection/cases/{personId}/claims/{claimId}/${S}`]['post']> };
export type { StepRoutes, ClaimStepRoutes };

/** The app's client with a step's path as a string (the route exists: see StepRoutes). */
const post = api.POST as unknown as (path: string, init: { params: { path: Record<string, string>; header: { 'If-Match': string } }; body: unknown }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** POST a step of a case with `If-Match`; the answer's data, or its problem thrown. */
export async function postStep<S extends keyof StepBodies>(personId: string, step: S, ifMatch: string, body: Widen<StepBodies[S]>): Promise<unknown> {
  return unwrap(await post(`/api/protection/cases/{personId}/${step}`, { params: { path: { personId }, header: { 'If-Match': ifMatch } }, body }));
}

/** POST a step of one claim (award, receipt) with `If-Match`. */
export async function postClaimStep<S extends keyof ClaimStepBodies>(personId: string, claimId: string, step: S, ifMatch: string, body: Widen<ClaimStepBodies[S]>): Promise<unknown> {
  return unwrap(await post(`/api/protection/cases/{personId}/claims/{claimId}/${step}`, { params: { path: { personId, claimId }, header: { 'If-Match': ifMatch } }, body }));
}

/** Direct registration: 201 with the server-made person id. */
export async function registerCase(body: Widen<Schemas['RegisterProtectionCaseDto']>): Promise<{ personId: string; revision: number }> {
  return unwrap(await api.POST('/api/protection/cases', { body: body as Schemas['RegisterProtectionCaseDto'] })) as unknown as { personId: string; revision: number };
}
