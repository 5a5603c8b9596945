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

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

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
      ['-r', '@swc-node/register', 'tools/seed/main.ts', '--year', '2019', '--seed', '7', '--cases', '30', '--url', url],
      { cwd: root, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', CASETRAIL_DATA_DIR: app.dataDir }, timeout: 120_000 },
    );
    expect(stderr + stdout).not.toMatch(/failed: [1-9]/i);

    const plan = summarisePlan(generateYear({ year: 2019, seed: 7, cases: 30, today: new Date().toISOString().slice(0, 10) }));
    const statistician = new PoliceCaseDriver(app.http, await app.token('statistician', ['*']));
    const table = await statistician.get('/api/statistics/law-enforcement?year=2019');
    expect(table.status).toBe(200);
    const total = table.body.rows.find((r: { level: string }) => r.level === 'total').current;
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
    const cases = 6;
    const plan = generateYear({ year: 2019, seed: 11, cases, today: new Date().toISOString().slice(0, 10) });
    const planned = plan.cases.reduce((n, c) => n + c.calls.length, 0);
    expect(planned).toBeGreaterThan(LIMIT); // so the seed must wait for the window to slide

    const { stdout } = await run(
      process.execPath,
      ['-r', '@swc-node/register', 'tools/seed/main.ts', '--year', '2019', '--seed', '11', '--cases', String(cases), '--url', url],
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
