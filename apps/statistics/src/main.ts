import 'reflect-metadata';
import { CasetrailPlatformModule, bootstrapHttpProcess } from '@casetrail/platform-nest';
import { statisticsContext } from '@casetrail/statistics-api';

/**
 * The statistics service on its own (distributed mode): projections consume the bus
 * (CASETRAIL_PROJECTION_SOURCE=bus) into MongoDB (CASETRAIL_READ_MODELS=mongodb).
 */
void bootstrapHttpProcess(CasetrailPlatformModule.forRoot({ contexts: [statisticsContext] }), {
  title: 'casetrail statistics',
  description: 'National counter-trafficking statistics derived from the contexts’ events.',
});
