import { CasetrailPlatformModule } from '@casetrail/platform-nest';
import { hostedContexts } from './contexts';

/** The embedded runtime: one process, every context, SQLite + in-process bus + in-memory read models. */
export const CasetrailAppModule = CasetrailPlatformModule.forRoot({ contexts: hostedContexts });
