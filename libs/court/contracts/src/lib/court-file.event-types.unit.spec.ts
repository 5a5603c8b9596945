import { EventTypeRegistry, InvalidEventDataError } from '@casetrail/event-sourcing';
import { CourtFileEventType as E } from './court-file.events';
import { courtEventTypes, registerCourtEvents } from './court-file.event-types';

const registry = () => registerCourtEvents(new EventTypeRegistry());

/** A stand-in for a sealed envelope (valid in shape); the domain never opens one. */
const sealedFor = (personId: string) => ({ v: 1, alg: 'A256GCM', personId, iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVk', tag: 'AAAAAAAAAAAAAAAAAAAAAA' });

const accused = { personId: 'S1', sex: 'F', nationality: 'KHM', ageBand: '18_plus', ageBandOn: '2020-03-05', arrestedOn: '2020-03-05', personal: sealedFor('S1') };
const victim = { personId: 'V1', sex: 'F', nationality: 'KHM', ageInYears: 14, ageBand: 'under_15', ageBandOn: '2020-03-05', exploitationType: 'sexual', personal: {} };
const received = {
  fileId: 'PC-2020-001',
  court: 'court-battambang',
  province: 'battambang',
  receivedOn: '2020-03-11',
  policeCaseId: 'PC-2020-001',
  forwardingUnit: 'police-battambang',
  forwardedOn: '2020-03-10',
  offences: ['procuring'],
  accused: [accused],
  victims: [victim],
};
const opened = { fileId: 'CF-1', court: 'court-phnom-penh', province: 'phnom-penh', openedOn: '2020-03-01', offences: ['procuring'] };
const added = { personId: 'A1', sex: 'M', nationality: 'THA', ageInYears: 30, ageBand: '18_plus', addedOn: '2020-03-02', personal: {} };
const charged = { personId: 'S1', offences: ['procuring'], chargedOn: '2020-03-12', chargedBy: 'prosecutor', sex: 'F', ageBand: '18_plus' };
const decided = { action: 'submitted_for_investigation', decidedOn: '2020-03-13' };
const detained = { personId: 'S1', orderedOn: '2020-03-14', offenceClass: 'felony', limitId: 'pretrial_detention_adult_felony', sex: 'F', ageBand: '18_plus' };
const verdict = { personId: 'S1', outcome: 'imprisonment', deliveredOn: '2020-09-01', termMonths: 60, custody: 'in_custody', sex: 'F', ageBand: '18_plus' };

const valid: Array<[string, unknown]> = [
  [E.PoliceCaseReceived, received],
  [E.CourtFileOpened, { ...opened, reference: 'PP-2020/17' }],
  [E.AccusedAdded, added],
  [E.AccusedAdded, { ...added, ageInYears: undefined, personal: sealedFor('A1') }],
  [E.VictimAdded, { ...added, personId: 'V2', personal: {}, exploitationType: 'labour' }],
  [E.PersonCharged, charged],
  [E.ProsecutionDecided, decided],
  [E.ProsecutionDecided, { action: 'retained_without_processing', decidedOn: '2020-03-13', reason: 'insufficient_evidence' }],
  [E.ProsecutionDecided, { action: 'submitted_for_trial', decidedOn: '2020-03-13', trialRoute: 'immediate_appearance', appearedOn: '2020-03-13' }],
  [E.ProsecutionDecided, { action: 'submitted_for_trial', decidedOn: '2020-03-13', trialRoute: 'direct_summons' }],
  [E.PreTrialDetentionOrdered, detained],
  [E.PreTrialDetentionExtended, { personId: 'S1', extendedOn: '2020-09-01', months: 6 }],
  [E.PreTrialDetentionEnded, { personId: 'S1', endedOn: '2020-09-01', reason: 'release_order' }],
  [E.JudicialSupervisionOrdered, { personId: 'S1', orderedOn: '2020-09-01', sex: 'F', ageBand: 'unknown' }],
  [E.ClosingOrderIssued, { outcome: 'sent_to_trial', issuedOn: '2020-06-01' }],
  [E.VerdictDelivered, verdict],
  [E.VerdictDelivered, { personId: 'S1', outcome: 'fine', deliveredOn: '2020-09-01', fine: { amount: 400000000, currency: 'KHR' }, sex: 'F', ageBand: '18_plus' }],
  [E.VerdictDelivered, { personId: 'S1', outcome: 'acquittal', deliveredOn: '2020-09-01', sex: 'F', ageBand: '18_plus' }],
  [E.CompensationAwarded, { victimId: 'V1', amount: 500000, currency: 'USD', awardedOn: '2020-09-01' }],
  [E.AppealLodged, { appealNumber: 1, appellant: 'accused', lodgedOn: '2020-09-15', personId: 'S1' }],
  [E.AppealLodged, { appealNumber: 2, appellant: 'prosecutor', lodgedOn: '2020-09-15' }],
  [E.AppealDecided, { appealNumber: 1, decision: 'upheld', decidedOn: '2021-02-01' }],
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

describe('court event types', () => {
  it('registers every event type at schema version 1, each with a validator', () => {
    const r = registry();
    expect(r.types().sort()).toEqual(Object.values(E).sort());
    for (const type of Object.values(E)) expect(r.currentVersion(type)).toBe(1);
    expect(courtEventTypes.every((d) => typeof d.validate === 'function')).toBe(true);
    expect(Object.values(E).every((t) => t.startsWith('court.'))).toBe(true);
  });

  it('refuses to be registered twice in one registry', () => {
    expect(() => registerCourtEvents(registry())).toThrow(/registered twice/);
  });

  it.each(valid.map(([type, data], i) => [`${type} #${i}`, type, data] as const))('accepts valid %s', (_name, type, data) => {
    expect(problem(type, data)).toBe('valid');
  });

  it.each([
    ['an extra field', E.PoliceCaseReceived, { ...received, note: 'x' }, /note is not allowed/],
    ['a file id other than the police case id', E.PoliceCaseReceived, { ...received, fileId: 'OTHER' }, /police case id/],
    ['a court of another province', E.PoliceCaseReceived, { ...received, province: 'kampot' }, /province of/],
    ['an unknown court', E.CourtFileOpened, { ...opened, court: 'phnom-penh' }, /court code/],
    ['no accused', E.PoliceCaseReceived, { ...received, accused: [] }, /accused must have at least 1/],
    ['a person twice', E.PoliceCaseReceived, { ...received, victims: [{ ...victim, personId: 'S1' }] }, /person twice/],
    ['a birth date in clear', E.PoliceCaseReceived, { ...received, accused: [{ ...accused, birthDate: '1990-01-15' }] }, /accused\[0\]\.birthDate is not allowed/],
    ['a name in clear', E.AccusedAdded, { ...added, personal: { fullName: 'Synthetic Accused' } }, /personal\.fullName is not allowed/],
    ['neither an age nor a sealed birth date', E.PoliceCaseReceived, { ...received, accused: [{ ...accused, personal: {} }] }, /must have ageInYears/],
    ['personal data sealed for another person', E.AccusedAdded, { ...added, personal: sealedFor('S9') }, /another person/],
    ['an age band that does not match the age', E.VictimAdded, { ...added, ageBand: 'under_15', exploitationType: 'labour' }, /does not match/],
    ['an unknown band for a victim', E.PoliceCaseReceived, { ...received, victims: [{ ...victim, ageInYears: undefined, ageBand: 'unknown', personal: sealedFor('V1') }] }, /victims\[0\]\.ageBand/],
    ['an unknown offence', E.PersonCharged, { ...charged, offences: ['jaywalking'] }, /offences\[0\]/],
    ['a charge without offence', E.PersonCharged, { ...charged, offences: [] }, /at least 1/],
    ['an unknown action', E.ProsecutionDecided, { ...decided, action: 'processing' }, /action/],
    ['a reason without retention', E.ProsecutionDecided, { ...decided, reason: 'other' }, /reason is allowed only/],
    ['a retention without reason', E.ProsecutionDecided, { action: 'retained_without_processing', decidedOn: '2020-03-13' }, /reason is required/],
    ['a trial without route', E.ProsecutionDecided, { action: 'submitted_for_trial', decidedOn: '2020-03-13' }, /trialRoute is required/],
    ['an immediate appearance without its date', E.ProsecutionDecided, { action: 'submitted_for_trial', decidedOn: '2020-03-13', trialRoute: 'immediate_appearance' }, /appearedOn is required/],
    ['a detention under the under-14 row', E.PreTrialDetentionOrdered, { ...detained, limitId: 'pretrial_detention_minor_under_14' }, /limitId/],
    ['an extension of no months', E.PreTrialDetentionExtended, { personId: 'S1', extendedOn: '2020-09-01', months: 0 }, /months/],
    ['imprisonment without custody', E.VerdictDelivered, { ...verdict, custody: undefined }, /custody is required/],
    ['an acquittal with a term', E.VerdictDelivered, { ...verdict, outcome: 'acquittal', custody: undefined }, /termMonths is allowed only/],
    ['a fine without amount', E.VerdictDelivered, { ...verdict, outcome: 'fine', termMonths: undefined, custody: undefined }, /fine is required/],
    ['a fine in a decimal amount', E.VerdictDelivered, { ...verdict, outcome: 'fine', termMonths: undefined, custody: undefined, fine: { amount: 12.5, currency: 'USD' } }, /amount/],
    ['a currency without minor unit', E.CompensationAwarded, { victimId: 'V1', amount: 1, currency: 'XAU', awardedOn: '2020-09-01' }, /currency/],
    ['a zero compensation', E.CompensationAwarded, { victimId: 'V1', amount: 0, currency: 'USD', awardedOn: '2020-09-01' }, /amount/],
    ['an appeal by the accused without the accused', E.AppealLodged, { appealNumber: 1, appellant: 'accused', lodgedOn: '2020-09-15' }, /personId is required/],
    ['an unknown appeal decision', E.AppealDecided, { appealNumber: 1, decision: 'reversed', decidedOn: '2021-02-01' }, /decision/],
    ['a bad date', E.ClosingOrderIssued, { outcome: 'dismissed', issuedOn: '2020-02-30' }, /issuedOn/],
    ['data that is not an object', E.ClosingOrderIssued, 'dismissed', /must be an object/],
  ])('refuses %s', (_what, type, data, message) => {
    expect(problem(type, data)).toMatch(message);
  });
});
