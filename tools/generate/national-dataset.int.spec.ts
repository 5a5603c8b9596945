import 'reflect-metadata';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventTypeRegistry, RegistryEventStore, type RecordedEvent } from '@casetrail/event-sourcing';
import { screenedPersonIdOfStream } from '@casetrail/intake-contracts';
import { SqliteCheckpointStore, SqliteEventStore } from '@casetrail/event-store-sqlite';
import { POLICE_FORWARDING_REACTOR } from '@casetrail/court-api';
import { PERSON_KEYS_FILE, PersonalDataCipher, SqlitePersonKeyStore, openPersonalData } from '@casetrail/personal-data';
import { processContexts, reactorCheckpointName } from '@casetrail/platform-nest';
import { InMemoryReadModelStore, ProjectionRunner } from '@casetrail/read-models';
import { COURT_COMPENSATION_REACTOR, HAND_OVER_REACTOR, INTAKE_PROTECTION_REFERRAL_REACTOR } from '@casetrail/protection-api';
import { INTAKE_POLICE_REFERRAL_REACTOR } from '@casetrail/enforcement-api';
import { compensationTableFromReadModels, courtTableFromReadModels, intakeTableFromReadModels, lawEnforcementTableFromReadModels, protectionTableFromReadModels } from '@casetrail/statistics-api';
import { COURT_TABLES, INTAKE_TABLES, PROTECTION_TABLES } from '@casetrail/statistics-domain';
import { hostedContexts } from '../../apps/casetrail/src/contexts';
import { generateNationalDataset } from './national-dataset';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const registry = new EventTypeRegistry().register(...processContexts(hostedContexts).eventTypes());

async function generate(runner: 'in-memory' | 'command-runner'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'casetrail-generate-'));
  dirs.push(dir);
  await generateNationalDataset({ dataDir: dir, events: 1_500, seed: 7, fromYear: 2019, toYear: 2020, runner, batchEvents: 400, registrationsPerCase: 0.5 });
  return dir;
}

/** Every table of both years, from read models rebuilt from the data dir's log. */
async function tablesOf(dir: string): Promise<unknown[]> {
  const sqlite = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
  const readModels = new InMemoryReadModelStore();
  try {
    await new ProjectionRunner(readModels, processContexts(hostedContexts).projections()).rebuild(new RegistryEventStore(sqlite, registry));
    const tables: unknown[] = [];
    for (const year of [2019, 2020]) {
      tables.push(await lawEnforcementTableFromReadModels(readModels, { year }));
      for (const kind of COURT_TABLES) tables.push(await courtTableFromReadModels(readModels, kind, { year }));
      for (const kind of PROTECTION_TABLES) tables.push(await protectionTableFromReadModels(readModels, kind, { year }));
      tables.push(await compensationTableFromReadModels(readModels, { year }));
      for (const kind of INTAKE_TABLES) tables.push(await intakeTableFromReadModels(readModels, kind, { year }));
    }
    return tables;
  } finally {
    await sqlite.close();
  }
}

/** The log without what is random (ids, ciphertexts): types, streams' shapes and the clear data. */
function typesPerPosition(dir: string): string[] {
  const db = new Database(join(dir, 'events.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT type, stream_revision FROM events ORDER BY global_position').all() as { type: string; stream_revision: number }[]).map((r) => `${r.type}@${r.stream_revision}`);
  } finally {
    db.close();
  }
}

describe('generateNationalDataset', () => {
  let fast: string;
  let reference: string;
  beforeAll(async () => {
    fast = await generate('in-memory');
    reference = await generate('command-runner');
  }, 120_000);

  it('writes police cases and the court files the reactor opens, the same log with either runner', () => {
    const log = typesPerPosition(fast);
    // About the events asked for: whole cases, sized by the events per case seen so far.
    expect(Math.abs(log.length - 1_500)).toBeLessThan(150);
    expect(log.some((t) => t.startsWith('enforcement.CaseForwardedToProsecutor@'))).toBe(true);
    // Each forwarding opens a court file: the reactor's event, first in its stream.
    expect(log.filter((t) => t === 'court.PoliceCaseReceived@0').length).toBe(log.filter((t) => t.startsWith('enforcement.CaseForwardedToProsecutor@')).length);
    // Victims handed over to social affairs go on in protection: the reactor's opening, then the workers' steps.
    expect(log.filter((t) => t === 'protection.ProtectionCaseOpened@0').length).toBeGreaterThan(0);
    for (const step of ['ConsentRecorded', 'ShelterAdmitted', 'ServiceDelivered', 'FamilyAssessed']) expect(log.some((t) => t.startsWith(`protection.${step}@`))).toBe(true);
    expect(log).toEqual(typesPerPosition(reference));
  });

  it('opens a protection case for each victim handed over to social affairs, and one for each person registered directly', async () => {
    const sqlite = new SqliteEventStore({ filename: join(fast, 'events.sqlite') });
    try {
      const events = await sqlite.readAll({ maxCount: 100_000 });
      const handedOver = events
        .filter((e) => e.type === 'enforcement.VictimHandedOver' && (e.data as { destination: string }).destination === 'social_affairs')
        .map((e) => (e.data as { victimId: string }).victimId)
        .sort();
      const openings = events.filter((e) => e.type === 'protection.ProtectionCaseOpened');
      const opened = openings.filter((e) => (e.data as { channel: string }).channel === 'police_hand_over').map((e) => (e.data as { personId: string }).personId).sort();
      expect(handedOver.length).toBeGreaterThan(0);
      expect(opened).toEqual(handedOver);
      // The others are the persons social workers registered directly (half a person per police case here), and those intake referred.
      const registered = openings.filter((e) => !['police_hand_over', 'border_screening'].includes((e.data as { channel: string }).channel));
      expect(registered.length).toBeGreaterThan(0);
      expect(registered.every((e) => e.actor.role === 'social_worker')).toBe(true);
      // Every one opened by the reactor, caused by the hand-over.
      const causes = new Set(events.filter((e) => e.type === 'enforcement.VictimHandedOver').map((e) => e.eventId));
      expect(openings.filter((e) => (e.data as { channel: string }).channel === 'police_hand_over').every((e) => e.actor.userId === `reactor:${HAND_OVER_REACTOR}` && causes.has(e.causationId!))).toBe(true);
    } finally {
      await sqlite.close();
    }
  });

  it('writes intake beside the cases: receptions, screened persons, referrals and bodies, each referral reaching its context once through its reactor', async () => {
    const sqlite = new SqliteEventStore({ filename: join(fast, 'events.sqlite') });
    try {
      const events = await sqlite.readAll({ maxCount: 100_000 });
      const count = (type: string) => events.filter((e) => e.type === type).length;
      for (const type of ['intake.ReceptionRecorded', 'intake.PersonScreened', 'intake.PersonReferred', 'intake.BodyReceived']) expect([type, count(type) > 0]).toEqual([type, true]);
      // Intake is the largest volume: more receptions than police cases.
      expect(count('intake.ReceptionRecorded')).toBeGreaterThan(count('enforcement.PoliceCaseOpened'));
      const referrals = events.filter((e) => e.type === 'intake.PersonReferred');
      const personOf = (e: RecordedEvent) => screenedPersonIdOfStream(e.streamId)!;
      const to = (...destinations: string[]) => referrals.filter((e) => destinations.includes((e.data as { destination: string }).destination));
      expect(to('police').length).toBeGreaterThan(0);
      expect(to('social_affairs', 'partner_organisation').length).toBeGreaterThan(0);
      // Police: the screened person is a victim of a case, once per referral, caused by it.
      const referredVictims = events.filter((e) => e.type === 'enforcement.VictimReferred');
      expect(referredVictims.map((e) => (e.data as { victimId: string }).victimId).sort()).toEqual(to('police').map(personOf).sort());
      const causes = new Map(referrals.map((e) => [e.eventId, e]));
      expect(referredVictims.every((e) => causes.get(e.causationId!)?.streamId === `intake-person-${(e.data as { victimId: string }).victimId}`)).toBe(true);
      // Social affairs and partners: one protection case per person referred, opened by the reactor.
      const opened = events.filter((e) => e.type === 'protection.ProtectionCaseOpened' && (e.data as { channel: string }).channel === 'border_screening');
      expect(opened.map((e) => (e.data as { personId: string }).personId).sort()).toEqual([...new Set(to('social_affairs', 'partner_organisation').map(personOf))].sort());
      expect(opened.every((e) => e.actor.userId.startsWith('reactor:') && causes.has(e.causationId!))).toBe(true);
    } finally {
      await sqlite.close();
    }
  });

  it('gives the same tables with either runner (the in-memory runner decides as the platform runner does)', async () => {
    expect(await tablesOf(fast)).toEqual(await tablesOf(reference));
  });

  it('seals person data under keys of the data dir, leaves the reactors\' checkpoints at the head, and keeps the hash chain intact', async () => {
    const sqlite = new SqliteEventStore({ filename: join(fast, 'events.sqlite') });
    const keys = new SqlitePersonKeyStore({ filename: join(fast, PERSON_KEYS_FILE) });
    try {
      const events = await sqlite.readAll({ maxCount: 100_000 });
      const named = events.filter((e) => JSON.stringify(e.data).includes('"ct"'));
      expect(named.length).toBeGreaterThan(0);
      const opened = await openPersonalData(named, new PersonalDataCipher(keys));
      expect(JSON.stringify(opened.map((e) => e.data))).toContain('fullName');
      for (const reactor of [POLICE_FORWARDING_REACTOR, HAND_OVER_REACTOR, COURT_COMPENSATION_REACTOR, INTAKE_POLICE_REFERRAL_REACTOR, INTAKE_PROTECTION_REFERRAL_REACTOR]) {
        expect(await new SqliteCheckpointStore(sqlite).load(reactorCheckpointName(reactor))).toBe(await sqlite.headPosition());
      }
      expect((await sqlite.verifyChain()).ok).toBe(true);
    } finally {
      await keys.close();
      await sqlite.close();
    }
  });
});
