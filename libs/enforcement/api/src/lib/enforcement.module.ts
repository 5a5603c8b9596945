import { Module } from '@nestjs/common';
import type { BoundedContext } from '@casetrail/platform-nest';
import { enforcementEventTypes, POLICE_UNITS } from '@casetrail/enforcement-contracts';
import type { Projection } from '@casetrail/read-models';
import { CommandsModule } from '@casetrail/platform-commands';
import { PersonalDataModule } from '@casetrail/personal-data';
import { AccessAuditModule } from '@casetrail/access-audit';
import { intakeEventTypes } from '@casetrail/intake-contracts';
import { PoliceCaseCommandsController } from './commands/police-case-commands.controller';
import { personCasesProjection } from './projections/person-cases.projection';
import { policeCaseSummaryProjection } from './projections/police-case-summary.projection';
import { PoliceCasePersonScopes } from './queries/police-case-person-scopes';
import { PoliceCaseQueriesController } from './queries/police-case-queries.controller';
import { PoliceCaseQueriesService } from './queries/police-case-queries.service';
import { IntakePoliceReferralReactor } from './reactors/intake-referral.reactor';

/**
 * The law-enforcement context's Nest module: police-case commands (through the platform's
 * command runner), queries, and the reactor that records intake's referrals to the police. It holds identifying data of victims and suspects, so it uses the
 * personal-data protection and records every disclosure with the access audit.
 */
@Module({
  imports: [CommandsModule, PersonalDataModule, AccessAuditModule],
  controllers: [PoliceCaseCommandsController, PoliceCaseQueriesController],
  providers: [PoliceCaseQueriesService, PoliceCasePersonScopes, IntakePoliceReferralReactor],
})
export class EnforcementModule {}

/** Law enforcement: police cases (`enforcement-case-<id>`, `enforcement.*`, topic `casetrail.enforcement`). */
export const enforcementContext: BoundedContext = {
  name: 'enforcement',
  module: EnforcementModule,
  owns: enforcementEventTypes,
  // Intake's referrals to the police make victims of police cases. A consumer of a topic must know
  // every type on it (the bus upcasts each message).
  reads: intakeEventTypes,
  reactors: [IntakePoliceReferralReactor],
  projections: [policeCaseSummaryProjection as Projection<unknown>, personCasesProjection as Projection<unknown>],
  personScopes: PoliceCasePersonScopes,
  auditedRecordTypes: ['police-case'],
  units: POLICE_UNITS,
};
