// One jest run for the whole workspace: tests are named by kind (*.unit.spec.ts,
// *.int.spec.ts, *.e2e.spec.ts) and live beside the code they test.
const { pathsToModuleNameMapper } = require('./scripts/jest-paths');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/tools'],
  // *.spec.tsx: the web app's component tests (jsdom, named in each file's docblock).
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
    '^.+\\.tsx$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleNameMapper: { '\\.css$': '<rootDir>/apps/web/src/test/style-stub.js', ...pathsToModuleNameMapper() },
  setupFilesAfterEnv: ['<rootDir>/apps/web/src/test/setup-dom.ts'],
  // The EventStoreDB contract needs a server; without one global-setup prints the SKIPPED line.
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.EVENTSTORE_CONNECTION_STRING ? [] : ['eventstoredb-event-store\\.int\\.spec\\.ts$'])],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  maxWorkers: 2,
  // Test names in the output: a reader sees which contract ran against which adapter.
  verbose: true,
  testTimeout: 30000,
};
