import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
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
