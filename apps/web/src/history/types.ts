import type { components } from '../api/schema';

/**
 * A record's history as `GET /api/enforcement/cases/{caseId}/history` and
 * `GET /api/court/files/{fileId}/history` answer it: the generated types of the API's
 * `HistoryEntryDto` (libs/platform/access-audit), so the screens follow the API.
 */
type Schemas = components['schemas'];

export type HistoryActor = Schemas['HistoryActorDto'];

/**
 * One event. `changes` is the event's data, by event type; any `personal` part is opened for
 * roles that may see it (`{ fullName?, birthDate? }`), `{ restricted: true }` for the others,
 * `{ forgotten: true }` once the person's key was destroyed, `{}` when nothing identifying was
 * recorded.
 */
export type HistoryEntry = Schemas['HistoryEntryDto'];

export type PoliceCaseHistory = Schemas['PoliceCaseHistoryDto'];

export type CourtFileHistory = Schemas['CourtFileHistoryDto'];

/** The records whose history can be read, as the access log names them. */
export type RecordType = 'police-case' | 'court-file' | 'protection-case';

export const RECORD_TYPES: readonly RecordType[] = ['police-case', 'court-file', 'protection-case'];
