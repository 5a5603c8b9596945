import type { RecordedEvent } from '@casetrail/event-sourcing';
import { SqliteEventStore } from '@casetrail/event-store-sqlite';
import { CourtFileEventType } from '@casetrail/court-contracts';
import { PoliceCaseEventType } from '@casetrail/enforcement-contracts';
import { readWholeLog } from './expected-statistics';

const POLICE_CASE_STREAM = 'enforcement-case-';
const COURT_FILE_STREAM = 'court-file-';
const OPENINGS: ReadonlySet<string> = new Set([CourtFileEventType.PoliceCaseReceived, CourtFileEventType.CourtFileOpened]);

/** The ids of the police cases the enforcement log shows forwarded to the prosecutor, sorted, each once. */
export function forwardedCaseIds(enforcementEvents: readonly RecordedEvent[]): string[] {
  const ids = enforcementEvents
    .filter((e) => e.type === PoliceCaseEventType.CaseForwardedToProsecutor && e.streamId.startsWith(POLICE_CASE_STREAM))
    .map((e) => e.streamId.slice(POLICE_CASE_STREAM.length));
  return [...new Set(ids)].sort();
}

/** What the court's log holds against the forwarded cases (a court file's id is the police case id). */
export interface CourtFileCensus {
  forwarded: number;
  /** Court files with at least one opening event. */
  files: number;
  /** Files opened more than once (a second opening event in the stream). */
  duplicates: string[];
  /** Forwarded cases without a court file. */
  missing: string[];
  /** Court files no forwarding asked for. */
  unexpected: string[];
  /** `reaction-failed-*` streams: reactions the process gave up on. */
  reactionFailures: string[];
}

/** Counts the opening events of each `court-file-<id>` stream and compares them with the forwarded cases. */
export function courtFileCensus(forwarded: readonly string[], courtEvents: readonly RecordedEvent[]): CourtFileCensus {
  const openings = new Map<string, number>();
  const reactionFailures = new Set<string>();
  for (const e of courtEvents) {
    if (e.streamId.startsWith('reaction-failed-')) reactionFailures.add(e.streamId);
    if (!e.streamId.startsWith(COURT_FILE_STREAM) || !OPENINGS.has(e.type)) continue;
    const fileId = e.streamId.slice(COURT_FILE_STREAM.length);
    openings.set(fileId, (openings.get(fileId) ?? 0) + 1);
  }
  const asked = new Set(forwarded);
  return {
    forwarded: asked.size,
    files: openings.size,
    duplicates: [...openings].filter(([, n]) => n > 1).map(([id]) => id).sort(),
    missing: [...asked].filter((id) => !openings.has(id)).sort(),
    unexpected: [...openings.keys()].filter((id) => !asked.has(id)).sort(),
    reactionFailures: [...reactionFailures].sort(),
  };
}

/**
 * Every event of a service's SQLite log as stored (no registry: the census needs stream ids and
 * types only), read beside the running service (WAL allows a second reader).
 */
export async function readSqliteLog(eventsFile: string): Promise<RecordedEvent[]> {
  const store = new SqliteEventStore({ filename: eventsFile });
  try {
    return await readWholeLog(store);
  } finally {
    await store.close();
  }
}
