import type { BoundedContext } from '@casetrail/platform-nest';
import type { Projection } from '@casetrail/read-models';
import { AccessAuditModule } from './access-audit.module';
import { accessAuditEventTypes } from './events/access-audit.events';
import { personalDataAccessProjection } from './read-model/personal-data-access.projection';

/**
 * The access audit: `audit.PersonalDataAccessed` on `audit-access-<userId>`, its read model and
 * the auditors' routes. Hosted by every process whose contexts disclose identifying data; the
 * record types they disclose are in their own descriptors (`auditedRecordTypes`).
 */
export const auditContext: BoundedContext = {
  name: 'audit',
  module: AccessAuditModule,
  owns: accessAuditEventTypes,
  projections: [personalDataAccessProjection as Projection<unknown>],
};
