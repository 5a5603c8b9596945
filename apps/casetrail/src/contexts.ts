import { enforcementContext } from '@casetrail/enforcement-api';
import type { BoundedContext } from '@casetrail/platform-nest';

/** Every bounded context the embedded runtime hosts. */
export const hostedContexts: BoundedContext[] = [enforcementContext];
