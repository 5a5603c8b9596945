import { yearOf } from '@casetrail/kernel';
import type { ProtectionCaseFacts } from './protection-case-facts';
import { exploitationBreakdown, onePerson, organisationKindBreakdown, organisationKindOf, personColumns } from './protection-breakdowns';
import { buildProtectionTable, type ProtectionItem, type ProtectionTable, type ProtectionTableOptions } from './protection-table';

/** The figures of the shelter-admissions table (report II.D.2), in column order. Definitions: docs/statistics.md. */
export const SHELTER_ADMISSION_FIGURES = [...personColumns('persons'), 'admissions'] as const;
export type ShelterAdmissionFigure = (typeof SHELTER_ADMISSION_FIGURES)[number];
export const SHELTER_ADMISSION_DIMENSIONS = ['exploitation_type', 'sent_by'] as const;
export type ShelterAdmissionDimension = (typeof SHELTER_ADMISSION_DIMENSIONS)[number];
export type ShelterAdmissionsTable = ProtectionTable<ShelterAdmissionFigure, ShelterAdmissionDimension>;

const BREAKDOWNS = [exploitationBreakdown(), organisationKindBreakdown('sent_by')] as const;

/**
 * Shelter admissions in a year (`admittedOn`): `admissions` counts every admission; `persons`
 * counts each person once, by their first admission of the year (its exploitation type, who sent
 * them, sex and band as the admission carries them). The province is the case's at the admission.
 */
export function buildShelterAdmissionsTable(facts: readonly ProtectionCaseFacts[], options: ProtectionTableOptions): ShelterAdmissionsTable {
  return buildProtectionTable('shelter_admissions', SHELTER_ADMISSION_FIGURES, BREAKDOWNS, shelterAdmissionItems, facts, options);
}

export function shelterAdmissionItems(f: ProtectionCaseFacts, year: number): ProtectionItem<ShelterAdmissionFigure, ShelterAdmissionDimension>[] {
  const inYear = f.admissions.filter((a) => yearOf(a.admittedOn) === year).sort((a, b) => a.admittedOn.localeCompare(b.admittedOn));
  return inYear.map((a, i) => ({
    province: a.province,
    figures: { admissions: 1, ...(i === 0 ? onePerson('persons', a.ageBand, a.sex) : {}) },
    codes: { exploitation_type: a.exploitationType, sent_by: organisationKindOf(a.sentBy) },
  }));
}
