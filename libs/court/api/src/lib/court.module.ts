import { Module } from '@nestjs/common';
import type { BoundedContext } from '@casetrail/platform-nest';
import { COURTS, courtEventTypes } from '@casetrail/court-contracts';
import { POLICE_UNITS, enforcementEventTypes } from '@casetrail/enforcement-contracts';
import type { Projection } from '@casetrail/read-models';
import { CommandsModule } from '@casetrail/platform-commands';
import { PersonalDataModule } from '@casetrail/personal-data';
import { AccessAuditModule } from '@casetrail/access-audit';
import { CourtFileCommandsController } from './commands/court-file-commands.controller';
import { courtFileSummaryProjection } from './projections/court-file-summary.projection';
import { personFilesProjection } from './projections/person-files.projection';
import { CourtFilePersonScopes } from './queries/court-file-person-scopes';
import { CourtFileQueriesController, PoliceCaseOutcomeController } from './queries/court-file-queries.controller';
import { COURT_FILE_RECORD_TYPE, CourtFileQueriesService } from './queries/court-file-queries.service';
import { PoliceForwardingReactor } from './reactors/police-forwarding.reactor';

/**
 * The court context's Nest module: court-file commands (through the platform's command runner)
 * and queries. It holds identifying data of accused and victims, so it uses the personal-data
 * protection and records every disclosure with the access audit.
 */
@Module({
  imports: [CommandsModule, PersonalDataModule, AccessAuditModule],
  controllers: [CourtFileCommandsController, CourtFileQueriesController, PoliceCaseOutcomeController],
  providers: [CourtFileQueriesService, CourtFilePersonScopes, PoliceForwardingReactor],
})
export class CourtModule {}

/** The court: court files (`court-file-<id>`, `court.*`, topic `casetrail.court`). */
export const courtContext: BoundedContext = {
  name: 'court',
  module: CourtModule,
  owns: courtEventTypes,
  // Law enforcement's events: the reactor acts on forwardings, and a consumer of the topic must
  // know every type on it (the bus upcasts each message through the registry).
  reads: enforcementEventTypes,
  reactors: [PoliceForwardingReactor],
  projections: [courtFileSummaryProjection as Projection<unknown>, personFilesProjection as Projection<unknown>],
  personScopes: CourtFilePersonScopes,
  auditedRecordTypes: [COURT_FILE_RECORD_TYPE],
  // The courts, and the police units: police officers read the outcome of the cases they forwarded
  // (`GET /api/court/police-cases/:caseId/outcome`) with their own tokens, which name their unit.
  // In the embedded runtime enforcement declares them too; as its own process the court must.
  units: [...COURTS.map((c) => ({ code: c.code, province: c.province })), ...POLICE_UNITS],
};
