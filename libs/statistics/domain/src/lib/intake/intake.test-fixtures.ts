import type { ReceptionFacts, ReturnedBodyFacts, ScreenedPersonFacts } from './intake-facts';

/** Synthetic facts for the intake table tests (no real person). */
export function aReception(overrides: Partial<ReceptionFacts> = {}): ReceptionFacts {
  return {
    receptionId: 'R',
    place: 'poipet',
    placeKind: 'land_checkpoint',
    province: 'banteay-meanchey',
    receivedOn: '2020-03-01',
    receivedBy: 'dosvy-banteay-meanchey',
    receivedByKind: 'social_affairs',
    returnedBy: 'foreign_authorities',
    countryReturnedFrom: 'THA',
    reason: 'illegal_work',
    counts: { men: 10, women: 5, boys: 2, girls: 1 },
    corrections: 0,
    withdrawnOn: null,
    ...overrides,
  };
}

export function anEmbassyReception(country: string, reason: ReceptionFacts['reason'], men: number, women: number, overrides: Partial<ReceptionFacts> = {}): ReceptionFacts {
  return aReception({
    place: `embassy-${country.toLowerCase()}`,
    placeKind: 'embassy',
    province: 'phnom-penh',
    receivedBy: 'mofaic',
    receivedByKind: 'foreign_affairs',
    returnedBy: 'embassy',
    countryReturnedFrom: country,
    reason,
    counts: { men, women, boys: 0, girls: 0 },
    ...overrides,
  });
}

export function aScreenedPerson(overrides: Partial<ScreenedPersonFacts> = {}): ScreenedPersonFacts {
  return {
    personId: 'P',
    receptionId: 'R',
    place: 'poipet',
    province: 'banteay-meanchey',
    screenedOn: '2020-03-01',
    screenedBy: 'dosvy-banteay-meanchey',
    outcome: 'suspected_victim',
    exploitationType: 'labour',
    sex: 'F',
    ageBand: '15_17',
    minor: true,
    nationality: 'KHM',
    countryReturnedFrom: 'THA',
    referrals: [],
    ...overrides,
  };
}

export function aBody(overrides: Partial<ReturnedBodyFacts> = {}): ReturnedBodyFacts {
  return {
    bodyId: 'B',
    place: 'poipet',
    province: 'banteay-meanchey',
    receivedOn: '2020-03-01',
    receivedBy: 'border-liaison-office',
    receivedByKind: 'border_liaison',
    broughtBy: 'foreign_authorities',
    countryOfDeath: 'THA',
    sex: 'M',
    cause: 'disease',
    ...overrides,
  };
}
