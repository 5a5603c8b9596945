import { DomainRuleViolation } from '@casetrail/event-sourcing';
import { CourtFileEventType as E, type CourtFileEvent } from '@casetrail/court-contracts';
import {
  atInvestigation,
  atProsecution,
  atTrial,
  charged,
  chargedS1,
  cmd,
  decided,
  decides,
  forwardingData,
  openedDirect,
  received,
  refuses,
  sealedFor,
  spec,
  submittedForInvestigation,
} from './court-file.test-fixtures';

const charge = (overrides: Record<string, unknown> = {}) =>
  cmd('ChargePerson', { personId: 'S1', offences: ['procuring'], chargedOn: '2020-03-12', ...overrides });
const decide = (overrides: Record<string, unknown> = {}) =>
  cmd('DecideProsecution', { action: 'submitted_for_investigation', decidedOn: '2020-03-13', ...overrides });
const chargedEvent = (personId: string, chargedOn: string, ageBand: string, sex = 'M', chargedBy = 'prosecutor', offences = ['procuring']) =>
  ({ type: E.PersonCharged, data: { personId, offences, chargedOn, chargedBy, sex, ageBand } }) as CourtFileEvent;

/** A file with one forwarded accused, as the service reads it (personal data opened or withheld). */
const forwardedWith = (accused: Record<string, unknown>): CourtFileEvent =>
  ({
    type: E.PoliceCaseReceived,
    data: { ...forwardingData, province: 'battambang', accused: [{ personId: 'S5', sex: 'M', nationality: 'KHM', ageBandOn: '2020-03-05', arrestedOn: '2020-03-05', ...accused }] },
  }) as unknown as CourtFileEvent;

/** Added with a birth date (2002-06-15, sealed); the service opened it. */
const minorAddedOpened: CourtFileEvent = {
  type: E.AccusedAdded,
  data: { personId: 'A7', sex: 'F', nationality: 'KHM', ageBand: '15_17', addedOn: '2020-03-02', personal: { birthDate: '2002-06-15' } as never },
};

describe('ChargePerson: the band and sex at the charge date', () => {
  it('charges an accused, band from the opened birth date', () => decides(atProsecution, charge(), [chargedS1]));

  it('bands a minor again at the charge date from the opened birth date (17 → 18 on the birthday)', () => {
    decides([openedDirect, minorAddedOpened], charge({ personId: 'A7', chargedOn: '2020-06-14' }), [chargedEvent('A7', '2020-06-14', '15_17', 'F')]);
    decides([openedDirect, minorAddedOpened], charge({ personId: 'A7', chargedOn: '2020-06-15' }), [chargedEvent('A7', '2020-06-15', '18_plus', 'F')]);
  });

  it('carries an age recorded in years forward by the whole years since (17 a year earlier → adult)', () => {
    const s5 = forwardedWith({ ageInYears: 17, ageBand: '15_17', ageBandOn: '2019-03-02', personal: {} });
    decides([s5], charge({ personId: 'S5' }), [chargedEvent('S5', '2020-03-12', '18_plus')]);
    const s5recent = forwardedWith({ ageInYears: 17, ageBand: '15_17', ageBandOn: '2019-03-13', personal: {} });
    decides([s5recent], charge({ personId: 'S5' }), [chargedEvent('S5', '2020-03-12', '15_17')]);
  });

  it('keeps the recorded band of a person whose data was forgotten (bands only rise), unknown stays unknown', () => {
    decides([forwardedWith({ ageBand: '15_17', personal: { forgotten: true } })], charge({ personId: 'S5' }), [chargedEvent('S5', '2020-03-12', '15_17')]);
    decides([forwardedWith({ ageBand: '18_plus', personal: { forgotten: true } })], charge({ personId: 'S5' }), [chargedEvent('S5', '2020-03-12', '18_plus')]);
    decides([forwardedWith({ ageBand: 'unknown', personal: { forgotten: true } })], charge({ personId: 'S5' }), [chargedEvent('S5', '2020-03-12', 'unknown')]);
  });

  it('fails loudly when the service did not open sealed personal data (a bug, not a refusal)', () => {
    spec.given([received]).when(charge()).thenThrows(Error, (e) => !(e instanceof DomainRuleViolation) && /not opened/.test(e.message));
  });

  it('lets the investigating judge charge further offences, recording only the new ones', () => {
    decides(atInvestigation, charge({ offences: ['procuring', 'aggravated_procuring'], chargedOn: '2020-04-01' }), [
      chargedEvent('S1', '2020-04-01', '18_plus', 'F', 'investigating_judge', ['aggravated_procuring']),
    ]);
  });

  it('refuses a charge that adds nothing', () => refuses(charged, charge({ chargedOn: '2020-03-13' }), 'ALREADY_CHARGED', 'conflict'));
  it('charges only accused of the file', () => refuses(atProsecution, charge({ personId: 'V1' }), 'ACCUSED_NOT_IN_FILE', 'conflict'));
  it('refuses an offence outside the catalogue', () => refuses(atProsecution, charge({ offences: ['theft'] }), 'UNKNOWN_OFFENCE', 'unprocessable'));
  it('refuses a charge before the accused entered the file', () =>
    refuses(atProsecution, charge({ chargedOn: '2020-03-10' }), 'DATE_BEFORE_PERSON_ENTERED', 'unprocessable'));
  it('refuses a judge\'s charge dated before the investigation began', () =>
    refuses(atInvestigation, charge({ offences: ['pornography'], chargedOn: '2020-03-12' }), 'DATE_BEFORE_STAGE', 'unprocessable'));
  it('refuses charging at trial', () => refuses(atTrial, charge({ offences: ['pornography'], chargedOn: '2020-06-02' }), 'WRONG_STAGE', 'conflict'));
});

describe('DecideProsecution', () => {
  it('submits the file for investigation', () => decides(charged, decide(), [submittedForInvestigation]));
  it('may submit for investigation before anyone is charged (the judge charges)', () =>
    decides(atProsecution, decide(), [submittedForInvestigation]));

  it('retains a file without processing, with a reason', () =>
    decides(atProsecution, decide({ action: 'retained_without_processing', reason: 'perpetrator_unknown' }), [
      { type: E.ProsecutionDecided, data: { action: 'retained_without_processing', decidedOn: '2020-03-13', reason: 'perpetrator_unknown' } },
    ]));
  it('needs a reason to retain', () => refuses(atProsecution, decide({ action: 'retained_without_processing' }), 'REASON_REQUIRED', 'unprocessable'));
  it('refuses a reason with another action', () => refuses(atProsecution, decide({ reason: 'other' }), 'FIELD_NOT_ALLOWED', 'unprocessable'));
  it('refuses an unknown reason', () =>
    refuses(atProsecution, decide({ action: 'retained_without_processing', reason: 'bored' }), 'UNKNOWN_REASON', 'unprocessable'));

  it('submits for trial by immediate appearance, the appearance the day of the decision unless given', () => {
    decides(charged, decide({ action: 'submitted_for_trial', trialRoute: 'immediate_appearance' }), [
      { type: E.ProsecutionDecided, data: { action: 'submitted_for_trial', decidedOn: '2020-03-13', trialRoute: 'immediate_appearance', appearedOn: '2020-03-13' } },
    ]);
    decides(charged, decide({ action: 'submitted_for_trial', trialRoute: 'immediate_appearance', appearedOn: '2020-03-14' }), [
      { type: E.ProsecutionDecided, data: { action: 'submitted_for_trial', decidedOn: '2020-03-13', trialRoute: 'immediate_appearance', appearedOn: '2020-03-14' } },
    ]);
  });
  it('submits for trial by direct summons', () =>
    decides(charged, decide({ action: 'submitted_for_trial', trialRoute: 'direct_summons' }), [
      { type: E.ProsecutionDecided, data: { action: 'submitted_for_trial', decidedOn: '2020-03-13', trialRoute: 'direct_summons' } },
    ]));
  it('sends to trial only with a charged accused', () =>
    refuses(atProsecution, decide({ action: 'submitted_for_trial', trialRoute: 'direct_summons' }), 'NO_CHARGED_ACCUSED', 'conflict'));
  it('needs the route to trial', () => refuses(charged, decide({ action: 'submitted_for_trial' }), 'TRIAL_ROUTE_REQUIRED', 'unprocessable'));
  it('refuses a route to trial with another action', () => refuses(charged, decide({ trialRoute: 'direct_summons' }), 'FIELD_NOT_ALLOWED', 'unprocessable'));
  it('refuses an appearance date with a direct summons', () =>
    refuses(charged, decide({ action: 'submitted_for_trial', trialRoute: 'direct_summons', appearedOn: '2020-03-13' }), 'FIELD_NOT_ALLOWED', 'unprocessable'));
  it('refuses an appearance before the decision', () =>
    refuses(charged, decide({ action: 'submitted_for_trial', trialRoute: 'immediate_appearance', appearedOn: '2020-03-12' }), 'DATE_BEFORE_DECISION', 'unprocessable'));

  it('decides once per file', () => {
    refuses(atInvestigation, decide({ decidedOn: '2020-04-01' }), 'PROSECUTION_ALREADY_DECIDED', 'conflict');
    refuses(atTrial, decide({ action: 'retained_without_processing', reason: 'other', decidedOn: '2020-07-01' }), 'PROSECUTION_ALREADY_DECIDED', 'conflict');
  });
  it('refuses a decision dated before a fact already recorded', () =>
    refuses(charged, decide({ decidedOn: '2020-03-11' }), 'DATE_BEFORE_RECORDED_FACT', 'unprocessable'));
  it('refuses an unknown action ("processing" is no decision)', () => refuses(charged, decide({ action: 'processing' }), 'UNKNOWN_ACTION', 'unprocessable'));
  it('refuses a decision on a file not opened', () => refuses([], decide(), 'FILE_NOT_OPENED', 'conflict'));

  it('needs no opened personal data when an age in years was recorded', () => {
    const adult = forwardedWith({ ageInYears: 30, ageBand: '18_plus', personal: sealedFor('S5') });
    expect(decided([adult], charge({ personId: 'S5' }))).toEqual([chargedEvent('S5', '2020-03-12', '18_plus')]);
  });
});
