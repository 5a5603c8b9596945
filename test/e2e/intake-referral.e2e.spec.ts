import request from 'supertest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { CheckpointStore, EventStore, RecordedEvent } from '@casetrail/event-sourcing';
import { IntakePoliceReferralReactor, referralCaseId } from '@casetrail/enforcement-api';
import { policeCaseStreamId } from '@casetrail/enforcement-contracts';
import { IntakeEventType, screenedPersonStreamId } from '@casetrail/intake-contracts';
import { CHECKPOINT_STORE, EVENT_STORE } from '@casetrail/platform-nest';
import { IntakeProtectionReferralReactor } from '@casetrail/protection-api';
import { protectionCaseStreamId } from '@casetrail/protection-contracts';
import { pollUntil } from '../distributed/support/poll-until';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';

/*
 * A person screened at a border and referred on arrives in the contexts that receive them through
 * their own reactors, never by intake writing into their stores: a referral to the police makes the
 * person a victim of a police case (the one named, or one opened for the referral), a referral to
 * social affairs or a partner opens a protection case or refers the person's case on. Each exactly
 * once: the same referral handed to the reactors again, or read again from the log after their
 * checkpoints were lost, appends nothing. Over HTTP on the embedded runtime (SQLite on disk).
 */

const PLACE = 'poipet';
const PROVINCE = 'banteay-meanchey';
const POLICE_UNIT = 'police-banteay-meanchey';
const DEPARTMENT = 'dosvy-banteay-meanchey';
const NAME_A = 'Synthetic Screened Girl (intake referral e2e)';
const POLICE_REACTOR = 'enforcement-receives-intake-referrals';
const PROTECTION_REACTOR = 'protection-opens-intake-referrals';

describe('intake referrals reach law enforcement and protection exactly once (embedded runtime)', () => {
  let app: EmbeddedApp;
  let store: EventStore;
  let border: string;
  let police: PoliceCaseDriver;
  let social: string;
  let ijm: string;
  /** Screened persons: A (police and social affairs, then a partner), B (a case the police name), C (a closed case), D (a case that does not exist). */
  const ids: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
  let namedCaseId: string;
  let closedCaseId: string;

  const as = (token: string) => ({
    post: (path: string, body: object) => request(app.http).post(path).set('Authorization', `Bearer ${token}`).send(body),
    get: (path: string) => request(app.http).get(path).set('Authorization', `Bearer ${token}`).set('X-Access-Purpose', 'intake referral e2e'),
  });
  const stream = (streamId: string) => store.readStream(streamId);
  const types = async (streamId: string) => (await stream(streamId)).map((e) => e.type);

  async function screen(reference: string, body: object): Promise<string> {
    const res = await as(border).post('/api/intake/screenings', {
      reference,
      receptionReference: 'XC-R-1',
      place: PLACE,
      screenedOn: '2020-03-10',
      screenedBy: 'border-liaison-office',
      outcome: 'suspected_victim',
      exploitationIndicated: 'labour',
      sex: 'F',
      nationality: 'KHM',
      countryReturnedFrom: 'THA',
      ageInYears: 25,
      ...body,
    });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 201 });
    return res.body.personId;
  }

  async function refer(personId: string, body: object): Promise<void> {
    const res = await as(border).post(`/api/intake/screenings/${personId}/referrals`, { referredOn: '2020-03-11', ...body });
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 200 });
  }

  /** Waits until a stream holds `count` events (a reactor's command landed). */
  async function streamReaches(streamId: string, count: number): Promise<RecordedEvent[]> {
    return pollUntil(`${count} events on ${streamId}`, async () => {
      const events = await stream(streamId);
      return events.length >= count ? events : undefined;
    }, { timeoutMs: 15_000, intervalMs: 20 });
  }

  /** Every stream the referrals touched, with its length: what must not change on a redelivery. */
  async function lengths(): Promise<Record<string, number>> {
    const streams = [
      policeCaseStreamId(referralCaseId(ids.A, POLICE_UNIT)),
      policeCaseStreamId(namedCaseId),
      policeCaseStreamId(closedCaseId),
      protectionCaseStreamId(ids.A),
      protectionCaseStreamId(ids.B),
      `reaction-failed-${POLICE_REACTOR}`,
      `reaction-failed-${PROTECTION_REACTOR}`,
    ];
    return Object.fromEntries(await Promise.all(streams.map(async (s) => [s, (await stream(s)).length] as const)));
  }

  async function referralsOf(personId: string): Promise<RecordedEvent[]> {
    return (await stream(screenedPersonStreamId(personId))).filter((e) => e.type === IntakeEventType.PersonReferred);
  }

  /**
   * Waits until both reactors' checkpoints are past the last referral: each has handled (or
   * dead-lettered) every referral. (A checkpoint moves at once past an event the reactor handles,
   * and only now and then past the others.)
   */
  async function reactorsCaughtUp(): Promise<void> {
    const checkpoints = app.app.get<CheckpointStore>(CHECKPOINT_STORE);
    const referrals = (await Promise.all(Object.values(ids).map(referralsOf))).flat();
    const last = Math.max(...referrals.map((e) => e.globalPosition));
    await pollUntil('both referral reactors past the last referral', async () => {
      const at = await Promise.all([POLICE_REACTOR, PROTECTION_REACTOR].map((r) => checkpoints.load(`reactor:${r}`)));
      return at.every((p) => p >= last) ? true : undefined;
    }, { timeoutMs: 15_000, intervalMs: 20 });
  }

  async function start(dataDir?: string): Promise<void> {
    app = await startEmbeddedApp(dataDir ? { dataDir } : {});
    store = app.app.get<EventStore>(EVENT_STORE);
    border = await app.token('border_official', [PROVINCE], 'border-liaison-office', 'border-official-bmc');
    police = new PoliceCaseDriver(app.http, await app.token('police', [PROVINCE], POLICE_UNIT, 'officer-bmc'));
    social = await app.token('social_worker', [PROVINCE], DEPARTMENT, 'social-worker-bmc');
    ijm = await app.token('partner_worker', ['*'], 'ngo-ijm', 'partner-ijm');
  }

  beforeAll(async () => {
    await start();
    const reception = await as(border).post('/api/intake/receptions', {
      reference: 'XC-R-1',
      place: PLACE,
      receivedOn: '2020-03-10',
      receivedBy: 'border-liaison-office',
      returnedBy: 'foreign_authorities',
      countryReturnedFrom: 'THA',
      reason: 'suspected_trafficking',
      counts: { men: 0, women: 3, boys: 0, girls: 1 },
    });
    expect({ status: reception.status, body: reception.body }).toMatchObject({ status: 201 });
    ids.A = await screen('XC-S-A', { ageInYears: 16, personal: { fullName: NAME_A } });
    ids.B = await screen('XC-S-B', { exploitationIndicated: 'sexual' });
    ids.C = await screen('XC-S-C', {});
    ids.D = await screen('XC-S-D', {});
    namedCaseId = await police.open({ unit: { code: POLICE_UNIT, type: 'provincial_police' }, province: PROVINCE, openedOn: '2020-03-05' });
    closedCaseId = await police.open({ unit: { code: POLICE_UNIT, type: 'provincial_police' }, province: PROVINCE, openedOn: '2020-03-05' });
    const closing = await police.post(`/api/enforcement/cases/${closedCaseId}/close`, { closedOn: '2020-03-06', reason: 'insufficient_evidence' });
    expect(closing.status).toBe(200);
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('a referral to the police naming no case opens one, named by person and unit, with the person as a victim: the police see her name', async () => {
    await refer(ids.A, { destination: 'police', policeUnit: POLICE_UNIT, suspectedOffence: 'unlawful_recruitment_for_exploitation' });
    const caseId = referralCaseId(ids.A, POLICE_UNIT);
    const events = await streamReaches(policeCaseStreamId(caseId), 2);
    expect(events.map((e) => e.type)).toEqual(['enforcement.PoliceCaseOpened', 'enforcement.VictimReferred']);
    const [referral] = await referralsOf(ids.A);
    for (const e of events) expect(e).toMatchObject({ causationId: referral.eventId, correlationId: referral.correlationId, actor: { userId: `reactor:${POLICE_REACTOR}`, role: 'system' } });
    expect(events[0].data).toEqual({
      caseId,
      unit: { code: POLICE_UNIT, type: 'provincial_police' },
      province: PROVINCE,
      offences: ['unlawful_recruitment_for_exploitation'],
      openedOn: '2020-03-11',
      reference: `intake:${PLACE}`,
    });
    expect(events[1].data).toMatchObject({ victimId: ids.A, sex: 'F', ageInYears: 16, ageBand: '15_17', ageBandOn: '2020-03-10', exploitationType: 'labour', referredOn: '2020-03-11', screenedAt: PLACE });
    // Sealed as intake sealed it, under the person's key: nothing in clear in the police's store.
    expect(JSON.stringify(events[1].data)).not.toContain('Synthetic');

    const view = await police.get(`/api/enforcement/cases/${caseId}`);
    expect(view.status).toBe(200);
    expect(view.body.state.victims[ids.A]).toMatchObject({
      victimId: ids.A,
      rescuedOn: '2020-03-10',
      referral: { referredOn: '2020-03-11', screenedAt: PLACE },
      personal: { fullName: NAME_A },
    });
    const list = await police.get('/api/enforcement/cases?pageSize=100');
    expect(list.body.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({ victims: 1, reference: `intake:${PLACE}` });
  });

  it('a referral to social affairs opens the protection case of the same person, at the department, channel border_screening', async () => {
    await refer(ids.A, { destination: 'social_affairs', organisation: DEPARTMENT });
    const [opened] = await streamReaches(protectionCaseStreamId(ids.A), 1);
    expect(opened).toMatchObject({ type: 'protection.ProtectionCaseOpened', actor: { userId: `reactor:${PROTECTION_REACTOR}` } });
    expect(opened.data).toMatchObject({
      personId: ids.A,
      province: PROVINCE,
      receivedOn: '2020-03-11',
      channel: 'border_screening',
      receivedBy: DEPARTMENT,
      entryPoint: PLACE,
      countryReturnedFrom: 'THA',
      ageInYears: 16,
      ageBand: '15_17',
      ageBandOn: '2020-03-10',
      exploitationType: 'labour',
    });
    const view = await as(social).get(`/api/protection/cases/${ids.A}`);
    expect(view.status).toBe(200);
    expect(JSON.stringify(view.body)).toContain(NAME_A);
  });

  it('a later referral to a partner refers the person’s case to it (no second case), and the partner’s workers reach it', async () => {
    expect((await as(ijm).get(`/api/protection/cases/${ids.A}`)).status).toBe(404);
    await refer(ids.A, { destination: 'partner_organisation', organisation: 'ngo-ijm', referredOn: '2020-03-12' });
    const events = await streamReaches(protectionCaseStreamId(ids.A), 2);
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['protection.ProtectionCaseOpened', expect.anything()],
      ['protection.CaseReferred', { organisation: 'ngo-ijm', referredOn: '2020-03-12', purpose: 'case_management' }],
    ]);
    expect((await as(ijm).get(`/api/protection/cases/${ids.A}`)).status).toBe(200);
  });

  it('the police hand the referred person over to a partner: her case is referred to it, no second case', async () => {
    const caseId = referralCaseId(ids.A, POLICE_UNIT);
    const handOver = await police.post(`/api/enforcement/cases/${caseId}/victims/${ids.A}/hand-over`, { destination: 'partner_organisation', handedOverOn: '2020-03-13', organisation: 'ngo-aple' });
    expect(handOver.status).toBe(200);
    const events = await streamReaches(protectionCaseStreamId(ids.A), 3);
    expect(events.map((e) => e.type)).toEqual(['protection.ProtectionCaseOpened', 'protection.CaseReferred', 'protection.CaseReferred']);
    expect(events[2]).toMatchObject({ data: { organisation: 'ngo-aple', referredOn: '2020-03-13', purpose: 'case_management' }, actor: { userId: 'reactor:protection-opens-handed-over-victims' } });
  });

  it('a referral naming a police case adds the person to it as a victim, handed over later as any victim (rescuedOn: the screening date)', async () => {
    await refer(ids.B, { destination: 'police', policeUnit: POLICE_UNIT, policeCaseId: namedCaseId });
    const events = await streamReaches(policeCaseStreamId(namedCaseId), 2);
    expect(events.map((e) => e.type)).toEqual(['enforcement.PoliceCaseOpened', 'enforcement.VictimReferred']);
    expect(events[1].data).toMatchObject({ victimId: ids.B, ageInYears: 25, ageBandOn: '2020-03-10', referredOn: '2020-03-11' });

    await police.handOver(namedCaseId, ids.B, 'social_affairs', '2020-03-13');
    const [opened] = await streamReaches(protectionCaseStreamId(ids.B), 1);
    expect(opened.data).toMatchObject({ personId: ids.B, channel: 'police_hand_over', policeCaseId: namedCaseId, rescuedOn: '2020-03-10', ageBandOn: '2020-03-10', receivedOn: '2020-03-13' });
  });

  it('a rescue naming the screened person keeps the person’s id; a second time in the case is 409', async () => {
    const again = await police.post(`/api/enforcement/cases/${namedCaseId}/victims`, { sex: 'F', ageAtRescue: 25, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-14', screenedPersonId: ids.B });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'DUPLICATE_VICTIM' });
    const other = await police.open({ unit: { code: POLICE_UNIT, type: 'provincial_police' }, province: PROVINCE, openedOn: '2020-03-14' });
    const rescued = await police.post(`/api/enforcement/cases/${other}/victims`, { sex: 'F', ageAtRescue: 16, nationality: 'KHM', exploitationType: 'labour', rescuedOn: '2020-03-14', screenedPersonId: ids.A });
    expect({ status: rescued.status, victimId: rescued.body.victimId }).toEqual({ status: 201, victimId: ids.A });
    const [, victim] = await stream(policeCaseStreamId(other));
    expect(victim).toMatchObject({ type: 'enforcement.VictimRescued', data: { victimId: ids.A } });
    const badId = await police.post(`/api/enforcement/cases/${other}/victims`, { sex: 'F', ageAtRescue: 16, nationality: 'KHM', exploitationType: 'labour', rescuedOn: '2020-03-14', screenedPersonId: 'not-a-person' });
    expect(badId.status).toBe(400);
  });

  it('a referral the police cannot receive (a closed case, a case that does not exist) is dead-lettered once with the reason', async () => {
    await refer(ids.C, { destination: 'police', policeUnit: POLICE_UNIT, policeCaseId: closedCaseId });
    await refer(ids.D, { destination: 'police', policeUnit: POLICE_UNIT, policeCaseId: '00000000-0000-4000-8000-000000000000' });
    const failed = await streamReaches(`reaction-failed-${POLICE_REACTOR}`, 2);
    const [referralC] = await referralsOf(ids.C);
    const [referralD] = await referralsOf(ids.D);
    expect(failed.map((e) => e.data)).toEqual([
      expect.objectContaining({ reactor: POLICE_REACTOR, eventId: referralC.eventId, eventType: IntakeEventType.PersonReferred, reason: expect.stringMatching(/closed/i) }),
      expect.objectContaining({ reactor: POLICE_REACTOR, eventId: referralD.eventId, reason: expect.stringMatching(/No such police case/) }),
    ]);
    expect(await types(policeCaseStreamId(closedCaseId))).toEqual(['enforcement.PoliceCaseOpened', 'enforcement.CaseClosedWithoutForwarding']);
    expect(await stream(`reaction-failed-${PROTECTION_REACTOR}`)).toEqual([]);
  });

  it('the same referrals handed to the reactors again append nothing', async () => {
    await reactorsCaughtUp();
    const before = await lengths();
    const policeReactor = app.app.get(IntakePoliceReferralReactor);
    const protectionReactor = app.app.get(IntakeProtectionReferralReactor);
    for (const personId of [ids.A, ids.B]) {
      for (const referral of await referralsOf(personId)) {
        await policeReactor.react(referral);
        await protectionReactor.react(referral);
      }
    }
    expect(await lengths()).toEqual(before);
  });

  it('read again from the log after the reactors’ checkpoints are lost (a restart), the referrals append nothing, nor dead-letter again', async () => {
    await reactorsCaughtUp();
    const before = await lengths();
    const { dataDir } = app;
    await app.stop();
    const db = new Database(join(dataDir, 'events.sqlite'));
    const reset = db.prepare('DELETE FROM checkpoints WHERE name IN (?, ?)').run(`reactor:${POLICE_REACTOR}`, `reactor:${PROTECTION_REACTOR}`);
    db.close();
    expect(reset.changes).toBe(2);
    await start(dataDir);
    await reactorsCaughtUp();
    expect(await lengths()).toEqual(before);
  });
});
