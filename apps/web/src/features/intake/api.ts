import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UploadKind } from '@casetrail/intake-contracts';
import { api, ApiProblem, bearerToken, etagOf, unwrap, type Problem, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';
import type { Widen } from '../protection/api';
import type { BodySummary, BodyView, LoadedBody, LoadedPerson, LoadedReception, Page, PersonSummary, PersonView, ReceptionSummary, ReceptionView, RecordHistory, ReferralItem, UploadAnswer } from './types';

/** Query keys of the intake screens; a command invalidates `intakeKeys.all`. */
export const intakeKeys = {
  all: ['intake'] as const,
  receptions: (filters: ListFilters) => ['intake', 'receptions', filters] as const,
  reception: (id: string, asOf: string | null) => ['intake', 'reception', id, asOf ?? 'current'] as const,
  receptionHistory: (id: string) => ['intake', 'reception', id, 'history'] as const,
  persons: (filters: ListFilters) => ['intake', 'persons', filters] as const,
  person: (id: string, asOf: string | null) => ['intake', 'person', id, asOf ?? 'current'] as const,
  personHistory: (id: string) => ['intake', 'person', id, 'history'] as const,
  bodies: (filters: ListFilters) => ['intake', 'bodies', filters] as const,
  body: (id: string, asOf: string | null) => ['intake', 'body', id, asOf ?? 'current'] as const,
  bodyHistory: (id: string) => ['intake', 'body', id, 'history'] as const,
  referrals: (filters: ListFilters) => ['intake', 'referrals', filters] as const,
  uploads: (page: number) => ['intake', 'uploads', page] as const,
};

/** A list's filters as the address holds them (codes, year, month) and the page. */
export type ListFilters = Record<string, string | number> & { page: number; pageSize: number };

type Init = { params?: { path?: Record<string, string>; query?: Record<string, unknown>; header?: Record<string, string> }; body?: unknown };
type Answer = { data?: unknown; error?: unknown; response: Response };
// The intake routes by their path as a string (the design's routes, libs/intake/api).
const get = api.GET as unknown as (path: string, init: Init) => Promise<Answer>;
const post = api.POST as unknown as (path: string, init: Init) => Promise<Answer>;

type Raw = Record<string, unknown>;
const objectAt = (r: Raw, key: string): Raw => (typeof r[key] === 'object' && r[key] !== null ? (r[key] as Raw) : {});

/**
 * A record's answer (`{ id, revision, asOf, state }`, the state folded by the domain) as the
 * screens show it: the figures as they stand at the top level, with the id, version and reference.
 */
function recordOf<T>(raw: unknown, figuresKey: string): T {
  const r = (raw ?? {}) as Raw;
  const state = objectAt(r, 'state');
  const { state: _state, ...rest } = r;
  return { ...state, ...objectAt(state, figuresKey), ...rest } as T;
}

async function list<T>(path: string, filters: ListFilters): Promise<Page<T>> {
  return unwrap(await get(path, { params: { query: filters } })) as Page<T>;
}

async function loadRecord<V extends { revision: number }>(path: string, id: Record<string, string>, asOf: string | null, normalise: (raw: unknown) => V) {
  const result = await get(path, { params: { path: id, query: asOf ? { asOf } : {} } });
  const view = normalise(unwrap(result));
  return { view, etag: etagOf(result.response) ?? `"${view.revision}"` };
}

async function history(path: string, id: Record<string, string>): Promise<RecordHistory> {
  return unwrap(await get(path, { params: { path: id } })) as RecordHistory;
}

// Receptions

export const useReceptionList = (filters: ListFilters) =>
  useQuery({ queryKey: intakeKeys.receptions(filters), queryFn: () => list<ReceptionSummary>('/api/intake/receptions', filters), placeholderData: keepPreviousData });

function receptionOf(raw: unknown): ReceptionView {
  const v = recordOf<Omit<ReceptionView, 'withdrawn' | 'corrections'> & { withdrawal?: ReceptionView['withdrawn']; corrections?: unknown[] }>(raw, 'figures');
  return { ...v, withdrawn: v.withdrawal ?? null, corrections: Array.isArray(v.corrections) ? v.corrections.length : 0 };
}

export const fetchReception = (receptionId: string, asOf: string | null): Promise<LoadedReception> => loadRecord('/api/intake/receptions/{receptionId}', { receptionId }, asOf, receptionOf);
export const fetchReceptionHistory = (receptionId: string) => history('/api/intake/receptions/{receptionId}/history', { receptionId });
export const useReception = (id: string, asOf: string | null) => useQuery({ queryKey: intakeKeys.reception(id, asOf), queryFn: () => fetchReception(id, asOf) });
export const useReceptionHistory = (id: string) => useQuery({ queryKey: intakeKeys.receptionHistory(id), queryFn: () => fetchReceptionHistory(id) });

// Screened persons

export const usePersonList = (filters: ListFilters) =>
  useQuery({ queryKey: intakeKeys.persons(filters), queryFn: () => list<PersonSummary>('/api/intake/screenings', filters), placeholderData: keepPreviousData });

/** The screening as recorded, with the outcome as last revised and the referrals. */
function personOf(raw: unknown): PersonView {
  const v = recordOf<PersonView & { exploitationIndicated?: string | null; revisions?: unknown[] }>(raw, 'screening');
  return { ...v, exploitationIndicated: v.exploitationIndicated ?? undefined, referrals: Array.isArray(v.referrals) ? v.referrals : [], revisions: Array.isArray(v.revisions) ? v.revisions.length : 0 };
}

/** An audited read: the purpose goes with it, as every read of personal data. */
export const fetchPerson = (personId: string, asOf: string | null): Promise<LoadedPerson> => loadRecord('/api/intake/screenings/{personId}', { personId }, asOf, personOf);
export const fetchPersonHistory = (personId: string) => history('/api/intake/screenings/{personId}/history', { personId });
export const usePerson = (id: string, asOf: string | null) => useQuery({ queryKey: intakeKeys.person(id, asOf), queryFn: () => fetchPerson(id, asOf) });
export const usePersonHistory = (id: string) => useQuery({ queryKey: intakeKeys.personHistory(id), queryFn: () => fetchPersonHistory(id) });

// Returned bodies

export const useBodyList = (filters: ListFilters) =>
  useQuery({ queryKey: intakeKeys.bodies(filters), queryFn: () => list<BodySummary>('/api/intake/bodies', filters), placeholderData: keepPreviousData });

function bodyOf(raw: unknown): BodyView {
  const v = recordOf<Omit<BodyView, 'corrections'> & { corrections?: unknown[] }>(raw, 'figures');
  return { ...v, corrections: Array.isArray(v.corrections) ? v.corrections.length : 0 };
}

export const fetchBody = (bodyId: string, asOf: string | null): Promise<LoadedBody> => loadRecord('/api/intake/bodies/{bodyId}', { bodyId }, asOf, bodyOf);
export const fetchBodyHistory = (bodyId: string) => history('/api/intake/bodies/{bodyId}/history', { bodyId });
export const useBody = (id: string, asOf: string | null) => useQuery({ queryKey: intakeKeys.body(id, asOf), queryFn: () => fetchBody(id, asOf) });
export const useBodyHistory = (id: string) => useQuery({ queryKey: intakeKeys.bodyHistory(id), queryFn: () => fetchBodyHistory(id) });

// Referrals addressed to the reader

export const useReferralList = (filters: ListFilters) =>
  useQuery({ queryKey: intakeKeys.referrals(filters), queryFn: () => list<ReferralItem>('/api/intake/referrals', filters), placeholderData: keepPreviousData });

/** The current version of a record, fetched now (after a conflict), replacing what was cached. */
export function useReload<V>(key: (id: string, asOf: null) => readonly unknown[], fetch: (id: string, asOf: null) => Promise<{ view: V; etag: string }>, id: string) {
  const queryClient = useQueryClient();
  return async () => {
    const loaded = await queryClient.fetchQuery({ queryKey: key(id, null), queryFn: () => fetch(id, null), staleTime: 0 });
    void queryClient.invalidateQueries({ queryKey: intakeKeys.all });
    return loaded;
  };
}

// Commands

/** Each command of the intake API (its POST route) and the body it takes. */
export interface CommandBodies {
  '/api/intake/receptions': Schemas['RecordReceptionDto'];
  '/api/intake/receptions/{receptionId}/corrections': Schemas['CorrectReceptionDto'];
  '/api/intake/receptions/{receptionId}/withdrawal': Schemas['WithdrawReceptionDto'];
  '/api/intake/screenings': Schemas['ScreenPersonDto'];
  '/api/intake/screenings/{personId}/revisions': Schemas['ReviseScreeningDto'];
  '/api/intake/screenings/{personId}/referrals': Schemas['ReferPersonDto'];
  '/api/intake/bodies': Schemas['RecordBodyReceivedDto'];
  '/api/intake/bodies/{bodyId}/corrections': Schemas['CorrectBodyRecordDto'];
}

// Every command above is a POST route of the API's document, and so is every read this file
// makes: renaming one there fails these types.
type CommandRoutes = { [P in keyof CommandBodies]: NonNullable<paths[P]['post']> };
type ReadRoutes = {
  [P in '/api/intake/receptions' | '/api/intake/receptions/{receptionId}' | '/api/intake/receptions/{receptionId}/history' | '/api/intake/screenings' | '/api/intake/screenings/{personId}' | '/api/intake/screenings/{personId}/history' | '/api/intake/bodies' | '/api/intake/bodies/{bodyId}' | '/api/intake/bodies/{bodyId}/history' | '/api/intake/referrals' | '/api/intake/uploads' | '/api/intake/uploads/{uploadId}']: NonNullable<paths[P]['get']>;
};
export type { CommandRoutes, ReadRoutes };

/** POST a command; with `ifMatch` on a record's version. The answer's data, or its problem thrown. */
export async function send<P extends keyof CommandBodies>(path: P, ids: Record<string, string>, body: Widen<CommandBodies[P]>, ifMatch?: string): Promise<unknown> {
  return unwrap(await post(path, { params: { path: ids, ...(ifMatch ? { header: { 'If-Match': ifMatch } } : {}) }, body }));
}

export const recordReception = async (body: Widen<Schemas['RecordReceptionDto']>) => (await send('/api/intake/receptions', {}, body)) as { receptionId: string; revision: number };
export const screenPerson = async (body: Widen<Schemas['ScreenPersonDto']>) => (await send('/api/intake/screenings', {}, body)) as { personId: string; revision: number };
export const recordBody = async (body: Widen<Schemas['RecordBodyReceivedDto']>) => (await send('/api/intake/bodies', {}, body)) as { bodyId: string; revision: number };

// Uploads

export const useUploads = (page: number) =>
  useQuery({ queryKey: intakeKeys.uploads(page), queryFn: async () => unwrap(await get('/api/intake/uploads', { params: { query: { page, pageSize: 20 } } })) as Page<UploadAnswer> });

/** An upload while it runs (the rows read so far) or once recorded. */
export const useUploadProgress = (uploadId: string | null, enabled: boolean) =>
  useQuery({
    queryKey: ['intake', 'upload', uploadId],
    queryFn: async () => unwrap(await get('/api/intake/uploads/{uploadId}', { params: { path: { uploadId: uploadId ?? '' } } })) as UploadAnswer,
    enabled: enabled && uploadId !== null,
    refetchInterval: 1000,
    retry: false,
  });

/** The upload's id: the SHA-256 of the file's bytes, as the server names it. */
export async function uploadIdOf(file: File): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The mime type the API reads a file as: CSV or XLSX, by the file's name when the browser gives none. */
export function uploadType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return null;
}

/**
 * Sends a file as the raw body of `POST /api/intake/uploads/:kind`, through XMLHttpRequest: fetch
 * reports no upload progress, and a 100,000-row file takes long enough to need a bar. `onProgress`
 * gets the bytes sent so far and the file's size.
 */
export function uploadFile(kind: UploadKind, file: File, onProgress: (sent: number, total: number) => void, signal?: AbortSignal): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/intake/uploads/${kind}?fileName=${encodeURIComponent(file.name)}`);
    const token = bearerToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', uploadType(file) ?? 'text/csv');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      const body = xhr.response as unknown;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as UploadAnswer);
      else reject(new ApiProblem(xhr.status, (body ?? {}) as Partial<Problem>));
    };
    xhr.onerror = () => reject(new ApiProblem(0, { title: 'Network error' }));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
