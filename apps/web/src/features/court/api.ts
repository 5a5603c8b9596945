import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem, etagOf, unwrap } from '../../api/client';
import type { DeadlineList, FilePage, FileView, HistoryEntry, LoadedFile } from './types';
import type { CourtCode, Province } from './codes';

/** Query keys: everything under ['court'] so a command can refresh what it changes. */
export const courtKeys = {
  all: ['court'] as const,
  list: (query: object) => ['court', 'files', query] as const,
  file: (fileId: string, asOf: string | null) => ['court', 'file', fileId, asOf] as const,
  history: (fileId: string) => ['court', 'history', fileId] as const,
  deadlines: (withinDays: number, court: string | null) => ['court', 'deadlines', withinDays, court] as const,
};

export interface FileListQuery {
  page: number;
  pageSize: number;
  stage?: 'prosecution' | 'investigation' | 'trial' | 'retained_without_processing' | 'dismissed';
  province?: Province;
  court?: CourtCode;
  /** The year the file was opened (or the police case received). */
  year?: number;
  /** Part of the court's own reference, searched by the server (any case). */
  reference?: string;
}

export function useCourtFiles(query: FileListQuery) {
  return useQuery({
    queryKey: courtKeys.list(query),
    queryFn: async () => unwrap(await api.GET('/api/court/files', { params: { query } })) as FilePage,
    placeholderData: (previous) => previous,
  });
}

/** The file (now, or as of an instant) with the ETag its next command sends as If-Match. */
export function useCourtFile(fileId: string, asOf: string | null) {
  return useQuery({
    queryKey: courtKeys.file(fileId, asOf),
    queryFn: async (): Promise<LoadedFile> => {
      const result = await api.GET('/api/court/files/{fileId}', { params: { path: { fileId }, query: asOf ? { asOf } : undefined } });
      const view = unwrap(result) as unknown as FileView;
      return { ...view, etag: etagOf(result.response) ?? `"${view.revision}"` };
    },
  });
}

export function useFileHistory(fileId: string, enabled = true) {
  return useQuery({
    queryKey: courtKeys.history(fileId),
    queryFn: async () => (unwrap(await api.GET('/api/court/files/{fileId}/history', { params: { path: { fileId } } })) as unknown as { fileId: string; events: HistoryEntry[] }).events,
    enabled,
  });
}

export function useDeadlines(withinDays: number, court: CourtCode | null) {
  return useQuery({
    queryKey: courtKeys.deadlines(withinDays, court),
    queryFn: async () => unwrap(await api.GET('/api/court/detentions/deadlines', { params: { query: { withinDays, ...(court ? { court } : {}) } } })) as DeadlineList,
  });
}

/** A 409 because the file changed since it was loaded (If-Match), not because a rule refused. */
export function isStaleRevision(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem && error.status === 409 && (error.problem.code === 'WRONG_EXPECTED_REVISION' || (error.problem.type ?? '').endsWith('/concurrency'));
}

interface FetchResultLike {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * A command on a loaded file: sends If-Match with the revision the screen shows (read when the
 * command is sent, so a retry after loading the new version sends the new one), then refreshes
 * the court's queries (the file, its history, the list, the deadlines).
 */
export function useFileCommand<Body>(file: LoadedFile, send: (body: Body, headers: { 'If-Match': string }) => Promise<FetchResultLike>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Body) => unwrap(await send(body, { 'If-Match': file.etag })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: courtKeys.all });
      onDone?.();
    },
  });
}
