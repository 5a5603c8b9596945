import { ProtectionCaseEventType as E, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import {
  assessed,
  atIntegrated,
  atOpen,
  closed,
  cmd,
  decides,
  departed,
  inShelter,
  integrated,
  opened,
  partnerWorker,
  readyToIntegrate,
  refuses,
  reopened,
  visited,
} from './protection-case.test-fixtures';

const assess = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('AssessFamily', { assessedOn: '2020-08-01', outcome: 'suitable', assessedBy: 'dosvy-battambang', ...overrides }, metadata);
const integrate = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('IntegratePerson', { integratedBy: 'dosvy-battambang', integratedOn: '2020-09-01', province: 'battambang', ...overrides }, metadata);
const integration = (data: Record<string, unknown> = {}) => ({ ...integrated, data: { ...integrated.data, ...data } }) as ProtectionCaseEvent;
const visit = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('RecordFollowUpVisit', { visitedOn: '2020-10-01', outcome: 'stable', visitedBy: 'dosvy-battambang', ...overrides }, metadata);
const close = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('CloseProtectionCase', { closedOn: '2021-10-01', reason: 'follow_up_completed', ...overrides }, metadata);
const reopen = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('ReopenProtectionCase', { reopenedOn: '2021-11-01', justification: 'Found again in a police rescue', ...overrides }, metadata);
/** A partner worker of Hope for Justice (its own schedule: 1, 3, 6, 12, 24 months). */
const hopeWorker: CommandMetadata = { ...partnerWorker, actor: { userId: 'partner-worker-2', role: 'partner_worker', unit: 'ngo-hope-for-justice' } };

describe('AssessFamily', () => {
  it('records an assessment at any time while the case is open', () => decides(atOpen, assess({ assessedOn: '2020-03-06' }), [assessed('suitable', '2020-03-06')]));
  it('records one while the person is in a shelter', () => decides(inShelter, assess({ outcome: 'not_suitable' }), [assessed('not_suitable')]));
  it('records one after integration', () => decides(atIntegrated, assess({ assessedOn: '2020-12-01' }), [assessed('suitable', '2020-12-01')]));
  it('lets a partner worker record its own assessment', () =>
    decides(atOpen, assess({ assessedBy: 'ngo-aple' }, partnerWorker), [{ type: E.FamilyAssessed, data: { assessedOn: '2020-08-01', outcome: 'suitable', assessedBy: 'ngo-aple' } }]));

  it('refuses a partner worker assessing for another organisation', () => refuses(atOpen, assess({}, partnerWorker), 'NOT_YOUR_ORGANISATION', 'forbidden'));
  it('refuses on a closed case', () => refuses([...atIntegrated, closed], assess({ assessedOn: '2021-10-02' }), 'CASE_CLOSED', 'conflict'));
  it.each([
    ['an unknown outcome', { outcome: 'fine' }, 'UNKNOWN_OUTCOME'],
    ['an unknown assessor', { assessedBy: 'family' }, 'UNKNOWN_ORGANISATION'],
    ['a date before the reception', { assessedOn: '2020-03-05' }, 'DATE_BEFORE_RECEIVED'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(atOpen, assess(overrides), code, 'unprocessable'));
});

describe('IntegratePerson', () => {
  it('integrates, copying the department’s schedule (the default) and naming the acting user as the follow-up worker', () =>
    decides(readyToIntegrate, integrate(), [integrated]));
  it('copies a partner’s own schedule', () =>
    decides(readyToIntegrate, integrate({ integratedBy: 'ngo-cwcc' }), [integration({ integratedBy: 'ngo-cwcc', followUpScheduleMonths: [1, 2, 3, 6, 9, 12] })]));
  it('lets a partner worker integrate for its organisation, the visits falling to them', () =>
    decides(readyToIntegrate, integrate({ integratedBy: 'ngo-hope-for-justice' }, hopeWorker), [
      integration({ integratedBy: 'ngo-hope-for-justice', followUpScheduleMonths: [1, 3, 6, 12, 24], followUpWorker: 'partner-worker-2' }),
    ]));
  it('integrates through the municipal department, in another province', () =>
    decides(readyToIntegrate, integrate({ integratedBy: 'dosvy-phnom-penh', province: 'phnom-penh' }), [integration({ integratedBy: 'dosvy-phnom-penh', province: 'phnom-penh' })]));
  it('recomputes the band at the integration date from the age in years (14 in March 2020, 15 on 5 March 2021)', () => {
    decides(readyToIntegrate, integrate({ integratedOn: '2021-03-04' }), [integration({ integratedOn: '2021-03-04' })]);
    decides(readyToIntegrate, integrate({ integratedOn: '2021-03-05' }), [integration({ integratedOn: '2021-03-05', ageBand: '15_17' })]);
  });
  it('integrates with a family suitable with support', () =>
    decides([...inShelter, assessed('suitable_with_support'), departed], integrate(), [integrated]));
  it('integrates when a later assessment finds the family suitable after all', () =>
    decides([...inShelter, assessed('not_suitable', '2020-06-01'), assessed('suitable'), departed], integrate(), [integrated]));
  it('integrates a person who was never in a shelter', () => decides([...atOpen, assessed()], integrate(), [integrated]));
  it('integrates again after a reopening (a person trafficked again)', () =>
    decides([...atIntegrated, closed, reopened], integrate({ integratedOn: '2022-01-10' }), [integration({ integratedOn: '2022-01-10', ageBand: '15_17' })]));

  it('refuses while the person is in a shelter (record the departure first)', () => refuses([...inShelter, assessed()], integrate(), 'IN_SHELTER', 'conflict'));
  it('refuses without a family assessment', () => refuses([...inShelter, departed], integrate(), 'FAMILY_NOT_ASSESSED', 'conflict'));
  it('refuses when the latest assessment found the family not suitable', () =>
    refuses([...inShelter, assessed(), assessed('not_suitable', '2020-08-15'), departed], integrate(), 'FAMILY_NOT_SUITABLE', 'conflict'));
  it('refuses a second integration without a reopening', () => refuses(atIntegrated, integrate({ integratedOn: '2020-12-01' }), 'ALREADY_INTEGRATED', 'conflict'));
  it('refuses on a closed case', () => refuses([...readyToIntegrate, { ...closed, data: { closedOn: '2020-08-31', reason: 'other' } } as ProtectionCaseEvent], integrate(), 'CASE_CLOSED', 'conflict'));
  it('refuses without a case', () => refuses([], integrate(), 'CASE_NOT_OPENED', 'conflict'));
  it('refuses a partner worker integrating for another organisation', () => refuses(readyToIntegrate, integrate({}, partnerWorker), 'NOT_YOUR_ORGANISATION', 'forbidden'));
  it.each([
    ['the ministry as integrating organisation', { integratedBy: 'mosvy' }, 'NOT_AN_INTEGRATING_ORGANISATION'],
    ['an unknown organisation', { integratedBy: 'ngo-atlantis' }, 'UNKNOWN_ORGANISATION'],
    ['an unknown province', { province: 'atlantis' }, 'UNKNOWN_PROVINCE'],
    ['a date before the family assessment', { integratedOn: '2020-07-31' }, 'DATE_BEFORE_ASSESSMENT'],
    ['a date in the future', { integratedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(readyToIntegrate, integrate(overrides), code, 'unprocessable'));
  it('refuses a date before the departure from the shelter', () =>
    refuses([...inShelter, assessed('suitable', '2020-03-08'), departed], integrate({ integratedOn: '2020-08-29' }), 'DATE_BEFORE_DEPARTURE', 'unprocessable'));
});

describe('RecordFollowUpVisit', () => {
  it('records the first visit after the integration as visit 1', () => decides(atIntegrated, visit(), [visited(1, '2020-10-01')]));
  it('numbers the next visits of that integration', () => decides([...atIntegrated, visited(1, '2020-10-01')], visit({ visitedOn: '2020-12-01' }), [visited(2, '2020-12-01')]));
  it('numbers from 1 again after a new integration', () =>
    decides([...atIntegrated, visited(1, '2020-10-01'), closed, reopened, integration({ integratedOn: '2022-01-10', ageBand: '15_17' })], visit({ visitedOn: '2022-02-10' }), [
      visited(1, '2022-02-10'),
    ]));
  it('records visits after a reopening of an integrated case', () => decides([...atIntegrated, closed, reopened], visit({ visitedOn: '2021-12-01' }), [visited(1, '2021-12-01')]));
  it('lets a partner worker record its own visit', () =>
    decides(atIntegrated, visit({ visitedBy: 'ngo-aple' }, partnerWorker), [{ type: E.FollowUpVisited, data: { visitNumber: 1, visitedOn: '2020-10-01', outcome: 'stable', visitedBy: 'ngo-aple' } }]));

  it('refuses before any integration', () => refuses(readyToIntegrate, visit(), 'WRONG_STAGE', 'conflict'));
  it('refuses on a closed case', () => refuses([...atIntegrated, closed], visit({ visitedOn: '2021-10-02' }), 'CASE_CLOSED', 'conflict'));
  it('refuses a partner worker visiting for another organisation', () => refuses(atIntegrated, visit({}, partnerWorker), 'NOT_YOUR_ORGANISATION', 'forbidden'));
  it.each([
    ['a visit before the integration', { visitedOn: '2020-08-31' }, 'DATE_BEFORE_INTEGRATION'],
    ['an unknown outcome', { outcome: 'happy' }, 'UNKNOWN_OUTCOME'],
    ['an unknown visitor', { visitedBy: 'neighbour' }, 'UNKNOWN_ORGANISATION'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(atIntegrated, visit(overrides), code, 'unprocessable'));
  it('refuses a visit before the previous one', () =>
    refuses([...atIntegrated, visited(1, '2020-10-01')], visit({ visitedOn: '2020-09-30' }), 'DATE_BEFORE_PREVIOUS_VISIT', 'unprocessable'));
});

describe('CloseProtectionCase and ReopenProtectionCase', () => {
  it('closes an integrated case with a reason', () => decides(atIntegrated, close(), [closed]));
  it('closes an open case', () => decides(atOpen, close({ closedOn: '2020-04-01', reason: 'lost_contact' }), [{ type: E.ProtectionCaseClosed, data: { closedOn: '2020-04-01', reason: 'lost_contact' } }]));
  it('reopens a closed case with a justification', () => decides([...atIntegrated, closed], reopen(), [reopened]));
  it('trims the justification', () => decides([...atIntegrated, closed], reopen({ justification: '  Found again in a police rescue ' }), [reopened]));
  it('returns to the stage before closing: an open case takes no follow-up visit', () =>
    refuses([...atOpen, { ...closed, data: { closedOn: '2020-04-01', reason: 'other' } } as ProtectionCaseEvent, reopened], visit({ visitedOn: '2021-12-01' }), 'WRONG_STAGE', 'conflict'));

  it.each([
    ['a consent', cmd('RecordConsent', { givenBy: 'person', recordedOn: '2021-10-02', sharing: [] })],
    ['a referral', cmd('ReferCase', { organisation: 'ngo-aple', referredOn: '2021-10-02', purpose: 'legal_aid' })],
    ['a departure', cmd('RecordShelterDeparture', { departedOn: '2021-10-02', reason: 'other' })],
    ['a claim', cmd('FileCompensationClaim', { claimId: 'C-9', supportingOrganisation: 'ngo-aple', filedOn: '2021-10-02' })],
    ['an award', cmd('RecordCompensationAward', { claimId: 'C-9', amount: 1, currency: 'USD', awardedOn: '2021-10-02' })],
    ['a receipt', cmd('RecordCompensationReceived', { claimId: 'C-9', amount: 1, currency: 'USD', receivedOn: '2021-10-02' })],
    ['a second closing', close({ closedOn: '2021-10-02' })],
  ])('refuses %s on a closed case (409 CASE_CLOSED)', (_what, command) => refuses([...atIntegrated, closed], command, 'CASE_CLOSED', 'conflict'));
  it('refuses to reopen a case that is not closed', () => refuses(atIntegrated, reopen(), 'CASE_NOT_CLOSED', 'conflict'));
  it('refuses to reopen without a case', () => refuses([], reopen(), 'CASE_NOT_OPENED', 'conflict'));
  it('refuses to close without a case', () => refuses([], close(), 'CASE_NOT_OPENED', 'conflict'));
  it('is not for partner workers', () => {
    refuses(atIntegrated, close({}, partnerWorker), 'NOT_FOR_PARTNERS', 'forbidden');
    refuses([...atIntegrated, closed], reopen({}, partnerWorker), 'NOT_FOR_PARTNERS', 'forbidden');
  });
  it.each([
    ['an unknown reason', close({ reason: 'bored' }), atIntegrated, 'UNKNOWN_CLOSURE_REASON'],
    ['a closing before the reception', close({ closedOn: '2020-03-01' }), atIntegrated, 'DATE_BEFORE_RECEIVED'],
    ['a closing before the last reopening', close({ closedOn: '2021-10-15' }), [...atIntegrated, closed, reopened], 'DATE_BEFORE_REOPENING'],
    ['a reopening without justification', reopen({ justification: '   ' }), [...atIntegrated, closed], 'TEXT_REQUIRED'],
    ['a justification of several lines', reopen({ justification: 'one\ntwo' }), [...atIntegrated, closed], 'TEXT_NOT_SINGLE_LINE'],
    ['a justification too long', reopen({ justification: 'x'.repeat(501) }), [...atIntegrated, closed], 'TEXT_TOO_LONG'],
    ['a reopening before the closing', reopen({ reopenedOn: '2021-09-30' }), [...atIntegrated, closed], 'DATE_BEFORE_CLOSURE'],
  ])('refuses %s (422)', (_what, command, given, code) => refuses(given as ProtectionCaseEvent[], command, code, 'unprocessable'));
  it('keeps the person’s facts across closing and reopening', () => decides([opened, closed, reopened], assess({ assessedOn: '2021-11-02' }), [assessed('suitable', '2021-11-02')]));
});
