import { CourtFileEventType as E, type CourtFileEvent } from '@casetrail/court-contracts';
import {
  atInvestigation,
  atProsecution,
  cmd,
  decided,
  decides,
  detainedS1,
  openedDirect,
  receivedOpened,
  refusal,
  refuses,
  sentToTrial,
  submittedForInvestigation,
} from './court-file.test-fixtures';

const order = (overrides: Record<string, unknown> = {}) =>
  cmd('OrderPreTrialDetention', { personId: 'S1', orderedOn: '2020-03-14', offenceClass: 'felony', ...overrides });
const extend = (extendedOn: string, overrides: Record<string, unknown> = {}) =>
  cmd('ExtendPreTrialDetention', { personId: 'S1', extendedOn, ...overrides });
const end = (overrides: Record<string, unknown> = {}) =>
  cmd('EndPreTrialDetention', { personId: 'S1', endedOn: '2020-05-01', reason: 'release_order', ...overrides });
const supervise = (overrides: Record<string, unknown> = {}) =>
  cmd('PlaceUnderJudicialSupervision', { personId: 'S2', orderedOn: '2020-03-14', ...overrides });
const close = (overrides: Record<string, unknown> = {}) => cmd('IssueClosingOrder', { outcome: 'sent_to_trial', issuedOn: '2020-06-01', ...overrides });

const extended = (extendedOn: string, months: number, personId = 'S1'): CourtFileEvent => ({ type: E.PreTrialDetentionExtended, data: { personId, extendedOn, months } });
const ended = (endedOn: string, reason: string, personId = 'S1') => ({ type: E.PreTrialDetentionEnded, data: { personId, endedOn, reason } }) as CourtFileEvent;
const ordered = (personId: string, offenceClass: string, limitId: string, ageBand: string, sex = 'M', orderedOn = '2020-03-14') =>
  ({ type: E.PreTrialDetentionOrdered, data: { personId, orderedOn, offenceClass, limitId, sex, ageBand } }) as CourtFileEvent;

/** A child added by the court (age in years at 2020-03-02), charged, the file at investigation. */
const childInvestigated = (ageInYears: number | undefined, ageBand: string, personal: object = {}): CourtFileEvent[] => [
  openedDirect,
  { type: E.AccusedAdded, data: { personId: 'C1', sex: 'M', nationality: 'KHM', ...(ageInYears === undefined ? {} : { ageInYears }), ageBand, addedOn: '2020-03-02', personal } } as CourtFileEvent,
  { type: E.PersonCharged, data: { personId: 'C1', offences: ['cross_border_smuggling'], chargedOn: '2020-03-03', chargedBy: 'prosecutor', sex: 'M', ageBand } } as CourtFileEvent,
  { ...submittedForInvestigation, data: { action: 'submitted_for_investigation', decidedOn: '2020-03-04' } } as CourtFileEvent,
];
const orderChild = (offenceClass = 'felony') => cmd('OrderPreTrialDetention', { personId: 'C1', orderedOn: '2020-03-05', offenceClass });

describe('OrderPreTrialDetention: the limit chosen by age and offence class', () => {
  it('detains an adult for a felony under art. 208', () => decides(atInvestigation, order(), [detainedS1]));
  it('detains an adult for a misdemeanour under art. 209', () =>
    decides(atInvestigation, order({ offenceClass: 'misdemeanour' }), [ordered('S1', 'misdemeanour', 'pretrial_detention_adult_misdemeanour', '18_plus', 'F')]));
  it('detains a minor of 16 for a felony under the minors\' row of art. 213', () =>
    decides(atInvestigation, order({ personId: 'S2' }), [ordered('S2', 'felony', 'pretrial_detention_minor_16_17_felony', '15_17')]));
  it('detains a minor of 14 for a misdemeanour under art. 214', () =>
    decides(childInvestigated(14, 'under_15'), orderChild('misdemeanour'), [
      ordered('C1', 'misdemeanour', 'pretrial_detention_minor_14_15_misdemeanour', 'under_15', 'M', '2020-03-05'),
    ]));

  it('never detains a child under 14, citing art. 212', () => {
    const violation = refusal(childInvestigated(13, 'under_15'), orderChild(), 'DETENTION_OF_CHILD_UNDER_14', 'unprocessable');
    expect(violation.message).toMatch(/art\. 212/);
    expect(violation.message).toMatch(/is under 14/);
  });
  it('refuses to detain a person who cannot be shown to be 14 or over (only an under-15 band, or no age at all)', () => {
    const bandOnly = refusal(childInvestigated(undefined, 'under_15', { forgotten: true }), orderChild(), 'DETENTION_OF_CHILD_UNDER_14', 'unprocessable');
    expect(bandOnly.message).toMatch(/cannot be shown/);
    const violation = refusal(childInvestigated(undefined, 'unknown' as never, { forgotten: true }), orderChild(), 'DETENTION_OF_CHILD_UNDER_14', 'unprocessable');
    expect(violation.message).toMatch(/cannot be shown/);
  });

  it('detains only a charged accused', () => {
    const uncharged = [receivedOpened, submittedForInvestigation];
    refuses(uncharged, order(), 'NOT_CHARGED', 'conflict');
  });
  it('refuses a second detention in force', () => refuses([...atInvestigation, detainedS1], order({ orderedOn: '2020-03-15' }), 'ALREADY_DETAINED', 'conflict'));
  it('detains again after a release', () =>
    decides([...atInvestigation, detainedS1, ended('2020-05-01', 'release_order')], order({ orderedOn: '2020-06-01' }), [
      ordered('S1', 'felony', 'pretrial_detention_adult_felony', '18_plus', 'F', '2020-06-01'),
    ]));
  it('is the investigating judge\'s measure: refused before the investigation', () => refuses(atProsecution, order(), 'WRONG_STAGE', 'conflict'));
  it('refuses an order dated before the investigation began', () =>
    refuses(atInvestigation, order({ orderedOn: '2020-03-12' }), 'DATE_BEFORE_STAGE', 'unprocessable'));
  it('refuses an unknown offence class', () => refuses(atInvestigation, order({ offenceClass: 'crime' }), 'UNKNOWN_OFFENCE_CLASS', 'unprocessable'));
});

describe('ExtendPreTrialDetention: within the legal maximum', () => {
  const detained = [...atInvestigation, detainedS1];

  it('extends by the article\'s period unless a shorter one is given', () => {
    decides(detained, extend('2020-09-01'), [extended('2020-09-01', 6)]);
    decides(detained, extend('2020-09-01', { months: 3 }), [extended('2020-09-01', 3)]);
  });
  it('refuses an extension longer than the article allows, citing it', () => {
    expect(refusal(detained, extend('2020-09-01', { months: 7 }), 'EXTENSION_TOO_LONG', 'unprocessable').message).toMatch(/art\. 208/);
  });
  it('refuses a third extension of an adult\'s felony detention (18 months in all), citing art. 208', () => {
    const twice = [...detained, extended('2020-09-10', 6), extended('2020-12-01', 6)];
    expect(refusal(twice, extend('2020-12-30'), 'EXTENSION_LIMIT_REACHED', 'unprocessable').message).toMatch(/art\. 208.*2 extension/);
  });
  it('allows one 2-month extension for an adult\'s misdemeanour, citing art. 209 for a second', () => {
    const misdemeanour = [...atInvestigation, ordered('S1', 'misdemeanour', 'pretrial_detention_adult_misdemeanour', '18_plus', 'F')];
    decides(misdemeanour, extend('2020-07-01'), [extended('2020-07-01', 2)]);
    expect(refusal([...misdemeanour, extended('2020-07-01', 2)], extend('2020-09-01'), 'EXTENSION_LIMIT_REACHED', 'unprocessable').message).toMatch(/art\. 209/);
  });
  it('allows no extension of a minor\'s detention, citing art. 213', () => {
    const minor = [...atInvestigation, ordered('S2', 'felony', 'pretrial_detention_minor_16_17_felony', '15_17')];
    expect(refusal(minor, extend('2020-05-01', { personId: 'S2' }), 'EXTENSION_LIMIT_REACHED', 'unprocessable').message).toMatch(/art\. 213.*no extension/);
  });
  it('extends up to the last day of the period, not after it has run out', () => {
    decides(detained, extend('2020-09-14'), [extended('2020-09-14', 6)]);
    expect(refusal(detained, extend('2020-09-15'), 'DETENTION_LIMIT_PASSED', 'unprocessable').message).toMatch(/ran out on 2020-09-14/);
  });
  it('extends only a detention in force', () => refuses(atInvestigation, extend('2020-05-01'), 'NOT_DETAINED', 'conflict'));
  it('refuses an extension dated before the order', () => refuses(detained, extend('2020-03-13'), 'DATE_BEFORE_RECORDED_FACT', 'unprocessable'));
  it('refuses a number of months that is not a whole month count', () => refuses(detained, extend('2020-09-01', { months: 1.5 }), 'INVALID_MONTHS', 'unprocessable'));
});

describe('EndPreTrialDetention', () => {
  const detained = [...atInvestigation, detainedS1];
  it('ends the detention in force, with a reason', () => decides(detained, end(), [ended('2020-05-01', 'release_order')]));
  it('may end it at trial, before the judgment', () =>
    decides([...detained, sentToTrial], end({ endedOn: '2020-06-02', reason: 'time_limit_reached' }), [ended('2020-06-02', 'time_limit_reached')]));
  it('refuses when no detention is in force', () => refuses(atInvestigation, end(), 'NOT_DETAINED', 'conflict'));
  it('refuses an unknown reason', () => refuses(detained, end({ reason: 'escaped' }), 'UNKNOWN_END_REASON', 'unprocessable'));
  it('refuses an end before the order', () => refuses(detained, end({ endedOn: '2020-03-13' }), 'DATE_BEFORE_RECORDED_FACT', 'unprocessable'));
});

describe('PlaceUnderJudicialSupervision', () => {
  it('leaves a charged accused at liberty under supervision', () =>
    decides(atInvestigation, supervise(), [{ type: E.JudicialSupervisionOrdered, data: { personId: 'S2', orderedOn: '2020-03-14', sex: 'M', ageBand: '15_17' } }]));
  it('ends a detention in force with it', () =>
    decides([...atInvestigation, detainedS1], supervise({ personId: 'S1', orderedOn: '2020-04-01' }), [
      ended('2020-04-01', 'judicial_supervision'),
      { type: E.JudicialSupervisionOrdered, data: { personId: 'S1', orderedOn: '2020-04-01', sex: 'F', ageBand: '18_plus' } },
    ]));
  it('refuses a second supervision in force', () => {
    const supervised = decided(atInvestigation, supervise());
    refuses([...atInvestigation, ...supervised], supervise({ orderedOn: '2020-03-15' }), 'ALREADY_UNDER_SUPERVISION', 'conflict');
  });
  it('needs a charged accused', () => refuses([receivedOpened, submittedForInvestigation], supervise(), 'NOT_CHARGED', 'conflict'));
});

describe('IssueClosingOrder', () => {
  it('sends the case to trial', () => decides(atInvestigation, close(), [sentToTrial]));
  it('dismisses the case, ending every detention in force', () =>
    decides([...atInvestigation, detainedS1], close({ outcome: 'dismissed' }), [
      ended('2020-06-01', 'dismissal'),
      { type: E.ClosingOrderIssued, data: { outcome: 'dismissed', issuedOn: '2020-06-01' } },
    ]));
  it('sends to trial only with a charged accused', () =>
    refuses([receivedOpened, submittedForInvestigation], close(), 'NO_CHARGED_ACCUSED', 'conflict'));
  it('issues one closing order per file', () => refuses([...atInvestigation, sentToTrial], close({ issuedOn: '2020-07-01' }), 'CLOSING_ORDER_ALREADY_ISSUED', 'conflict'));
  it('belongs to the investigation', () => refuses(atProsecution, close(), 'WRONG_STAGE', 'conflict'));
  it('refuses an order dated before a fact already recorded', () =>
    refuses([...atInvestigation, detainedS1], close({ issuedOn: '2020-03-13' }), 'DATE_BEFORE_RECORDED_FACT', 'unprocessable'));
  it('refuses an unknown outcome ("processing" is no order)', () => refuses(atInvestigation, close({ outcome: 'processing' }), 'UNKNOWN_OUTCOME', 'unprocessable'));
  it('takes nothing more once the case is dismissed', () => {
    const dismissed = [...atInvestigation, { type: E.ClosingOrderIssued, data: { outcome: 'dismissed', issuedOn: '2020-06-01' } } as CourtFileEvent];
    refuses(dismissed, order({ orderedOn: '2020-06-02' }), 'FILE_CLOSED', 'conflict');
  });
});
