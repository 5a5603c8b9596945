import { offenceByCode } from '@casetrail/kernel';
import type { AgeBand, RecordedAgeBand, Sex } from '@casetrail/kernel';
import type { VerdictOutcome } from '@casetrail/court-contracts';
import { isFinalVerdictOutcome } from '@casetrail/court-contracts';
import type { ChargeFacts, CourtAccusedFacts, CourtFileFacts, CourtVictimFacts, DetentionFacts, VerdictFacts } from './court-file-facts';

/** Synthetic court-file facts for the table tests (no real person, no real case). */
export function aFile(overrides: Partial<CourtFileFacts> = {}): CourtFileFacts {
  const principalOffence = overrides.principalOffence ?? 'procuring';
  return {
    fileId: 'F',
    court: 'court-battambang',
    province: 'battambang',
    origin: { kind: 'police', policeCaseId: overrides.fileId ?? 'F', forwardingUnit: 'police-battambang', forwardedOn: '2020-02-28' },
    offences: [principalOffence],
    principalOffence,
    principalCategory: offenceByCode(principalOffence)!.category,
    openedOn: '2020-03-01',
    receivedOn: '2020-03-01',
    entered: { prosecution: '2020-03-01', investigation: null, trial: null },
    closedOn: null,
    prosecutionDecision: null,
    closingOrder: null,
    victims: [],
    accused: [],
    compensation: [],
    appeals: [],
    ...overrides,
  };
}

export function aVictimOf(overrides: Partial<CourtVictimFacts> & { ageBand?: AgeBand } = {}): CourtVictimFacts {
  const ageBand = overrides.ageBand ?? '18_plus';
  return { personId: 'V', sex: 'F', enteredOn: '2020-03-01', ...overrides, ageBand, minor: ageBand !== '18_plus' };
}

export function aCharge(chargedOn: string, ageBand: RecordedAgeBand = '18_plus', sex: Sex = 'M', chargedBy: ChargeFacts['chargedBy'] = 'prosecutor'): ChargeFacts {
  return { chargedOn, chargedBy, offences: ['procuring'], sex, ageBand };
}

export function aDetention(orderedOn: string, endedOn: string | null = null, ageBand: RecordedAgeBand = '18_plus', sex: Sex = 'M'): DetentionFacts {
  return { orderedOn, endedOn, sex, ageBand };
}

export function aVerdict(outcome: VerdictOutcome, deliveredOn: string, extra: Partial<VerdictFacts> = {}): VerdictFacts {
  return {
    outcome,
    deliveredOn,
    final: isFinalVerdictOutcome(outcome),
    custody: outcome === 'imprisonment' ? 'in_custody' : null,
    sex: 'M',
    ageBand: '18_plus',
    ...extra,
  };
}

export function anAccused(overrides: Partial<CourtAccusedFacts> = {}): CourtAccusedFacts {
  return {
    personId: 'A',
    sex: 'M',
    enteredOn: '2020-03-01',
    source: 'police',
    arrestedOn: '2020-02-20',
    charges: [],
    detentions: [],
    supervisions: [],
    verdicts: [],
    ...overrides,
  };
}
