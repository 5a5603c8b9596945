import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '@casetrail/platform-nest';
import { casetrailAppModule, CASETRAIL_HTTP_OPTIONS } from '../../apps/casetrail/src/app.module';

/** Where the web app's API types live (committed, so a review shows how the API changed). */
export const WEB_CLIENT_TYPES_FILE = 'apps/web/src/api/schema.d.ts';

const HEADER = `/**
 * Generated from the embedded runtime's OpenAPI document by \`npm run web:api\`. Do not edit:
 * a test fails when this file and the API differ.
 */

`;

/**
 * The OpenAPI document of the embedded runtime, built in-process (memory event store, a throwaway
 * data folder, no port), exactly as \`/docs/openapi.json\` serves it.
 */
export async function embeddedOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casetrail-openapi-'));
  const saved = { ...process.env };
  Object.assign(process.env, { CASETRAIL_DATA_DIR: dataDir, CASETRAIL_EVENT_STORE: 'memory', CASETRAIL_LOG_LEVEL: 'silent', CASETRAIL_AUTH_MODE: 'local' });
  const app = await NestFactory.create(casetrailAppModule(), { logger: false, bodyParser: false, abortOnError: false });
  try {
    return JSON.parse(JSON.stringify(openApiDocument(app, CASETRAIL_HTTP_OPTIONS))) as Record<string, unknown>;
  } finally {
    await app.close();
    process.env = saved;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The TypeScript types openapi-fetch uses, from a document. */
export async function webClientTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: true, enum: false });
  return HEADER + astToString(ast);
}
