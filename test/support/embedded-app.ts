import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'supertest/types';
import { configureHttpApp, LocalSigningKey, type Role } from '@casetrail/platform-nest';
import { casetrailAppModule } from '../../apps/casetrail/src/app.module';

export interface EmbeddedApp {
  app: INestApplication;
  http: App;
  dataDir: string;
  token(role: Role, provinces: string[], unit?: string, user?: string): Promise<string>;
  /** Stops the app; the data dir stays for a restart. */
  stop(): Promise<void>;
  /** Stops the app and deletes its data. */
  destroy(): Promise<void>;
}

/**
 * The embedded runtime as `npm start` composes it (events and read models in SQLite on disk),
 * served in-process for supertest.
 */
export interface EmbeddedAppOptions {
  dataDir?: string;
  env?: Record<string, string>;
  /** Providers replaced for the test, e.g. `{ provide: CLOCK, useValue: fixedClock }`. */
  overrides?: ReadonlyArray<{ provide: unknown; useValue: unknown }>;
}

export async function startEmbeddedApp(options: EmbeddedAppOptions = {}): Promise<EmbeddedApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'casetrail-e2e-'));
  Object.assign(process.env, {
    CASETRAIL_DATA_DIR: dataDir,
    CASETRAIL_EVENT_STORE: 'sqlite',
    CASETRAIL_LOG_LEVEL: process.env['CASETRAIL_TEST_LOG_LEVEL'] ?? 'silent',
    ...options.env,
  });
  let builder = Test.createTestingModule({ imports: [casetrailAppModule()] });
  for (const { provide, useValue } of options.overrides ?? []) {
    builder = builder.overrideProvider(provide as Parameters<typeof builder.overrideProvider>[0]).useValue(useValue);
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true });
  configureHttpApp(app, { title: 'casetrail (test)', description: 'e2e', webApp: true });
  await app.init();
  const key = LocalSigningKey.loadOrCreate(dataDir);
  const stop = async () => {
    await app.close();
  };
  return {
    app,
    http: app.getHttpServer(),
    dataDir,
    token: (role, provinces, unit, user = `${role}-test-user`) =>
      key.sign({ sub: user, role, unit, provinces }, { issuer: 'casetrail-local', audience: 'casetrail' }),
    stop,
    destroy: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
