import type { BoundedContext } from '@casetrail/platform-nest';
import { enforcementContext } from '@casetrail/enforcement-api';
import { statisticsContext } from '@casetrail/statistics-api';

/** Every bounded context the embedded runtime hosts. */
export const hostedContexts: BoundedContext[] = [enforcementContext, statisticsContext];
