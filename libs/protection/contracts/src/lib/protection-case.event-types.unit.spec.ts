import { EventTypeRegistry, InvalidEventDataError } from '@casetrail/event-sourcing';
import { ProtectionCaseEventType as E } from './protection-case.events';
import { protectionEventTypes, registerProtectionEvents } from './protection-case.event-types';

const registry = () => registerProtectionEvents(new EventTypeRegistry());

/** A stand-in for a sealed envelope (valid in shape); the domain never opens one. */
const sealedFor = (personId: string) => ({ v: 1, alg: 'A256GCM', personId, iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVk', tag: 'AAAAAAAAAAAAAAAAAAAAAA' });

const handedOver = {
  personId: 'V1',
  province: 'battambang',
  receivedOn: '2020-03-06',
  channel: 'police_hand_over',
  receivedBy: 'dosvy-battambang',
  policeCaseId: 'PC-2020-001',
  handedOverBy: 'police-battambang',
  rescuedOn: '2020-03-05',
  sex: 'F',
  nationality: 'KHM',
  ageInYears: 14,
  ageBand: 'under_15',
  ageBandOn: '2020-03-05',
  exploitationType: 'sexual',
  personal: {},
};
const { policeCaseId: _p, handedOverBy: _h, rescuedOn: _r, ...notHandedOver } = handedOver;
const returned = {
  ...notHandedOver,
  personId: 'P2',
  province: 'banteay-meanchey',
  channel: 'overseas_authorities',
  receivedBy: 'dosvy-banteay-meanchey',
  entryPoint: 'poipet',
  countryReturnedFrom: 'THA',
  ageInYears: 30,
  ageBand: '18_plus',
  exploitationType: 'labour',
};
const admitted = { shelter: 'ngo-aple', shelterProvince: 'phnom-penh', admittedOn: '2020-03-07', sentBy: 'dosvy-battambang', exploitationType: 'sexual', sex: 'F', ageBand: 'under_15' };
const integrated = {
  integratedBy: 'dosvy-battambang',
  integratedOn: '2020-09-01',
  province: 'battambang',
  followUpScheduleMonths: [1, 3, 6, 12],
  followUpWorker: 'social-worker-1',
  exploitationType: 'sexual',
  sex: 'F',
  ageBand: 'under_15',
};
const consent = { givenBy: 'guardian', recordedOn: '2020-03-07', sharing: [{ organisation: 'ngo-aple', purposes: ['shelter', 'services'] }] };
const award = { claimId: 'CF-1', amount: 500000, currency: 'USD', awardedOn: '2020-09-01', source: 'court' };

const valid: Array<[string, unknown]> = [
  [E.ProtectionCaseOpened, handedOver],
  [E.ProtectionCaseOpened, { ...handedOver, ageInYears: undefined, personal: sealedFor('V1') }],
  [E.ProtectionCaseOpened, returned],
  [E.ProtectionCaseOpened, { ...notHandedOver, channel: 'self_referred', receivedBy: 'ngo-chab-dai' }],
  [E.ProtectionCaseOpened, { ...returned, channel: 'border_screening' }],
  [E.ProtectionCaseOpened, { ...returned, channel: 'border_screening', entryPoint: undefined, countryReturnedFrom: 'MYS' }],
  [E.ConsentRecorded, consent],
  [E.ConsentRecorded, { givenBy: 'person', recordedOn: '2020-03-07', sharing: [] }],
  [E.CaseReferred, { organisation: 'ngo-aple', referredOn: '2020-03-07', purpose: 'shelter' }],
  [E.ShelterAdmitted, admitted],
  [E.ShelterDeparted, { shelter: 'ngo-aple', departedOn: '2020-08-30', reason: 'integrated' }],
  [E.ServiceDelivered, { service: 'psychosocial', organisation: 'ngo-aple', deliveredOn: '2020-03-08' }],
  [E.CompensationClaimFiled, { claimId: 'CF-1', courtFileId: 'CF-1', supportingOrganisation: 'ngo-ijm', filedOn: '2020-04-01' }],
  [E.CompensationClaimFiled, { claimId: 'C-7', supportingOrganisation: 'dosvy-battambang', filedOn: '2020-04-01' }],
  [E.CompensationAwarded, award],
  [E.CompensationAwarded, { ...award, source: 'recorded', currency: 'KHR', amount: 400000000 }],
  [E.CompensationReceived, { claimId: 'CF-1', amount: 250000, currency: 'USD', receivedOn: '2020-10-01' }],
  [E.FamilyAssessed, { assessedOn: '2020-08-01', outcome: 'suitable_with_support', assessedBy: 'ngo-aple' }],
  [E.PersonIntegrated, integrated],
  [E.PersonIntegrated, { ...integrated, integratedBy: 'ngo-cwcc', followUpScheduleMonths: [1, 2, 3, 6, 9, 12] }],
  [E.FollowUpVisited, { visitNumber: 1, visitedOn: '2020-10-01', outcome: 'stable', visitedBy: 'dosvy-battambang' }],
  [E.ProtectionCaseClosed, { closedOn: '2021-09-01', reason: 'follow_up_completed' }],
  [E.ProtectionCaseReopened, { reopenedOn: '2021-10-01', justification: 'Re-trafficked: found again in a police rescue' }],
];

function problem(type: string, data: unknown): string {
  try {
    registry().assertWritable(type, 1, data);
  } catch (error) {
    if (error instanceof InvalidEventDataError) return error.message;
    throw error;
  }
  return 'valid';
}

describe('protection event types', () => {
  it('registers every event type at schema version 1, each with a validator', () => {
    const r = registry();
    expect(r.types().sort()).toEqual(Object.values(E).sort());
    for (const type of Object.values(E)) expect(r.currentVersion(type)).toBe(1);
    expect(protectionEventTypes.every((d) => typeof d.validate === 'function')).toBe(true);
    expect(Object.values(E).every((t) => t.startsWith('protection.'))).toBe(true);
  });

  it('refuses to be registered twice in one registry', () => {
    expect(() => registerProtectionEvents(registry())).toThrow(/registered twice/);
  });

  it.each(valid.map(([type, data], i) => [`${type} #${i}`, type, data] as const))('accepts valid %s', (_name, type, data) => {
    expect(problem(type, data)).toBe('valid');
  });

  it.each([
    ['an extra field', E.ProtectionCaseOpened, { ...handedOver, note: 'x' }, /note is not allowed/],
    ['an unknown channel', E.ProtectionCaseOpened, { ...handedOver, channel: 'police' }, /channel/],
    ['an unknown receiving organisation', E.ProtectionCaseOpened, { ...handedOver, receivedBy: 'battambang' }, /receivedBy must be a protection organisation/],
    ['an unknown province', E.ProtectionCaseOpened, { ...handedOver, province: 'atlantis' }, /province/],
    ['an entry point without overseas authorities', E.ProtectionCaseOpened, { ...handedOver, entryPoint: 'poipet' }, /entryPoint is allowed only/],
    ['overseas authorities without an entry point', E.ProtectionCaseOpened, { ...returned, entryPoint: undefined }, /entryPoint is required/],
    ['an unknown entry point', E.ProtectionCaseOpened, { ...returned, entryPoint: 'atlantis-airport' }, /airport or checkpoint/],
    ['a border screening at an unknown entry point', E.ProtectionCaseOpened, { ...returned, channel: 'border_screening', entryPoint: 'embassy-mys' }, /airport or checkpoint/],
    ['an unknown country returned from', E.ProtectionCaseOpened, { ...returned, countryReturnedFrom: 'TH' }, /countryReturnedFrom/],
    ['a police case id without a hand-over', E.ProtectionCaseOpened, { ...returned, policeCaseId: 'PC-1' }, /policeCaseId is allowed only/],
    ['a hand-over without the police case', E.ProtectionCaseOpened, { ...handedOver, policeCaseId: undefined }, /policeCaseId is required/],
    ['a hand-over without the unit', E.ProtectionCaseOpened, { ...handedOver, handedOverBy: undefined }, /handedOverBy is required/],
    ['a hand-over without the rescue date', E.ProtectionCaseOpened, { ...handedOver, rescuedOn: undefined }, /rescuedOn is required/],
    ['a rescue date without a hand-over', E.ProtectionCaseOpened, { ...returned, rescuedOn: '2020-03-01' }, /rescuedOn is allowed only/],
    ['an age band that does not match the age', E.ProtectionCaseOpened, { ...handedOver, ageBand: '15_17' }, /does not match/],
    ['neither an age nor a sealed birth date', E.ProtectionCaseOpened, { ...handedOver, ageInYears: undefined }, /must have ageInYears/],
    ['personal data sealed for another person', E.ProtectionCaseOpened, { ...handedOver, personal: sealedFor('V9') }, /another person/],
    ['a name in clear', E.ProtectionCaseOpened, { ...handedOver, personal: { fullName: 'Synthetic Person' } }, /personal\.fullName is not allowed/],
    ['a birth date in clear', E.ProtectionCaseOpened, { ...handedOver, birthDate: '2006-01-15' }, /birthDate is not allowed/],
    ['an unknown age band', E.ProtectionCaseOpened, { ...handedOver, ageInYears: undefined, ageBand: 'unknown', personal: sealedFor('V1') }, /ageBand/],
    ['a sharing with an organisation twice', E.ConsentRecorded, { ...consent, sharing: [...consent.sharing, { organisation: 'ngo-aple', purposes: ['legal_aid'] }] }, /organisation twice/],
    ['a sharing for no purpose', E.ConsentRecorded, { ...consent, sharing: [{ organisation: 'ngo-aple', purposes: [] }] }, /purposes must have at least 1/],
    ['a sharing with an unknown organisation', E.ConsentRecorded, { ...consent, sharing: [{ organisation: 'ngo-unknown', purposes: ['shelter'] }] }, /organisation/],
    ['an unknown purpose of a referral', E.CaseReferred, { organisation: 'ngo-aple', referredOn: '2020-03-07', purpose: 'fun' }, /purpose/],
    ['an admission to an unknown shelter', E.ShelterAdmitted, { ...admitted, shelter: 'shelter-1' }, /shelter must be a protection organisation/],
    ['an admission without the band', E.ShelterAdmitted, { ...admitted, ageBand: undefined }, /ageBand/],
    ['an unknown departure reason', E.ShelterDeparted, { shelter: 'ngo-aple', departedOn: '2020-08-30', reason: 'escaped' }, /reason/],
    ['an unknown service', E.ServiceDelivered, { service: 'massage', organisation: 'ngo-aple', deliveredOn: '2020-03-08' }, /service/],
    ['a claim without supporting organisation', E.CompensationClaimFiled, { claimId: 'C-1', filedOn: '2020-04-01' }, /supportingOrganisation/],
    ['a currency without minor unit', E.CompensationAwarded, { ...award, currency: 'XAU' }, /currency/],
    ['a zero award', E.CompensationAwarded, { ...award, amount: 0 }, /amount/],
    ['a decimal amount', E.CompensationReceived, { claimId: 'CF-1', amount: 12.5, currency: 'USD', receivedOn: '2020-10-01' }, /amount/],
    ['an unknown award source', E.CompensationAwarded, { ...award, source: 'ngo' }, /source/],
    ['an unknown assessment outcome', E.FamilyAssessed, { assessedOn: '2020-08-01', outcome: 'fine', assessedBy: 'ngo-aple' }, /outcome/],
    ['a schedule out of order', E.PersonIntegrated, { ...integrated, followUpScheduleMonths: [1, 6, 3] }, /ascending/],
    ['a schedule with a month twice', E.PersonIntegrated, { ...integrated, followUpScheduleMonths: [1, 1, 3] }, /ascending/],
    ['an empty schedule', E.PersonIntegrated, { ...integrated, followUpScheduleMonths: [] }, /at least 1/],
    ['a schedule month of zero', E.PersonIntegrated, { ...integrated, followUpScheduleMonths: [0, 3] }, /followUpScheduleMonths\[0\]/],
    ['an integration without worker', E.PersonIntegrated, { ...integrated, followUpWorker: '' }, /followUpWorker/],
    ['a visit numbered 0', E.FollowUpVisited, { visitNumber: 0, visitedOn: '2020-10-01', outcome: 'stable', visitedBy: 'dosvy-battambang' }, /visitNumber/],
    ['an unknown closure reason', E.ProtectionCaseClosed, { closedOn: '2021-09-01', reason: 'bored' }, /reason/],
    ['a reopening without justification', E.ProtectionCaseReopened, { reopenedOn: '2021-10-01', justification: '  ' }, /justification/],
    ['a justification of several lines', E.ProtectionCaseReopened, { reopenedOn: '2021-10-01', justification: 'one\ntwo' }, /single line/],
    ['a bad date', E.ProtectionCaseClosed, { closedOn: '2021-02-30', reason: 'other' }, /closedOn/],
    ['data that is not an object', E.ProtectionCaseClosed, 'closed', /must be an object/],
  ])('refuses %s', (_what, type, data, message) => {
    expect(problem(type, data)).toMatch(message);
  });
});
