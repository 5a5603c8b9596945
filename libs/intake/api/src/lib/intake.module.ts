import { Module } from '@nestjs/common';
import type { BoundedContext } from '@casetrail/platform-nest';
import { INTAKE_UNITS, intakeEventTypes } from '@casetrail/intake-contracts';
import type { Projection } from '@casetrail/read-models';
import { CommandsModule } from '@casetrail/platform-commands';
import { PersonalDataModule } from '@casetrail/personal-data';
import { AccessAuditModule } from '@casetrail/access-audit';

/**
 * The intake context's Nest module: receptions, screened persons, returned bodies and bulk
 * uploads (commands through the platform's command runner) and their queries. A screened person's
 * name and birth date are identifying data, so it uses the personal-data protection and records
 * every disclosure with the access audit.
 */
@Module({
  imports: [CommandsModule, PersonalDataModule, AccessAuditModule],
  controllers: [],
  providers: [],
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
  projections: [] as Projection<unknown>[],
  // The receiving units: a border official's token may name theirs as `unit`.
  units: INTAKE_UNITS.map((u) => ({ code: u.code, province: u.province })),
};
