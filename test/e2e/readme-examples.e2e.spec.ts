import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { policeUnitByCode } from '@casetrail/enforcement-contracts';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';

/*
 * Every example in README.md works as pasted: the `npm run token` and `npm run seed` commands
 * are read from the README as written and run (the tools directly, as npm would), against the
 * embedded runtime on a temp data dir; a token from the README opens and reads a case in its
 * province. Every `npm run <script>` the README names exists.
 */

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Splits a command line as sh would for plain words and '…' / "…" quoting (all the README uses). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(match[1] ?? match[2] ?? match[3]);
  return words;
}

/** `npm run <tool> -- <args>` wherever the README shows one (code blocks and inline code). */
function examplesOf(tool: 'token' | 'seed'): string[][] {
  const lines = [...readme.matchAll(new RegExp(`npm run ${tool} -- ([^\`\\n]+)`, 'g'))].map((m) => m[1].replace(/\s+#.*$/, '').trim());
  return [...new Set(lines)].map(shellWords);
}

describe('README.md examples, as written', () => {
  let app: EmbeddedApp;
  let port: number;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    await app.app.listen(0, '127.0.0.1');
    port = (app.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.destroy();
  });

  const runTool = (tool: 'token' | 'seed', args: string[]) =>
    run(process.execPath, ['-r', '@swc-node/register', `tools/${tool}/main.ts`, ...args], {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', CASETRAIL_DATA_DIR: app.dataDir, CASETRAIL_PORT: String(port) },
      timeout: 170_000,
    });

  it('shows token examples, and each issues a token that opens and reads a case in its province', async () => {
    const examples = examplesOf('token').filter((args) => !args.includes('--help'));
    expect(examples.length).toBeGreaterThanOrEqual(1);
    for (const args of examples) {
      const { stdout } = await runTool('token', args);
      const token = stdout.trim();
      const claims = decodeJwt(token) as { role: string; provinces: string[]; unit?: string };
      if (claims.role !== 'police') throw new Error(`README token example for role ${claims.role}: add a check of what it can do`);
      const province = claims.provinces[0];
      const unit = policeUnitByCode(claims.unit!)!;
      const officer = new PoliceCaseDriver(app.http, token);
      const caseId = await officer.open({ unit: { code: unit.code, type: unit.type }, province });
      const read = await officer.get(`/api/enforcement/cases/${caseId}`);
      expect(read.status).toBe(200);
      expect(read.body.state).toMatchObject({ province, unit: { code: unit.code } });
    }
  });

  it('runs `npm run token -- --help`', async () => {
    const help = examplesOf('token').filter((args) => args.includes('--help'));
    expect(help).toEqual([['--help']]);
    const { stdout } = await runTool('token', help[0]);
    expect(stdout).toContain('--province');
  });

  it('runs every seed example against the running system on its default URL', async () => {
    const examples = examplesOf('seed');
    expect(examples.length).toBeGreaterThanOrEqual(1);
    for (const args of examples) {
      const { stdout } = await runTool('seed', args);
      expect(stdout).toMatch(/calls accepted, 0 failed, 0 skipped/);
    }
  }, 180_000);

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = [...readme.matchAll(/npm (?:run (?:--silent |-s )?([\w:-]+)|(start|test)\b)/g)].map((m) => m[1] ?? m[2]);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});
