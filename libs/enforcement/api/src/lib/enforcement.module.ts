import { Module } from '@nestjs/common';
import { ProjectionHost, type BoundedContext } from '@casetrail/platform-nest';
import { enforcementEventTypes } from '@casetrail/enforcement-contracts';
import type { Projection } from '@casetrail/read-models';
import { PersonScopes, PersonalDataModule, privacyEventTypes } from '@casetrail/personal-data';
import { AccessAuditModule, accessAuditEventTypes } from '@casetrail/access-audit';
import { PoliceCaseCommandService } from './commands/police-case-command.service';
import { PoliceCaseCommandsController } from './commands/police-case-commands.controller';
import { personCasesProjection } from './projections/person-cases.projection';
import { policeCaseSummaryProjection } from './projections/police-case-summary.projection';
import { PoliceCasePersonScopes } from './queries/police-case-person-scopes';
import { PoliceCaseQueriesController } from './queries/police-case-queries.controller';
import { PoliceCaseQueriesService } from './queries/police-case-queries.service';

/**
 * The law-enforcement context: police cases, their commands, queries and list read model. It
 * holds identifying data of victims and suspects, so it brings the personal-data protection
 * (person keys, cipher, the admin "forget a person" route) until a privacy context of its own,
 * and the access audit: every read that discloses identifying data is recorded first.
 */
@Module({
  imports: [PersonalDataModule, AccessAuditModule],
  controllers: [PoliceCaseCommandsController, PoliceCaseQueriesController],
  providers: [PoliceCaseCommandService, PoliceCaseQueriesService, PoliceCasePersonScopes],
})
export class EnforcementModule {
  constructor(projections: ProjectionHost, personScopes: PersonScopes, policeCasePersonScopes: PoliceCasePersonScopes) {
    projections.register(policeCaseSummaryProjection as Projection<unknown>, personCasesProjection as Projection<unknown>);
    personScopes.register(policeCasePersonScopes);
  }
}

export const enforcementContext: BoundedContext = {
  name: 'enforcement',
  module: EnforcementModule,
  // privacy.PersonForgotten and audit.PersonalDataAccessed ride along until they have a context of their own.
  eventTypes: [...enforcementEventTypes, ...privacyEventTypes, ...accessAuditEventTypes],
};
