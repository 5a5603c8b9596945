import type { DynamicModule } from '@nestjs/common';
import { CasetrailPlatformModule } from '@casetrail/platform-nest';
import { hostedContexts } from './contexts';

/**
 * The embedded runtime: one process, every context, SQLite + in-memory read models rebuilt at
 * start. A function, so the environment is read when the process (or a test) builds it.
 */
export function casetrailAppModule(): DynamicModule {
  return CasetrailPlatformModule.forRoot({ contexts: hostedContexts });
}
