import { offenceByCode } from '@casetrail/kernel';
import type { PoliceCaseFacts, SuspectFacts, VictimFacts } from './police-case-facts';

/** Synthetic facts for the table tests. */
export function aCase(overrides: Partial<PoliceCaseFacts> & { principalOffence?: string } = {}): PoliceCaseFacts {
  const principalOffence = overrides.principalOffence ?? 'procuring';
  const category = offenceByCode(principalOffence)!.category;
  return {
    caseId: 'C',
    province: 'battambang',
    unit: { code: 'police-battambang', type: 'provincial_police' },
    offences: [principalOffence],
    principalOffence,
    principalCategory: category,
    categories: [category],
    openedOn: '2020-03-01',
    status: 'open',
    forwardedOn: null,
    closedOn: null,
    closureReason: null,
    victims: [],
    referredVictims: [],
    suspects: [],
    ...overrides,
  };
}

export function aVictim(overrides: Partial<VictimFacts> = {}): VictimFacts {
  return {
    victimId: 'V',
    sex: 'F',
    ageBand: '18_plus',
    minor: false,
    nationality: 'KHM',
    foreign: false,
    exploitationType: 'sexual',
    rescuedOn: '2020-03-02',
    handedOverTo: null,
    handedOverOn: null,
    ...overrides,
  };
}

export function aSuspect(overrides: Partial<SuspectFacts> = {}): SuspectFacts {
  const nationality = overrides.nationality ?? 'KHM';
  const sex = overrides.sex ?? 'M';
  return {
    suspectId: 'S',
    sex,
    nationality,
    identifiedOn: '2020-03-02',
    arrestedOn: '2020-03-03',
    ageBand: '18_plus',
    female: sex === 'F',
    minor: false,
    foreign: nationality !== 'KHM',
    ...overrides,
  };
}
