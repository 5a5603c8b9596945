import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RecordedEvent } from '@casetrail/event-sourcing';
import { PoliceCaseEventType, caseIdOfStream } from '@casetrail/enforcement-contracts';
import {
  IntakeEventType,
  intakeRecordName,
  receptionIdOfStream,
  screenedPersonIdOfStream,
  UPLOAD_FORMATS,
  type IntakeRecordKind,
} from '@casetrail/intake-contracts';
import { nameBasedUuid } from '@casetrail/platform-commands';
import { ProtectionCaseEventType, personIdOfStream } from '@casetrail/protection-contracts';
import type { DistributedRun } from './distributed-run';
import { findFreePort } from '../../support/free-port';
import type { DistributedRunSettings } from './service-env';
import { ServiceProcess } from './service-process';

/**
 * The intake service: owns its events (SQLite under the data dir) and publishes them on its topic;
 * it seals the names of screened persons under the person keys it shares with enforcement and
 * protection, whose reactors open them from the referral. It runs no reactor of its own.
 */
export function intakeEnv(settings: DistributedRunSettings, dataDir: string, port: number, parent: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const inherited = Object.fromEntries(['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'].flatMap((name) => (parent[name] === undefined ? [] : [[name, parent[name]!]])));
  return {
    ...inherited,
    NODE_ENV: 'test',
    SWC_NODE_PROJECT: 'tsconfig.base.json',
    CASETRAIL_HOST: '127.0.0.1',
    CASETRAIL_PORT: String(port),
    CASETRAIL_DATA_DIR: dataDir,
    CASETRAIL_LOG_LEVEL: settings.logLevel,
    CASETRAIL_BUS: 'kafka',
    KAFKA_BROKERS: settings.kafkaBrokers,
    CASETRAIL_KAFKA_TOPIC_PREFIX: settings.topicPrefix,
    CASETRAIL_LOCAL_SIGNING_KEY_FILE: settings.signingKeyFile,
    CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000',
    CASETRAIL_EVENT_STORE: 'sqlite',
    CASETRAIL_PUBLISH_EVENTS: 'true',
    CASETRAIL_PERSON_KEYS_FILE: settings.personKeysFile,
  };
}

/**
 * A distributed run with intake beside it: the intake process (`apps/intake`, its own data dir
 * under the run's root, its log beside the others), and enforcement reading the bus for its
 * reactors (the referrals intake publishes), as protection already does. The run's cleanup does
 * not know the intake process: `stop()` it first (`withIntake` does).
 */
export class IntakeRun {
  private constructor(
    readonly run: DistributedRun,
    readonly intake: ServiceProcess,
  ) {}

  static async create(run: DistributedRun): Promise<IntakeRun> {
    const port = await findFreePort();
    const intake = new ServiceProcess({ name: 'intake', main: 'apps/intake/src/main.ts', port, env: intakeEnv(run.settings, join(run.root, 'intake'), port), logDir: run.logDir });
    // Enforcement's intake-referral reactor consumes intake's topic as a consumer group; short session, as for the others.
    run.enforcement.setEnv({ CASETRAIL_REACTOR_SOURCE: 'bus', CASETRAIL_KAFKA_SESSION_TIMEOUT_MS: '6000' });
    return new IntakeRun(run, intake);
  }

  get intakeEventsFile(): string {
    return join(this.run.root, 'intake', 'events.sqlite');
  }

  /** Intake, enforcement, protection and statistics. */
  async startAll(): Promise<void> {
    await Promise.all([this.intake.start(), this.run.enforcement.start(), this.run.protection.start(), this.run.statistics.start()]);
  }

  /** A border official at the Battambang police commissariat (Doung checkpoint is in Battambang). */
  borderOfficialToken(): Promise<string> {
    return this.run.token('border_official', ['battambang'], 'police-commissariat-battambang');
  }
}

/** The name-based id of an intake record, as the API and the upload make it. */
export function intakeId(kind: IntakeRecordKind, place: string, reference: string): string {
  return nameBasedUuid(intakeRecordName(kind, place, reference));
}

/** The case enforcement opens for a referral naming none (its reactor's `referralCaseId`). */
export function referralCaseIdOf(personId: string, policeUnit: string): string {
  return nameBasedUuid(`casetrail:enforcement:referral-case:${personId}:${policeUnit}`);
}

/**
 * How many events of `type` a service's SQLite log holds right now (0 before the file exists): a
 * cheap look beside the running service (WAL allows a second reader), polled to time a kill.
 */
export function countEvents(eventsFile: string, type: string): number {
  if (!existsSync(eventsFile)) return 0;
  const db = new Database(eventsFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM events WHERE type = ?').get(type) as { n: number }).n;
  } catch {
    return 0; // the schema is not there yet
  } finally {
    db.close();
  }
}

/** SHA-256 of the file's bytes: the upload's id. */
export function uploadIdOf(file: Buffer): string {
  return createHash('sha256').update(file).digest('hex');
}

/** A CSV file of the upload format's columns (`columns` in order), values quoted when they need it. */
export function csvFile(columns: readonly string[], rows: ReadonlyArray<ReceptionRow | ScreeningRow>): Buffer {
  const cell = (v: string | number | undefined) => {
    const text = v === undefined ? '' : String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return Buffer.from([columns.join(','), ...rows.map((r) => columns.map((c) => cell((r as unknown as Record<string, string | number | undefined>)[c])).join(','))].join('\n') + '\n', 'utf8');
}

export interface ReceptionRow {
  reference: string;
  place: string;
  received_on: string;
  received_by: string;
  returned_by: string;
  country_returned_from: string;
  reason: string;
  men: number;
  women: number;
  boys: number;
  girls: number;
}

export interface ScreeningRow {
  reference: string;
  reception_reference: string;
  place: string;
  screened_on: string;
  screened_by: string;
  outcome: string;
  exploitation_indicated?: string;
  sex: string;
  nationality: string;
  country_returned_from: string;
  age_in_years?: number;
  name?: string;
  referral_destination?: string;
  referral_on?: string;
  referral_organisation?: string;
  referral_police_unit?: string;
  referral_suspected_offence?: string;
}

/** The columns of an upload kind in the published order, required then optional. */
export function uploadColumns(kind: keyof typeof UPLOAD_FORMATS, used?: readonly string[]): string[] {
  const all = [...UPLOAD_FORMATS[kind].required, ...UPLOAD_FORMATS[kind].optional];
  return used ? all.filter((c) => UPLOAD_FORMATS[kind].required.includes(c) || used.includes(c)) : all;
}

/**
 * `count` receptions at Doung by the Battambang commissariat, one a day from 1 January (wrapping
 * within the year), of 1 to 20 persons in all four groups: deterministic from the index.
 */
export function receptionRows(count: number, prefix: string, year: number): ReceptionRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(year, 0, 1 + (i % 360))).toISOString().slice(0, 10);
    return {
      reference: `${prefix}-R${String(i + 1).padStart(6, '0')}`,
      place: 'doung',
      received_on: day,
      received_by: 'police-commissariat-battambang',
      returned_by: 'foreign_authorities',
      country_returned_from: 'THA',
      reason: 'illegal_work',
      men: 1 + (i % 7),
      women: i % 5,
      boys: i % 3,
      girls: (i * 7) % 4,
    };
  });
}

/**
 * `count` suspected victims screened at the first receptions (one per reception), each referred
 * once: even rows to the Battambang police (a case opened for them), odd rows to the Battambang
 * department of social affairs (a protection case). Some with a synthetic name.
 */
export function screeningRows(count: number, receptions: readonly ReceptionRow[], prefix: string): ScreeningRow[] {
  if (count > receptions.length) throw new Error('one screening per reception');
  return Array.from({ length: count }, (_, i) => {
    const reception = receptions[i]!;
    const police = i % 2 === 0;
    return {
      reference: `${prefix}-S${String(i + 1).padStart(6, '0')}`,
      reception_reference: reception.reference,
      place: reception.place,
      screened_on: reception.received_on,
      screened_by: reception.received_by,
      outcome: 'suspected_victim',
      exploitation_indicated: 'labour',
      sex: i % 3 === 0 ? 'F' : 'M',
      nationality: 'KHM',
      country_returned_from: 'THA',
      age_in_years: 16 + (i % 20),
      ...(i % 4 === 1 ? { name: `Synthetic Screened ${prefix} ${i}` } : {}),
      referral_destination: police ? 'police' : 'social_affairs',
      referral_on: reception.received_on,
      ...(police ? { referral_police_unit: 'police-battambang', referral_suspected_offence: 'unlawful_recruitment_for_exploitation' } : { referral_organisation: 'dosvy-battambang' }),
    };
  });
}

/** How many times each expected record was written in a log, and what no one asked for. */
export interface RecordCensus {
  expected: number;
  /** Records with at least one of the events looked for. */
  records: number;
  duplicates: string[];
  missing: string[];
  unexpected: string[];
  /** `reaction-failed-*` streams: reactions the process gave up on (embedded reactors only). */
  reactionFailures: string[];
}

/**
 * Counts the events of `type` per record (the id `idOf` finds in a stream) and compares the
 * records with those expected: each exactly once, none missing, none unasked for.
 */
export function recordCensus(expectedIds: readonly string[], events: readonly RecordedEvent[], type: string, idOf: (e: RecordedEvent) => string | null): RecordCensus {
  const seen = new Map<string, number>();
  const reactionFailures = new Set<string>();
  for (const e of events) {
    if (e.streamId.startsWith('reaction-failed-')) reactionFailures.add(e.streamId);
    if (e.type !== type) continue;
    const id = idOf(e);
    if (id === null) continue;
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  const asked = new Set(expectedIds);
  return {
    expected: asked.size,
    records: seen.size,
    duplicates: [...seen].filter(([, n]) => n > 1).map(([id]) => id).sort(),
    missing: [...asked].filter((id) => !seen.has(id)).sort(),
    unexpected: [...seen.keys()].filter((id) => !asked.has(id)).sort(),
    reactionFailures: [...reactionFailures].sort(),
  };
}

/** The receptions recorded in intake's log (`ReceptionRecorded` per reception stream). */
export const receptionCensus = (expected: readonly string[], intakeEvents: readonly RecordedEvent[]) =>
  recordCensus(expected, intakeEvents, IntakeEventType.ReceptionRecorded, (e) => receptionIdOfStream(e.streamId));

/** The screened persons in intake's log (`PersonScreened`) and their referrals (`PersonReferred`). */
export const screeningCensus = (expected: readonly string[], intakeEvents: readonly RecordedEvent[]) =>
  recordCensus(expected, intakeEvents, IntakeEventType.PersonScreened, (e) => screenedPersonIdOfStream(e.streamId));
export const referralCensus = (expected: readonly string[], intakeEvents: readonly RecordedEvent[]) =>
  recordCensus(expected, intakeEvents, IntakeEventType.PersonReferred, (e) => screenedPersonIdOfStream(e.streamId));

/** The persons enforcement's log holds as referred victims (`VictimReferred`, by victim id). */
export const policeVictimCensus = (expected: readonly string[], enforcementEvents: readonly RecordedEvent[]) =>
  recordCensus(expected, enforcementEvents, PoliceCaseEventType.VictimReferred, (e) => (caseIdOfStream(e.streamId) === null ? null : (e.data as { victimId: string }).victimId));

/** The protection cases protection's log holds (`ProtectionCaseOpened`, by person id). */
export const protectionCaseCensusOf = (expected: readonly string[], protectionEvents: readonly RecordedEvent[]) =>
  recordCensus(expected, protectionEvents, ProtectionCaseEventType.ProtectionCaseOpened, (e) => personIdOfStream(e.streamId));

/** The total row's current figures of an intake statistics table, as the statistics service answers it. */
export async function intakeTableTotals(baseUrl: string, token: string, table: string, year: number): Promise<Record<string, number>> {
  const res = await fetch(`${baseUrl}/api/statistics/intake/${table}?year=${year}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal: AbortSignal.timeout(5_000),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET intake/${table}: HTTP ${res.status} ${text.slice(0, 300)}`);
  // Parsed here, not by fetch: objects from fetch belong to another realm than jest's.
  const answer = JSON.parse(text) as { rows: Array<{ level: string; current: Record<string, number> }> };
  const total = answer.rows.find((r) => r.level === 'total');
  if (!total) throw new Error(`the intake ${table} table has no total row`);
  return total.current;
}
