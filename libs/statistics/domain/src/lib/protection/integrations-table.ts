import { yearOf } from '@casetrail/kernel';
import type { ProtectionCaseFacts } from './protection-case-facts';
import { exploitationBreakdown, onePerson, organisationKindBreakdown, organisationKindOf, personColumns } from './protection-breakdowns';
import { buildProtectionTable, type ProtectionItem, type ProtectionTable, type ProtectionTableOptions } from './protection-table';

/** The figures of the integrations table (report II.D.3), in column order. Definitions: docs/statistics.md. */
export const INTEGRATION_FIGURES = personColumns('integrations');
export type IntegrationFigure = (typeof INTEGRATION_FIGURES)[number];
export const INTEGRATION_DIMENSIONS = ['integrated_by', 'exploitation_type'] as const;
export type IntegrationDimension = (typeof INTEGRATION_DIMENSIONS)[number];
export type IntegrationsTable = ProtectionTable<IntegrationFigure, IntegrationDimension>;

const BREAKDOWNS = [organisationKindBreakdown('integrated_by'), exploitationBreakdown()] as const;

/**
 * Integrations into the community in a year (`integratedOn`), one per `protection.PersonIntegrated`,
 * in the integration's province, by the kind of the integrating organisation and the exploitation
 * type, sex and band the integration carries.
 */
export function buildIntegrationsTable(facts: readonly ProtectionCaseFacts[], options: ProtectionTableOptions): IntegrationsTable {
  return buildProtectionTable('integrations', INTEGRATION_FIGURES, BREAKDOWNS, integrationItems, facts, options);
}

export function integrationItems(f: ProtectionCaseFacts, year: number): ProtectionItem<IntegrationFigure, IntegrationDimension>[] {
  return f.integrations
    .filter((i) => yearOf(i.integratedOn) === year)
    .map((i) => ({
      province: i.province,
      figures: onePerson('integrations', i.ageBand, i.sex),
      codes: { integrated_by: organisationKindOf(i.integratedBy), exploitation_type: i.exploitationType },
    }));
}
