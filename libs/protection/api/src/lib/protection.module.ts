import { Module } from '@nestjs/common';
import type { BoundedContext } from '@casetrail/platform-nest';
import { PROTECTION_ORGANISATIONS, protectionEventTypes } from '@casetrail/protection-contracts';
import { enforcementEventTypes } from '@casetrail/enforcement-contracts';
import { courtEventTypes } from '@casetrail/court-contracts';
import { intakeEventTypes } from '@casetrail/intake-contracts';
import type { Projection } from '@casetrail/read-models';
import { CommandsModule } from '@casetrail/platform-commands';
import { PersonalDataModule } from '@casetrail/personal-data';
import { AccessAuditModule } from '@casetrail/access-audit';
import { ProtectionCaseCommandsController } from './commands/protection-case-commands.controller';
import { protectionCaseSummaryProjection } from './projections/protection-case-summary.projection';
import { victimJourneyProjection } from './projections/victim-journey.projection';
import { ProtectionCasePersonScopes } from './queries/protection-case-person-scopes';
import { ProtectionCaseQueriesController } from './queries/protection-case-queries.controller';
import { PROTECTION_CASE_RECORD_TYPE, ProtectionCaseQueriesService } from './queries/protection-case-queries.service';
import { CourtCompensationReactor } from './reactors/court-compensation.reactor';
import { HandOverReactor } from './reactors/hand-over.reactor';
import { IntakeProtectionReferralReactor } from './reactors/intake-referral.reactor';

/**
 * The protection context's Nest module: protection-case commands (through the platform's command
 * runner) and queries. It holds identifying data of the persons it follows, so it uses the
 * personal-data protection and records every disclosure with the access audit.
 */
@Module({
  imports: [CommandsModule, PersonalDataModule, AccessAuditModule],
  controllers: [ProtectionCaseCommandsController, ProtectionCaseQueriesController],
  providers: [ProtectionCaseQueriesService, ProtectionCasePersonScopes, HandOverReactor, IntakeProtectionReferralReactor, CourtCompensationReactor],
})
export class ProtectionModule {}

/** Victim protection and reintegration: protection cases (`protection-case-<personId>`, `protection.*`, topic `casetrail.protection`). */
export const protectionContext: BoundedContext = {
  name: 'protection',
  module: ProtectionModule,
  owns: protectionEventTypes,
  // Law enforcement's hand-overs and intake's referrals open cases and the court's awards reach
  // them; the journey reads enforcement and court. A consumer of a topic must know every type on
  // it (the bus upcasts each message).
  reads: [...enforcementEventTypes, ...courtEventTypes, ...intakeEventTypes],
  reactors: [HandOverReactor, IntakeProtectionReferralReactor, CourtCompensationReactor],
  projections: [protectionCaseSummaryProjection as Projection<unknown>, victimJourneyProjection as Projection<unknown>],
  personScopes: ProtectionCasePersonScopes,
  auditedRecordTypes: [PROTECTION_CASE_RECORD_TYPE],
  // The organisations: a partner worker's token names theirs as `unit` (their scope), a social
  // worker's may name their department.
  units: PROTECTION_ORGANISATIONS.map((o) => ({ code: o.code, province: o.province })),
};
