import { readFileSync } from 'node:fs';
import { embeddedOpenApiDocument, webClientTypes, WEB_CLIENT_TYPES_FILE } from './web-client-types';

// The screens are typed by the generated client: when a route or a body changes and the types are
// not regenerated, this fails, so the web app and the API cannot drift apart unnoticed.
describe('the web app API types', () => {
  it('are the ones the current OpenAPI document generates (npm run web:api)', async () => {
    const expected = await webClientTypes(await embeddedOpenApiDocument());
    const committed = readFileSync(WEB_CLIENT_TYPES_FILE, 'utf8');
    expect(committed === expected ? 'up to date' : 'stale: run npm run web:api and commit apps/web/src/api/schema.d.ts').toBe('up to date');
  }, 120_000);
});
