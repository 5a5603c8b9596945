import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BROWSER_SKIP_LINE, browserSuiteMode } from '../../tools/browser/chromium';
import { decodePng, inkOf } from '../../tools/browser/png';

const mode = browserSuiteMode();
if (mode === 'skip') process.stdout.write(`${BROWSER_SKIP_LINE}\n`);
const describeBrowser = mode === 'skip' ? describe.skip : describe;

const ROOT = resolve(__dirname, '../..');
const SCREENS = ['sign-in', 'home', 'police-cases', 'police-open-case', 'police-case', 'police-case-history', 'court-files', 'court-file', 'court-deadlines', 'statistics-law-enforcement', 'statistics-prosecution', 'statistics-investigating-judges', 'statistics-trial', 'statistics-justice-funnel', 'statistics-court-durations', 'access-log', 'record-history', 'forget-person'];

// `npm run screenshots` end to end, at a small size: its own runtime and dataset, a PNG per
// screen and language, each a real picture of the viewport's width with something on it (a
// screen with little on it, e.g. no deadline near, is mostly white: a low bar).
describeBrowser('npm run screenshots', () => {
  const out = mkdtempSync(join(tmpdir(), 'casetrail-screenshots-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a non-blank PNG of every main screen in English and Khmer', async () => {
    if (mode === 'fail') throw new Error(`${BROWSER_SKIP_LINE} under CI`);
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn('npm', ['run', '--silent', 'screenshots', '--', '--out', out, '--width', '800', '--height', '600'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', (c: Buffer) => (text += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (text += c.toString('utf8')));
      child.once('exit', (exit) => done({ code: exit, output: text }));
    });
    expect({ code, last: output.trim().split('\n').pop() }).toEqual({ code: 0, last: `Wrote ${readdirSync(out).length} screenshots to ${out}` });
    const files = readdirSync(out).sort();
    for (const screen of SCREENS) for (const language of ['en', 'km']) expect(files).toContain(`${screen}.${language}.png`);
    for (const file of files) {
      const png = decodePng(readFileSync(join(out, file)));
      expect({ file, width: png.width, tallEnough: png.height >= 600 }).toEqual({ file, width: 800, tallEnough: true });
      const ink = inkOf(png);
      expect({ file, drawn: ink.share > 0.002 && ink.colours > 8 }).toEqual({ file, drawn: true });
    }
  }, 240_000);
});
