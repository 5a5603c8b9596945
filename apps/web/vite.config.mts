import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { budgets } from './budgets.mts';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');

function workspacePaths(): Record<string, string[]> {
  return (JSON.parse(readFileSync(resolve(repo, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
}

/**
 * The web app. It may use the pure shared libraries (reference lists, codes) the server uses, so a
 * province or offence code means the same on both sides; everything else comes over the API.
 */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), budgets()],
  resolve: {
    // The workspace's path aliases (tsconfig.base.json); the lint rules keep the app to the pure ones.
    alias: Object.fromEntries(Object.entries(workspacePaths()).map(([name, [target]]) => [name, resolve(repo, target)])),
  },
  build: {
    outDir: resolve(repo, 'dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    // The Khmer font is large; it is split by unicode-range and cached forever, never inlined.
    assetsInlineLimit: 0,
    // The budget plugin guards what matters (initial JavaScript); lazy chunks may be large (charts).
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // `npm run web:dev` against a running API (`npm start`, or another port with CASETRAIL_API_URL).
    proxy: { '/api': process.env['CASETRAIL_API_URL'] ?? 'http://127.0.0.1:3000' },
  },
});
