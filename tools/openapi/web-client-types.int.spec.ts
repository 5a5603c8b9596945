import { spawnSync } from 'node:child_process';

// The screens are typed by the generated client: when a route or a body changes and the types are
// not regenerated, this fails, so the web app and the API cannot drift apart unnoticed. It runs the
// generator's own check as a process (openapi-typescript's parser is an ES module jest cannot load).
describe('the web app API types (apps/web/src/api/schema.d.ts)', () => {
  it('are the ones the current OpenAPI document generates (npm run web:api)', () => {
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', 'tools/openapi/main.ts', '--check'], {
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect({ status: run.status, output: `${run.stdout}${run.stderr}`.trim() }).toEqual({ status: 0, output: 'apps/web/src/api/schema.d.ts matches the API' });
  });
});
