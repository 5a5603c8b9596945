import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { csvLine, RECEPTION_COLUMNS, syntheticReception } from '../../tools/intake-upload/synthetic-rows';

/** Runs the CLI as `npm run intake:upload --` does, without blocking this process (the server answers from it). */
function runCli(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/intake-upload/main.ts', ...args], {
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', CASETRAIL_TOKEN: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/*
 * The folder CLI against the embedded runtime on a real socket: every .csv and .xlsx file of the
 * folder sent in name order, other files left alone, a summary per file with its refused rows,
 * the folder sent again counting nothing twice, --strict failing on refused rows.
 */
describe('npm run intake:upload (the folder CLI)', () => {
  let app: EmbeddedApp;
  let url: string;
  let token: string;
  let dir: string;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    await app.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.app.getHttpServer().address() as AddressInfo).port}`;
    token = await app.token('border_official', ['banteay-meanchey'], 'border-liaison-office', 'official-cli');
    dir = mkdtempSync(join(tmpdir(), 'casetrail-upload-cli-'));
    writeFileSync(join(dir, 'a-poipet.csv'), `${RECEPTION_COLUMNS.join(',')}\n${[1, 2, 3].map((n) => csvLine(RECEPTION_COLUMNS, syntheticReception('CLI-A', n))).join('')}`);
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Receptions');
    sheet.addRow([...RECEPTION_COLUMNS]);
    sheet.addRow(RECEPTION_COLUMNS.map((c) => syntheticReception('CLI-B', 1)[c]));
    sheet.addRow(RECEPTION_COLUMNS.map((c) => (c === 'received_by' ? 'nobody' : syntheticReception('CLI-B', 2)[c])));
    await workbook.xlsx.writeFile(join(dir, 'b-o-bei-choan.xlsx'));
    writeFileSync(join(dir, 'notes.txt'), 'not a list');
    writeFileSync(join(dir, '~$b-o-bei-choan.xlsx'), 'a spreadsheet lock file');
  });
  afterAll(async () => {
    await app?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its usage with --help', async () => {
    const help = await runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--kind');
    expect(help.stdout).toContain('received_on');
  }, 120_000);

  it('uploads every file of the folder and summarises each, its refused rows by line and column', async () => {
    const run = await runCli(['--kind', 'receptions', '--dir', dir, '--url', url, '--token', token]);
    expect(run.stderr).not.toContain('failed');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('a-poipet.csv: 3 rows, 3 recorded, 0 already recorded, 0 refused');
    expect(run.stdout).toContain('b-o-bei-choan.xlsx: 2 rows, 1 recorded, 0 already recorded, 1 refused');
    expect(run.stdout).toMatch(/line 3 \[received_by\]: received_by must be one of/);
    expect(run.stdout).toContain('2 file(s) uploaded: 5 rows, 4 recorded, 0 already recorded, 1 refused');
    expect(run.stdout).not.toContain('notes.txt');
  }, 120_000);

  it('counts nothing twice when the folder is sent again, and fails under --strict for the refused row', async () => {
    const run = await runCli(['--kind', 'receptions', '--dir', dir, '--url', url, '--strict'], { CASETRAIL_TOKEN: token });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('a-poipet.csv: 3 rows, 3 recorded, 0 already recorded, 0 refused (this file was uploaded before: its record; nothing appended)');
    expect(run.stdout).toContain('2 file(s) uploaded: 5 rows, 4 recorded, 0 already recorded, 1 refused');
  }, 120_000);

  it('refuses to start without a token, and says why a file failed (exit 1)', async () => {
    const none = await runCli(['--kind', 'receptions', '--dir', dir, '--url', url]);
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain('--token');
    const stranger = await runCli(['--kind', 'receptions', '--dir', dir, '--url', url, '--token', 'not-a-token']);
    expect(stranger.status).toBe(1);
    expect(stranger.stdout).toContain('a-poipet.csv: HTTP 401');
  }, 120_000);
});
