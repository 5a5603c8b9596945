import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '@casetrail/event-sourcing';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { PERSON_KEY_STORE, type PersonKeyStore } from '@casetrail/personal-data';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';

/*
 * The proof that personal data is protected by design: names and birth dates are sealed
 * per person before they enter any event; forgetting a person destroys their key, after which
 * their data is unreadable everywhere it was stored, while every statistic stays identical,
 * byte for byte, also after the read models are rebuilt from the log at a restart.
 * (Kafka topics and MongoDB read models are searched by the distributed e2e.)
 */

interface Person {
  kind: 'suspect' | 'victim';
  caseId: string;
  id: string;
  name: string;
  birthDate: string;
}

/** Every file under a directory, recursively (SQLite files, WALs, keys, anything else). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files (relative names) holding the text in clear. */
function filesContaining(dir: string, needle: string | Buffer): string[] {
  return filesUnder(dir)
    .filter((file) => readFileSync(file).includes(needle))
    .map((file) => file.slice(dir.length + 1));
}

const YEAR_TABLE = '/api/statistics/law-enforcement?year=2020';

describe('forgetting a person (crypto-shredding), embedded runtime on SQLite', () => {
  let app: EmbeddedApp;
  let dataDir: string;
  const logs: string[] = [];
  let restoreStdout: () => void;
  const people: Person[] = [];
  let forgotten: Person[];
  let kept: Person[];
  /** A minor identified with a birth date, forgotten before any arrest. */
  let laterArrest: Person;
  const tablesBefore: { json: string; csv: string; battambangCsv: string } = { json: '', csv: '', battambangCsv: '' };
  const keysBefore = new Map<string, Buffer>();

  const driver = async (role: Parameters<EmbeddedApp['token']>[0], provinces = ['*'], unit?: string) =>
    new PoliceCaseDriver(app.http, await app.token(role, provinces, unit, `${role}-forget-e2e`));
  const police = () => driver('police', ['battambang'], 'police-battambang');

  async function tables() {
    const statistician = await driver('statistician');
    const json = await statistician.get(YEAR_TABLE);
    const csv = await statistician.get(`${YEAR_TABLE}&format=csv`);
    const battambangCsv = await statistician.get(`${YEAR_TABLE}&province=battambang&format=csv`);
    expect([json.status, csv.status, battambangCsv.status]).toEqual([200, 200, 200]);
    return { json: json.text, csv: csv.text, battambangCsv: battambangCsv.text };
  }

  beforeAll(async () => {
    // Installed before the app starts, so pino writes through it (a replaced stdout.write is
    // used as is); nothing reaches the terminal while the suite runs.
    const original = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      logs.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
    restoreStdout = () => {
      process.stdout.write = original;
    };
    app = await startEmbeddedApp({ env: { CASETRAIL_LOG_LEVEL: 'debug' } });
    dataDir = app.dataDir;

    const officer = await police();
    const person = (kind: Person['kind'], caseId: string, birthDate: string): Omit<Person, 'id'> => ({
      kind,
      caseId,
      name: `CANARY-${randomUUID()}`,
      birthDate,
    });
    for (let c = 0; c < 3; c++) {
      const caseId = await officer.open({ offences: [c === 2 ? 'procuring' : 'trafficking_in_persons_with_purpose'], openedOn: `2020-0${c + 3}-01` });
      // 17 when identified, 18 when arrested: the band at the arrest comes from the birth date.
      const crossing = person('suspect', caseId, `2002-0${c + 3}-05`);
      const crossingId = await officer.suspect(caseId, { ageAtIdentification: undefined, birthDate: crossing.birthDate, sex: 'F', identifiedOn: `2020-0${c + 3}-02`, personal: { fullName: crossing.name } });
      await officer.arrest(caseId, crossingId, `2020-0${c + 3}-10`);
      people.push({ ...crossing, id: crossingId });
      const adult = person('suspect', caseId, `1985-1${c}-20`);
      const adultId = await officer.suspect(caseId, { ageAtIdentification: undefined, birthDate: adult.birthDate, nationality: 'VNM', identifiedOn: `2020-0${c + 3}-02`, personal: { fullName: adult.name } });
      await officer.arrest(caseId, adultId, `2020-0${c + 3}-03`);
      people.push({ ...adult, id: adultId });
      for (const [v, birthDate] of [`2008-0${c + 1}-11`, `2004-0${c + 1}-12`].entries()) {
        const victim = person('victim', caseId, birthDate);
        const victimId = await officer.victim(caseId, { ageAtRescue: undefined, birthDate, rescuedOn: `2020-0${c + 3}-04`, personal: { fullName: victim.name } });
        if (v === 0) await officer.handOver(caseId, victimId, 'social_affairs', `2020-0${c + 3}-06`);
        people.push({ ...victim, id: victimId });
      }
      // A suspect named only by an age: nothing identifying, nothing sealed.
      await officer.suspect(caseId, { ageAtIdentification: 44, identifiedOn: `2020-0${c + 3}-02` });
    }
    // 13 when identified; arrested only after being forgotten (last test).
    const minor = person('suspect', people[0].caseId, '2006-07-01');
    const minorId = await officer.suspect(minor.caseId, { ageAtIdentification: undefined, birthDate: minor.birthDate, identifiedOn: '2020-03-02', personal: { fullName: minor.name } });
    laterArrest = { ...minor, id: minorId };
    people.push(laterArrest);
    // Forget: in case 1 a suspect and a victim, in case 2 a victim, and the minor not yet arrested.
    forgotten = [people[0], people[2], people[7], laterArrest];
    kept = people.filter((p) => !forgotten.includes(p));
  });

  afterAll(async () => {
    restoreStdout?.();
    await app?.destroy();
  });

  it('stores names and birth dates only sealed, yet police and prosecutors read them', async () => {
    const events = app.app.get<EventStore>(EVENT_STORE);
    const stored = JSON.stringify(await events.readAll());
    expect(stored).toContain('A256GCM');
    for (const p of people) {
      expect(stored).not.toContain(p.name);
      expect(stored).not.toContain(p.birthDate);
      expect(filesContaining(dataDir, p.name)).toEqual([]);
    }
    const officer = await police();
    const prosecutor = await driver('prosecutor', ['battambang']);
    for (const reader of [officer, prosecutor]) {
      const view = await reader.get(`/api/enforcement/cases/${people[0].caseId}`);
      expect(view.status).toBe(200);
      expect(view.headers['cache-control']).toBe('no-store');
      const crossing = view.body.state.suspects[people[0].id];
      expect(crossing).toMatchObject({ birthDate: people[0].birthDate, ageBandAtIdentification: '15_17', ageBandAtArrest: '18_plus' });
      expect(crossing.personal).toEqual({ fullName: people[0].name, birthDate: people[0].birthDate });
      expect(view.body.state.victims[people[2].id].personal).toEqual({ fullName: people[2].name, birthDate: people[2].birthDate });
      const history = await reader.get(`/api/enforcement/cases/${people[0].caseId}/history`);
      expect(history.headers['cache-control']).toBe('no-store');
      expect(history.text).toContain(people[0].name);
    }
  });

  it('shows auditors and admins pseudonymous ids and derived facts only; statisticians no case at all', async () => {
    for (const role of ['auditor', 'admin'] as const) {
      const reader = await driver(role);
      const view = await reader.get(`/api/enforcement/cases/${people[0].caseId}`);
      expect(view.status).toBe(200);
      const crossing = view.body.state.suspects[people[0].id];
      expect(crossing).toMatchObject({ sex: 'F', nationality: 'KHM', ageBandAtArrest: '18_plus', birthDate: null, personal: { restricted: true } });
      const history = await reader.get(`/api/enforcement/cases/${people[0].caseId}/history`);
      for (const p of people) {
        expect(view.text).not.toContain(p.name);
        expect(view.text).not.toContain(p.birthDate);
        expect(history.text).not.toContain(p.name);
        expect(history.text).not.toContain(p.birthDate);
      }
    }
    const statistician = await driver('statistician');
    expect((await statistician.get(`/api/enforcement/cases/${people[0].caseId}`)).status).toBe(403);
    Object.assign(tablesBefore, await tables());
    for (const p of people) expect(`${tablesBefore.json}${tablesBefore.csv}`).not.toContain(p.name);
    const total = JSON.parse(tablesBefore.json).rows.find((r: { level: string }) => r.level === 'total').current;
    // Not two empty tables: 3 cases, 6 arrests (3 of them 18 at the arrest though 17 before), 6 victims.
    expect(total).toMatchObject({ cases: 3, suspectsArrested: 6, suspectsMinor: 0, suspectsForeign: 3, victims: 6, victimsUnder15: 3, victims15To17: 3 });
  });

  it('lets only an admin forget, with a reason; unknown ids are 404, a second forget is 409', async () => {
    const keys = app.app.get<PersonKeyStore>(PERSON_KEY_STORE);
    for (const p of forgotten) keysBefore.set(p.id, (await keys.getKey(p.id))!);
    const target = forgotten[0];
    const reason = { reason: 'Erasure request 2021-014 (synthetic test)' };
    const officer = await police();
    expect((await officer.post(`/api/admin/persons/${target.id}/forget`, reason)).status).toBe(403);
    const admin = await driver('admin');
    expect((await admin.post(`/api/admin/persons/${target.id}/forget`, { reason: 'too short' })).status).toBe(400);
    expect((await admin.post(`/api/admin/persons/${randomUUID()}/forget`, reason)).status).toBe(404);

    for (const p of forgotten) {
      const res = await admin.post(`/api/admin/persons/${p.id}/forget`, reason);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual({ personId: p.id, forgottenAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    }
    const again = await admin.post(`/api/admin/persons/${target.id}/forget`, reason);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PERSON_ALREADY_FORGOTTEN');

    // The act of forgetting is itself on the log, without personal data.
    const recorded = await app.app.get<EventStore>(EVENT_STORE).readStream(`privacy-person-${target.id}`);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      type: 'privacy.PersonForgotten',
      data: { personId: target.id, reason: reason.reason },
      actor: { userId: 'admin-forget-e2e', role: 'admin' },
    });
  });

  it('answers { forgotten: true } for forgotten people, and still reads the others', async () => {
    const officer = await police();
    for (const caseId of new Set(people.map((p) => p.caseId))) {
      const view = await officer.get(`/api/enforcement/cases/${caseId}`);
      const history = await officer.get(`/api/enforcement/cases/${caseId}/history`);
      for (const p of people.filter((x) => x.caseId === caseId)) {
        const record = view.body.state[p.kind === 'suspect' ? 'suspects' : 'victims'][p.id];
        if (forgotten.includes(p)) {
          expect(record).toMatchObject({ personal: { forgotten: true }, birthDate: null });
          expect(view.text).not.toContain(p.name);
          expect(history.text).not.toContain(p.name);
        } else {
          expect(record.personal).toEqual({ fullName: p.name, birthDate: p.birthDate });
        }
      }
    }
  });

  it('rebuilds every statistic identically, byte for byte, after a restart', async () => {
    expect(await tables()).toEqual(tablesBefore);
    await app.stop();
    app = await startEmbeddedApp({ dataDir, env: { CASETRAIL_LOG_LEVEL: 'debug' } });
    const after = await tables();
    expect(after.json).toBe(tablesBefore.json);
    expect(after.csv).toBe(tablesBefore.csv);
    expect(after.battambangCsv).toBe(tablesBefore.battambangCsv);
    // Forgetting is durable: still forgotten after the restart, the others still readable.
    const view = await (await police()).get(`/api/enforcement/cases/${people[0].caseId}`);
    expect(view.body.state.suspects[people[0].id].personal).toEqual({ forgotten: true });
    expect(view.body.state.suspects[people[1].id].personal).toEqual({ fullName: people[1].name, birthDate: people[1].birthDate });
  });

  it('leaves no forgotten name, birth date or key in any store file or log line', async () => {
    const files = filesUnder(dataDir).map((f) => f.slice(dataDir.length + 1));
    expect(files).toEqual(expect.arrayContaining(['events.sqlite', 'keys/person-keys.sqlite']));
    for (const p of forgotten) {
      expect(filesContaining(dataDir, p.name)).toEqual([]);
      expect(filesContaining(dataDir, p.birthDate)).toEqual([]);
      expect(filesContaining(dataDir, keysBefore.get(p.id)!)).toEqual([]);
    }
    // The keys of the people kept are still on disk (so the key search above can find a key).
    const keptKey = await app.app.get<PersonKeyStore>(PERSON_KEY_STORE).getKey(kept[0].id);
    const holdingKeptKey = filesContaining(dataDir, keptKey!);
    expect(holdingKeptKey.length).toBeGreaterThan(0);
    expect(holdingKeptKey.every((f) => f.startsWith('keys/person-keys.sqlite'))).toBe(true);

    const log = logs.join('');
    // The logs were captured (debug level: every request), so their silence about names means something.
    expect(log).toContain('/api/admin/persons/');
    expect(log).toContain('/api/enforcement/cases/');
    for (const p of people) {
      expect(log).not.toContain(p.name);
      expect(log).not.toContain(p.birthDate);
    }
  });

  it('still arrests a minor forgotten before the arrest, with the band derived from what the events hold in clear', async () => {
    const before = JSON.parse(tablesBefore.json).rows.find((r: { level: string }) => r.level === 'total').current;
    const officer = await police();
    // Under 15 when identified on 2020-03-02; no whole year since: under 15 at the arrest (13 in truth).
    await officer.arrest(laterArrest.caseId, laterArrest.id, '2020-03-20');
    const view = await officer.get(`/api/enforcement/cases/${laterArrest.caseId}`);
    expect(view.body.state.suspects[laterArrest.id]).toMatchObject({ ageBandAtIdentification: 'under_15', ageBandAtArrest: 'under_15', personal: { forgotten: true } });
    const table = await (await driver('statistician')).get(YEAR_TABLE);
    const total = table.body.rows.find((r: { level: string }) => r.level === 'total').current;
    expect(total.suspectsArrested).toBe(before.suspectsArrested + 1);
    expect(total.suspectsMinor).toBe(before.suspectsMinor + 1);
    // Derived from the log alone: the same after a rebuild, and still no birth date anywhere.
    const after = await tables();
    await app.stop();
    app = await startEmbeddedApp({ dataDir, env: { CASETRAIL_LOG_LEVEL: 'debug' } });
    expect(await tables()).toEqual(after);
    expect(filesContaining(dataDir, laterArrest.birthDate)).toEqual([]);
    expect(JSON.stringify(await app.app.get<EventStore>(EVENT_STORE).readAll())).not.toContain(laterArrest.birthDate);
  });
});
