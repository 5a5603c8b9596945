import type { DynamicModule } from '@nestjs/common';
import { CasetrailPlatformModule, type HttpAppOptions } from '@casetrail/platform-nest';
import { hostedContexts } from './contexts';

/** Title and description of the embedded runtime's OpenAPI document (the web client is generated from it). */
export const CASETRAIL_HTTP_OPTIONS: HttpAppOptions = {
  title: 'casetrail',
  webApp: true,
  description:
    'Event-sourced case management for counter-trafficking work: law enforcement, prosecution, courts, victim protection, and the national statistics derived from them.',
};

/**
 * The embedded runtime: one process, every context, SQLite for the events and the read models
 * (resumed from their checkpoints at start). A function, so the environment is read when the process (or a test) builds it.
 */
export function casetrailAppModule(): DynamicModule {
  return CasetrailPlatformModule.forRoot({ contexts: hostedContexts });
}
