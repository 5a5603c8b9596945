import { Module } from '@nestjs/common';
import type { BoundedContext } from '@casetrail/platform-nest';
import { INTAKE_UNITS, intakeEventTypes } from '@casetrail/intake-contracts';
import type { Projection } from '@casetrail/read-models';
import { CommandsModule } from '@casetrail/platform-commands';
import { PersonalDataModule } from '@casetrail/personal-data';
import { AccessAuditModule } from '@casetrail/access-audit';
import { ReceptionCommandsController } from './commands/reception-commands.controller';
import { ReceptionLookup } from './commands/reception-lookup';
import { ReturnedBodyCommandsController } from './commands/returned-body-commands.controller';
import { ScreenedPersonCommandsController } from './commands/screened-person-commands.controller';
import { receptionSummaryProjection } from './projections/reception-summary.projection';
import { returnedBodySummaryProjection } from './projections/returned-body-summary.projection';
import { screenedPersonSummaryProjection } from './projections/screened-person-summary.projection';
import { IntakeRecordQueriesService } from './queries/intake-record-queries.service';
import { ReceptionQueriesController, ReturnedBodyQueriesController } from './queries/reception-queries.controller';
import { ScreenedPersonQueriesController } from './queries/screened-person-queries.controller';
import { SCREENED_PERSON_RECORD_TYPE, ScreenedPersonQueriesService } from './queries/screened-person-queries.service';
import { ScreenedPersonScopes } from './queries/screened-person-scopes';
import { IntakeUploadsModule, uploadRecordsProjection } from './uploads/intake-uploads.module';

/**
 * The intake context's Nest module: receptions, screened persons, returned bodies and bulk
 * uploads (commands through the platform's command runner) and their queries. A screened person's
 * name and birth date are identifying data, so it uses the personal-data protection and records
 * every disclosure with the access audit.
 */
@Module({
  imports: [CommandsModule, PersonalDataModule, AccessAuditModule, IntakeUploadsModule],
  controllers: [
    ReceptionCommandsController,
    ReceptionQueriesController,
    ScreenedPersonCommandsController,
    ScreenedPersonQueriesController,
    ReturnedBodyCommandsController,
    ReturnedBodyQueriesController,
  ],
  providers: [ReceptionLookup, IntakeRecordQueriesService, ScreenedPersonQueriesService, ScreenedPersonScopes],
  exports: [ReceptionLookup],
})
export class IntakeModule {}

/**
 * Returning people received at the borders, airports and embassies, screened and referred on,
 * returned bodies and bulk uploads (`intake-reception-…`, `intake-person-…`, `intake-body-…`,
 * `intake-upload-…`, `intake.*`, topic `casetrail.intake`).
 */
export const intakeContext: BoundedContext = {
  name: 'intake',
  module: IntakeModule,
  owns: intakeEventTypes,
  // It reacts to no other context: its referrals are acted on by law enforcement's and
  // protection's own reactors, which read its topic.
  reads: [],
  reactors: [],
  projections: [receptionSummaryProjection, screenedPersonSummaryProjection, returnedBodySummaryProjection, uploadRecordsProjection] as Projection<unknown>[],
  personScopes: ScreenedPersonScopes,
  auditedRecordTypes: [SCREENED_PERSON_RECORD_TYPE],
  // The receiving units: a border official's token may name theirs as `unit`.
  units: INTAKE_UNITS.map((u) => ({ code: u.code, province: u.province })),
};
