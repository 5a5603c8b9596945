import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Node modules that do I/O or touch the process: a domain library must not reach them.
const nodeIo = [
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'node:path', 'child_process',
  'node:child_process', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https', 'os',
  'node:os', 'process', 'node:process', 'worker_threads', 'node:worker_threads', 'dgram',
  'node:dgram', 'cluster', 'node:cluster', 'readline', 'node:readline',
];
const infrastructure = [
  '@nestjs/*', 'better-sqlite3', 'kafkajs', 'mongoose', '@eventstore/*', 'pino', 'pino-*',
  'nestjs-pino', 'express', 'class-validator', 'class-transformer', 'jose', 'yargs', 'cli-progress',
];

export default [
  { ignores: ['**/node_modules', '**/dist', '**/tmp', 'data', '.nx', 'coverage', '.infra', 'reports'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // The domain is pure: only domain (the shared kernel among them), contracts and util
            // libraries, no framework, no I/O.
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util'],
              bannedExternalImports: [...infrastructure, ...nodeIo],
            },
            // A context's published contracts (event names, data, versions, stream ids): as pure as
            // a domain, and standing on the shared kernel only, so any context may read them.
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:kernel', 'type:util'],
              bannedExternalImports: [...infrastructure, ...nodeIo],
            },
            {
              sourceTag: 'type:util',
              onlyDependOnLibsWithTags: ['type:util'],
              bannedExternalImports: [...infrastructure, ...nodeIo],
            },
            // The shared kernel (reference data, calendar, the sealed-personal-data type) is the law
            // and the map every context and the platform share; it is pure like any domain library.
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:util', 'type:kernel'] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:api', 'type:platform', 'type:domain', 'type:contracts', 'type:util'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:api', 'type:platform', 'type:domain', 'type:contracts', 'type:util'] },
            // A context sees itself, the shared libraries, and other contexts' published contracts
            // only: contexts meet through events, never through each other's internals.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:enforcement', onlyDependOnLibsWithTags: ['scope:enforcement', 'scope:shared', 'type:contracts'] },
            { sourceTag: 'scope:statistics', onlyDependOnLibsWithTags: ['scope:statistics', 'scope:shared', 'type:contracts'] },
            { sourceTag: 'scope:court', onlyDependOnLibsWithTags: ['scope:court', 'scope:shared', 'type:contracts'] },
            { sourceTag: 'scope:protection', onlyDependOnLibsWithTags: ['scope:protection', 'scope:shared', 'type:contracts'] },
            { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:intake', 'scope:shared', 'type:contracts'] },
            { sourceTag: 'scope:runtime', onlyDependOnLibsWithTags: ['*'] },
            // The web app talks to the server over HTTP only; of the libraries it may use the pure
            // reference lists and codes (kernel, contracts), so a code means the same on both sides.
            {
              sourceTag: 'type:web',
              onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:util'],
              bannedExternalImports: [...infrastructure],
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'test/**/*.ts', 'tools/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // The web app: the rules of hooks (a hook called conditionally or with stale dependencies is a
  // bug the type checker cannot see).
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
];
