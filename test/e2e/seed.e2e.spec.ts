import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import type { EventStore } from '@casetrail/event-sourcing';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';
import { generateYear } from '../../tools/seed/generate-year';
import { summarisePlan } from '../../tools/seed/plan-summary';
import { planIntakeYear, summariseIntakePlan } from '../../tools/seed/plan-intake';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
/** A small intake (about fifty calls): the seed's own proportion to 30 cases would be ten times that. */
const INTAKE_SCALE = 0.02;

describe('npm run seed against a running embedded runtime', () => {
  let app: EmbeddedApp;
  let url: string;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    await app.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.destroy();
  });

  it('enters a deterministic synthetic year through the API, and the table counts exactly what was planned', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/seed/main.ts', '--year', '2019', '--seed', '7', '--cases', '30', '--intake-scale', String(INTAKE_SCALE), '--url', url, '--court-file-wait', '1'],
      { cwd: root, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', CASETRAIL_DATA_DIR: app.dataDir }, timeout: 120_000 },
    );
    expect(stderr + stdout).not.toMatch(/failed: [1-9]/i);

    const today = new Date().toISOString().slice(0, 10);
    const plan = summarisePlan(generateYear({ year: 2019, seed: 7, cases: 30, today }));
    const intake = summariseIntakePlan(planIntakeYear({ year: 2019, seed: 7, scale: INTAKE_SCALE, today }));
    const statistician = new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
    const table = await statistician.get('/api/statistics/law-enforcement?year=2019');
    expect(table.status).toBe(200);
    const total = table.body.rows.find((r: { level: string }) => r.level === 'total').current;
    // A referral to the police opens a case of its own; at this scale and seed the plan has none.
    expect(intake.referrals['police'] ?? 0).toBe(0);
    expect(total.cases).toBe(plan.cases.opened);
    expect(total.victims).toBe(plan.victims.rescued);
    expect(total.victimsUnder15).toBe(plan.victims.byAgeBand.under_15);
    expect(total.victims15To17).toBe(plan.victims.byAgeBand['15_17']);
    expect(total.victims18Plus).toBe(plan.victims.byAgeBand['18_plus']);
    expect(total.victimsToSocialAffairs).toBe(plan.victims.handedOver.social_affairs);
    expect(total.victimsToFamily).toBe(plan.victims.handedOver.family);
    expect(total.suspectsArrested).toBe(plan.suspects.arrested);
    expect(total.suspectsFemale).toBe(plan.suspects.arrestedFemale);
    expect(total.suspectsForeign).toBe(plan.suspects.arrestedForeigners);
    expect(plan.cases.opened).toBe(30);

    // The year went on into intake: the receptions table counts the planned persons, once.
    expect(stdout).toMatch(new RegExp(`intake\\s+${intake.calls}/${intake.calls} intake calls accepted`));
    const receptions = await statistician.get('/api/statistics/intake/receptions?year=2019');
    expect(receptions.status).toBe(200);
    const received = receptions.body.rows.find((r: { level: string }) => r.level === 'total').current;
    expect(received).toMatchObject({ receptions: intake.receptions, persons: intake.persons.men + intake.persons.women + intake.persons.boys + intake.persons.girls });
    expect(intake.receptions).toBeGreaterThan(0);

    // The forwarded cases went on in court: each court table's total is the plan's court figures.
    expect(stdout).toMatch(/court\s+\d+ files opened by the server from the forwarding, \d+ opened by the seed/);
    const courtTotal = async (table: string) => {
      const res = await statistician.get(`/api/statistics/${table}?year=2019`);
      expect(res.status).toBe(200);
      return res.body.rows.find((r: { level: string }) => r.level === 'total').current as Record<string, number>;
    };
    const { victims, charged, ...actions } = plan.court.prosecution;
    expect(plan.court.prosecution.cases).toBe(plan.cases.forwarded);
    expect(await courtTotal('prosecution')).toMatchObject({
      ...actions,
      victimsAdultMale: victims.adultMale,
      victimsAdultFemale: victims.adultFemale,
      victimsMinorMale: victims.minorMale,
      victimsMinorFemale: victims.minorFemale,
      chargedAdultMale: charged.adultMale,
      chargedAdultFemale: charged.adultFemale,
      chargedMinorMale: charged.minorMale,
      chargedMinorFemale: charged.minorFemale,
      chargedAgeUnknownMale: 0,
      chargedAgeUnknownFemale: 0,
    });
    expect(await courtTotal('investigating-judges')).toMatchObject(plan.court.investigatingJudges);
    expect(await courtTotal('trial')).toMatchObject(plan.court.trial);
    expect(plan.court.investigatingJudges.cases).toBeGreaterThan(0);
  });
});

describe('npm run seed against a running embedded runtime with a small rate limit', () => {
  const LIMIT = 40;
  let app: EmbeddedApp;
  let url: string;

  beforeAll(async () => {
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
    await app.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.destroy();
    delete process.env['CASETRAIL_RATE_LIMIT_PER_MINUTE'];
  });

  it('waits out every 429 as Retry-After asks and finishes, each case entered once', async () => {
    // Four cases, about 60 requests with their court files: past the limit, about a minute of waiting.
    const cases = 4;
    const plan = generateYear({ year: 2019, seed: 11, cases, today: new Date().toISOString().slice(0, 10) });
    const planned = plan.cases.reduce((n, c) => n + c.calls.length, 0);
    const requests = planned + plan.cases.reduce((n, c) => n + c.calls.reduce((k, call) => k + (call.reception?.fallback.length ?? 0), 0), 0);
    expect(requests).toBeGreaterThan(LIMIT); // so the seed must wait for the window to slide

    const { stdout } = await run(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/seed/main.ts', '--year', '2019', '--seed', '11', '--cases', String(cases), '--intake-scale', '0', '--url', url, '--court-file-wait', '0'],
      { cwd: root, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', CASETRAIL_DATA_DIR: app.dataDir }, timeout: 170_000 },
    );
    expect(stdout).toContain(`${planned}/${planned} calls accepted, 0 failed, 0 skipped`);
    expect(stdout).toMatch(/rate limit\s+\d+ answers 429 waited out/);

    const events = await app.app.get<EventStore>(EVENT_STORE).readAll({ maxCount: 100_000 });
    expect(events.filter((e) => e.type === 'enforcement.PoliceCaseOpened')).toHaveLength(cases);
    // Nothing entered twice: the figures are exactly the plan's.
    const expected = summarisePlan(plan);
    const statistician = new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
    const total = (await statistician.get('/api/statistics/law-enforcement?year=2019')).body.rows.find((r: { level: string }) => r.level === 'total').current;
    expect(total).toMatchObject({ cases: cases, victims: expected.victims.rescued, suspectsArrested: expected.suspects.arrested });
  }, 180_000);
});
