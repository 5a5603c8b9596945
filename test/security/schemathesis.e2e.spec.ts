import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Role } from '@casetrail/platform-nest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { failuresOf, failureSection, type SchemathesisReport } from './support/schemathesis-report';

/*
 * Schemathesis (pinned, from PyPI) against the OpenAPI document of the embedded runtime, served
 * on a loopback port, once per role: no 5xx, no invalid payload accepted, every response as
 * documented. Any failure fails the test, naming the operation and the check.
 */

const RUN_SH = resolve(__dirname, '../../tools/schemathesis/run.sh');
/**
 * A national token per role, and a provincial officer (commands in and out of scope). Officers
 * carry their unit: a case is recorded under the caller's own unit only. (Every row has four
 * cells: with fewer, jest would take the test's fourth parameter for a `done` callback.)
 */
const RUNS: [string, Role, string[], string | undefined][] = [
  ['police (national)', 'police', ['*'], 'ahtjp-national'],
  ['police (battambang)', 'police', ['battambang'], 'police-battambang'],
  ['prosecutor', 'prosecutor', ['*'], undefined],
  ['judge', 'judge', ['*'], undefined],
  ['social_worker', 'social_worker', ['*'], undefined],
  ['partner_worker', 'partner_worker', ['*'], undefined],
  ['auditor', 'auditor', ['*'], undefined],
  ['statistician', 'statistician', ['*'], undefined],
  ['admin', 'admin', ['*'], undefined],
];
const INSTALL_TIMEOUT_MS = 240_000;
const RUN_TIMEOUT_MS = 120_000;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runScript(args: string[], timeout: number, cwd: string): Promise<Outcome> {
  return new Promise((done) => {
    execFile('bash', [RUN_SH, ...args], { cwd, timeout, maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}

describe('Schemathesis against the embedded runtime (per role)', () => {
  let app: EmbeddedApp;
  let workDir: string;
  let schemaUrl: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'casetrail-schemathesis-'));
    // Cold: a virtualenv from PyPI (~15 s here); warm: nothing to do.
    const install = await runScript(['install'], INSTALL_TIMEOUT_MS, workDir);
    if (install.code !== 0) throw new Error(`schemathesis install failed (${install.code}):\n${install.stderr}`);
    // Schemathesis sends thousands of requests from one address: the rate limit is tested elsewhere.
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000' } });
    await app.app.listen(0, '127.0.0.1');
    const { port } = app.app.getHttpServer().address() as AddressInfo;
    schemaUrl = `http://127.0.0.1:${port}/docs/openapi.json`;
  }, INSTALL_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await app?.destroy();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it.each(RUNS)('finds no failure as %s', async (name, role, provinces, unit) => {
    const slug = name.replace(/\W+/g, '-');
    const tokenFile = join(workDir, `${slug}.token`);
    const reportFile = join(workDir, `${slug}.json`);
    writeFileSync(tokenFile, await app.token(role, provinces, unit, `schemathesis-${slug}`), { mode: 0o600 });

    const run = await runScript(['run', schemaUrl, tokenFile, reportFile], RUN_TIMEOUT_MS, workDir);
    let report: SchemathesisReport;
    try {
      report = JSON.parse(readFileSync(reportFile, 'utf8')) as SchemathesisReport;
    } catch {
      throw new Error(`schemathesis wrote no report (exit ${run.code}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
    }
    const failures = failuresOf(report);
    if (failures.length > 0 || run.code !== 0) {
      throw new Error(`schemathesis as ${name}: exit ${run.code}\n${failures.join('\n')}\n\n${failureSection(run.stdout)}`);
    }
    // Not vacuous: every documented operation was exercised.
    expect(report.operations.tested).toBe(report.operations.total);
    expect(report.operations.total).toBeGreaterThan(0);
  }, RUN_TIMEOUT_MS + 10_000);
});
