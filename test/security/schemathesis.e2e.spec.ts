import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { policeUnitByCode } from '@casetrail/enforcement-contracts';
import type { Role } from '@casetrail/platform-nest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { reportSoakFigures, soakSetting } from '../support/soak';
import { failuresOf, failureSection, type SchemathesisReport } from './support/schemathesis-report';
import { statefulConsoleFigures, statefulSummary, type HarLike } from './support/stateful-exchanges';

/*
 * Schemathesis (pinned, from PyPI) against the OpenAPI document of the embedded runtime, served
 * on a loopback port, once per role: no 5xx, no invalid payload accepted, every response as
 * documented. Then its stateful phase per role: scenarios open a case (a police officer does;
 * the officers themselves), follow the document's links and act on that case as the role under
 * test. Any failure fails the test, naming the operation and the check.
 *
 * SCHEMATHESIS_MAX_EXAMPLES sets the depth (default 10, within the CI budget; `npm run
 * test:soak` runs it deep).
 */

const RUN_SH = resolve(__dirname, '../../tools/schemathesis/run.sh');
const MAX_EXAMPLES = soakSetting('SCHEMATHESIS_MAX_EXAMPLES', 10);
/** Who opens the cases the role acts on in the stateful run: itself, or a national police officer. */
type Producer = 'self' | 'national police';
const NATIONAL_UNIT = 'ahtjp-national';
/**
 * A national token per role, and a provincial officer (commands in and out of scope). Officers
 * carry their unit: a case is recorded under the caller's own unit only. (Every row has all its
 * cells: with fewer than a test's parameters, jest would take the last one for a `done` callback.)
 */
const RUNS: [string, Role, string[], string | undefined, Producer][] = [
  ['police (national)', 'police', ['*'], NATIONAL_UNIT, 'self'],
  ['police (battambang)', 'police', ['battambang'], 'police-battambang', 'self'],
  ['prosecutor', 'prosecutor', ['*'], undefined, 'national police'],
  ['judge', 'judge', ['*'], undefined, 'national police'],
  ['social_worker', 'social_worker', ['*'], undefined, 'national police'],
  ['partner_worker', 'partner_worker', ['*'], undefined, 'national police'],
  ['border_official', 'border_official', ['*'], undefined, 'national police'],
  ['auditor', 'auditor', ['*'], undefined, 'national police'],
  ['statistician', 'statistician', ['*'], undefined, 'national police'],
  ['admin', 'admin', ['*'], undefined, 'national police'],
];

/**
 * The unit (and, for a provincial unit, the province) the producer's cases are opened under, for
 * the stateful hook: an officer records cases under their own unit only, which the document
 * cannot say of a token.
 */
function openCaseAs(unitCode: string): string {
  const unit = policeUnitByCode(unitCode);
  if (!unit) throw new Error(`${unitCode} is not a police unit of the reference list`);
  return JSON.stringify({ unit: { code: unit.code, type: unit.type }, ...(unit.province ? { province: unit.province } : {}) });
}
const INSTALL_TIMEOUT_MS = 240_000;
/** Guards against a hang (never an assertion about speed); grows with the depth. */
const RUN_TIMEOUT_MS = 120_000 + MAX_EXAMPLES * 6_000;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runScript(args: string[], timeout: number, cwd: string, env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((done) => {
    execFile(
      'bash',
      [RUN_SH, ...args],
      { cwd, timeout, maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL', env: { ...process.env, SCHEMATHESIS_MAX_EXAMPLES: String(MAX_EXAMPLES), ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

function readReport(file: string, run: Outcome): SchemathesisReport {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SchemathesisReport;
  } catch {
    throw new Error(`schemathesis wrote no report (exit ${run.code}):\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  }
}

describe('Schemathesis against the embedded runtime (per role)', () => {
  let app: EmbeddedApp;
  let workDir: string;
  let schemaUrl: string;
  let nationalPoliceToken: string;
  const tokenFiles = new Map<string, string>();

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
    nationalPoliceToken = join(workDir, 'producer-national-police.token');
    writeFileSync(nationalPoliceToken, await app.token('police', ['*'], NATIONAL_UNIT, 'schemathesis-producer'), { mode: 0o600 });
  }, INSTALL_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await app?.destroy();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  async function tokenFile(name: string, role: Role, provinces: string[], unit: string | undefined): Promise<string> {
    const slug = name.replace(/\W+/g, '-').replace(/-$/, '');
    if (!tokenFiles.has(slug)) {
      const file = join(workDir, `${slug}.token`);
      writeFileSync(file, await app.token(role, provinces, unit, `schemathesis-${slug}`), { mode: 0o600 });
      tokenFiles.set(slug, file);
    }
    return tokenFiles.get(slug)!;
  }

  it('serves the links the stateful phase follows: from a created case, suspect or victim to what acts on it', async () => {
    const document = (await (await fetch(schemaUrl)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { links?: Record<string, { parameters: Record<string, string> }> }> }>>;
    };
    const linksOf = (path: string) => document.paths[path]!['post']!.responses['201']!.links ?? {};
    expect(linksOf('/api/enforcement/cases')['PoliceCaseCommandsController_identifySuspect']?.parameters).toEqual({
      caseId: '$response.body#/caseId',
      'header.If-Match': '$response.header.ETag',
    });
    expect(linksOf('/api/enforcement/cases/{caseId}/suspects')['PoliceCaseCommandsController_arrest']?.parameters).toMatchObject({
      caseId: '$response.body#/caseId',
      suspectId: '$response.body#/suspectId',
    });
    expect(linksOf('/api/enforcement/cases/{caseId}/victims')['PoliceCaseCommandsController_handOver']?.parameters).toMatchObject({
      victimId: '$response.body#/victimId',
    });
    expect(linksOf('/api/enforcement/cases/{caseId}/victims')['ForgetPersonController_forget']?.parameters).toEqual({
      personId: '$response.body#/victimId',
    });
  });

  it.each(RUNS)('finds no failure as %s', async (name, role, provinces, unit) => {
    const slug = name.replace(/\W+/g, '-').replace(/-$/, '');
    const reportFile = join(workDir, `${slug}.json`);
    const run = await runScript(['run', schemaUrl, await tokenFile(name, role, provinces, unit), reportFile], RUN_TIMEOUT_MS, workDir);
    const report = readReport(reportFile, run);
    const failures = failuresOf(report);
    if (failures.length > 0 || run.code !== 0) {
      throw new Error(`schemathesis as ${name}: exit ${run.code}\n${failures.join('\n')}\n\n${failureSection(run.stdout)}`);
    }
    // Not vacuous: every documented operation was exercised.
    expect(report.operations.tested).toBe(report.operations.total);
    expect(report.operations.total).toBeGreaterThan(0);
    reportSoakFigures('schemathesis', { role: slug, phases: 'examples,coverage,fuzzing', 'max-examples': MAX_EXAMPLES, 'test-cases': report.test_cases?.generated ?? 0, failures: 0 });
  }, RUN_TIMEOUT_MS + 10_000);

  it.each(RUNS)('opens cases and acts on them in stateful scenarios as %s', async (name, role, provinces, unit, producer) => {
    const slug = name.replace(/\W+/g, '-').replace(/-$/, '');
    const reportFile = join(workDir, `${slug}-stateful.json`);
    const token = await tokenFile(name, role, provinces, unit);
    const self = producer === 'self';
    const run = await runScript(['stateful', schemaUrl, token, self ? token : nationalPoliceToken, reportFile], RUN_TIMEOUT_MS, workDir, {
      CASETRAIL_ST_OPEN_CASE_AS: openCaseAs(self ? unit! : NATIONAL_UNIT),
    });
    const report = readReport(reportFile, run);
    const failures = failuresOf(report);
    if (failures.length > 0 || run.code !== 0) {
      throw new Error(`schemathesis (stateful) as ${name}: exit ${run.code}\n${failures.join('\n')}\n\n${failureSection(run.stdout)}`);
    }
    expect(report.phases?.stateful?.status).toBe('success');
    // Not vacuous: cases were opened, and the role then acted on them (commands, reads, forgetting).
    const summary = statefulSummary(JSON.parse(readFileSync(reportFile.replace(/\.json$/, '.har'), 'utf8')) as HarLike);
    expect(summary.casesOpened).toBeGreaterThan(0);
    expect(summary.actedOn.length).toBeGreaterThan(0);
    const shown = statefulConsoleFigures(run.stdout);
    reportSoakFigures('schemathesis', {
      role: slug,
      phases: 'stateful',
      'max-examples': MAX_EXAMPLES,
      scenarios: shown.scenarios ?? '?',
      'links-covered': `${shown.linksCovered ?? '?'}/${shown.linksTotal ?? '?'}`,
      'cases-opened': summary.casesOpened,
      'follow-ups': summary.actedOn.length,
      'follow-ups-2xx': summary.actedOn.filter((a) => a.status >= 200 && a.status < 300).length,
      failures: 0,
    });
  }, RUN_TIMEOUT_MS + 10_000);
});
