import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { budgets } from './budgets.mts';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');

/**
 * The web app. It may use the pure shared libraries (reference lists, codes) the server uses, so a
 * province or offence code means the same on both sides; everything else comes over the API.
 */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), budgets()],
  resolve: {
    alias: {
      '@casetrail/kernel': resolve(repo, 'libs/shared/kernel/src/index.ts'),
      '@casetrail/enforcement-contracts': resolve(repo, 'libs/enforcement/contracts/src/index.ts'),
      '@casetrail/court-contracts': resolve(repo, 'libs/court/contracts/src/index.ts'),
    },
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
