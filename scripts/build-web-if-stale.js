#!/usr/bin/env node
// Before `npm start`: builds the web app (Vite, a few seconds) when dist/web is missing or older
// than any source it is built from, so `npm ci && npm start` serves the current screens.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const built = join(root, 'dist/web/index.html');
const sources = ['apps/web', 'libs/shared', 'libs/enforcement/contracts/src', 'libs/court/contracts/src', 'package-lock.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...sources.map((s) => newest(join(root, s))));
if (builtAt >= sourcesAt) {
  process.stdout.write('web app up to date (dist/web)\n');
  process.exit(0);
}
process.stdout.write('building the web app (dist/web)…\n');
const result = spawnSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
