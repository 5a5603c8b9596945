import { ProtectionCaseEventType as E, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import type { CommandMetadata } from '@casetrail/event-sourcing';
import {
  admitted,
  atIntegrated,
  atOpen,
  closed,
  cmd,
  decides,
  departed,
  inShelter,
  opened,
  partnerWorker,
  refuses,
  sealedFor,
} from './protection-case.test-fixtures';

const admit = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('AdmitToShelter', { shelter: 'ngo-aple', admittedOn: '2020-03-07', sentBy: 'dosvy-battambang', shelterProvince: 'phnom-penh', ...overrides }, metadata);
const admission = (data: Record<string, unknown> = {}) => ({ ...admitted, data: { ...admitted.data, ...data } }) as ProtectionCaseEvent;
const depart = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('RecordShelterDeparture', { departedOn: '2020-08-30', reason: 'returned_to_family', ...overrides }, metadata);
const service = (overrides: Record<string, unknown> = {}, metadata?: CommandMetadata) =>
  cmd('RecordService', { service: 'psychosocial', organisation: 'ngo-aple', deliveredOn: '2020-03-08', ...overrides }, metadata);
const closedEarly = { ...closed, data: { closedOn: '2020-04-01', reason: 'lost_contact' } } as ProtectionCaseEvent;

describe('AdmitToShelter: one shelter at a time', () => {
  it('admits to a shelter, with the person’s type, sex and band at the admission', () => decides(atOpen, admit(), [admitted]));
  it('places a shelter of a partner without a province in the case’s province when none is given', () =>
    decides(atOpen, admit({ shelterProvince: undefined }), [admission({ shelterProvince: 'battambang' })]));
  it('carries the band at the admission date, not the reception’s (14 in March 2020, 15 a year on)', () =>
    decides(atOpen, admit({ admittedOn: '2021-03-05' }), [admission({ admittedOn: '2021-03-05', ageBand: '15_17' })]));
  it('derives the band from the opened birth date when there is one', () => {
    const withBirthDate = { ...opened, data: { ...opened.data, ageInYears: undefined, personal: { birthDate: '2005-06-01' } } } as unknown as ProtectionCaseEvent;
    decides([withBirthDate], admit({ admittedOn: '2020-06-01' }), [admission({ admittedOn: '2020-06-01', ageBand: '15_17' })]);
  });
  it('gives a forgotten person the youngest band the recorded band allows (15–17 in March 2020: a minor two years on)', () => {
    const forgotten = { ...opened, data: { ...opened.data, ageInYears: undefined, ageBand: '15_17', personal: { forgotten: true } } } as unknown as ProtectionCaseEvent;
    decides([forgotten], admit({ admittedOn: '2022-03-05' }), [admission({ admittedOn: '2022-03-05', ageBand: '15_17' })]);
    const child = { ...forgotten, data: { ...forgotten.data, ageBand: 'under_15' } } as unknown as ProtectionCaseEvent;
    decides([child], admit({ admittedOn: '2022-03-05' }), [admission({ admittedOn: '2022-03-05', ageBand: 'under_15' })]);
  });
  it('lets a partner worker admit to its own shelter', () => decides(atOpen, admit({}, partnerWorker), [admitted]));
  it('admits again after a departure', () => decides([...inShelter, departed], admit({ admittedOn: '2020-09-02' }), [admission({ admittedOn: '2020-09-02' })]));
  it('admits an integrated person who needs shelter again', () =>
    decides(atIntegrated, admit({ admittedOn: '2021-01-02' }), [admission({ admittedOn: '2021-01-02' })]));

  it('refuses a second shelter while the person is in one', () => refuses(inShelter, admit({ shelter: 'ngo-a21', admittedOn: '2020-04-01' }), 'ALREADY_IN_SHELTER', 'conflict'));
  it('refuses on a closed case', () => refuses([...atOpen, closedEarly], admit({ admittedOn: '2020-04-02' }), 'CASE_CLOSED', 'conflict'));
  it('refuses without a case', () => refuses([], admit(), 'CASE_NOT_OPENED', 'conflict'));
  it('refuses a partner worker’s admission to another organisation’s shelter', () => refuses(atOpen, admit({ shelter: 'ngo-a21' }, partnerWorker), 'NOT_YOUR_ORGANISATION', 'forbidden'));
  it('refuses the band of a birth date the service left sealed (a bug, not a refusal)', () => {
    const sealed = { ...opened, data: { ...opened.data, ageInYears: undefined, personal: sealedFor('V1') } } as ProtectionCaseEvent;
    expect(() => decides([sealed], admit(), [admitted])).toThrow(/not opened before deciding/);
  });
  it.each([
    ['an organisation that runs no shelter', { shelter: 'ngo-ijm' }, 'NOT_A_SHELTER'],
    ['a department (runs no shelter)', { shelter: 'dosvy-battambang' }, 'NOT_A_SHELTER'],
    ['an unknown shelter', { shelter: 'shelter-1' }, 'UNKNOWN_ORGANISATION'],
    ['an unknown sender', { sentBy: 'police-battambang' }, 'UNKNOWN_ORGANISATION'],
    ['an unknown province', { shelterProvince: 'atlantis' }, 'UNKNOWN_PROVINCE'],
    ['a date before the reception', { admittedOn: '2020-03-05' }, 'DATE_BEFORE_RECEIVED'],
    ['a date in the future', { admittedOn: '2099-03-05' }, 'DATE_IN_FUTURE'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(atOpen, admit(overrides), code, 'unprocessable'));
  it('refuses an admission before the departure from the last shelter', () =>
    refuses([...inShelter, departed], admit({ admittedOn: '2020-08-29' }), 'DATE_BEFORE_DEPARTURE', 'unprocessable'));
});

describe('RecordShelterDeparture', () => {
  it('records the departure from the shelter the person is in', () => decides(inShelter, depart(), [departed]));
  it('lets the shelter’s partner worker record it', () => decides(inShelter, depart({}, partnerWorker), [departed]));
  it('records a departure on the admission day', () =>
    decides(inShelter, depart({ departedOn: '2020-03-07' }), [{ ...departed, data: { ...departed.data, departedOn: '2020-03-07' } } as ProtectionCaseEvent]));

  it('refuses when the person is in no shelter', () => refuses(atOpen, depart(), 'NOT_IN_SHELTER', 'conflict'));
  it('refuses after the departure', () => refuses([...inShelter, departed], depart(), 'NOT_IN_SHELTER', 'conflict'));
  it('refuses another organisation’s partner worker', () =>
    refuses(inShelter, depart({}, { ...partnerWorker, actor: { ...partnerWorker.actor, unit: 'ngo-a21' } }), 'NOT_YOUR_ORGANISATION', 'forbidden'));
  it('refuses a departure before the admission', () => refuses(inShelter, depart({ departedOn: '2020-03-06' }), 'DATE_BEFORE_ADMISSION', 'unprocessable'));
  it('refuses an unknown reason', () => refuses(inShelter, depart({ reason: 'escaped' }), 'UNKNOWN_DEPARTURE_REASON', 'unprocessable'));
});

describe('RecordService', () => {
  it('records a service delivered by an organisation', () =>
    decides(atOpen, service(), [{ type: E.ServiceDelivered, data: { service: 'psychosocial', organisation: 'ngo-aple', deliveredOn: '2020-03-08' } }]));
  it('records a service by any known organisation, in or out of a shelter', () =>
    decides(inShelter, service({ service: 'legal_aid', organisation: 'ngo-ijm' }), [
      { type: E.ServiceDelivered, data: { service: 'legal_aid', organisation: 'ngo-ijm', deliveredOn: '2020-03-08' } },
    ]));
  it('lets a partner worker record its organisation’s service', () =>
    decides(atOpen, service({}, partnerWorker), [{ type: E.ServiceDelivered, data: { service: 'psychosocial', organisation: 'ngo-aple', deliveredOn: '2020-03-08' } }]));

  it('refuses a partner worker’s record of another organisation’s service', () => refuses(atOpen, service({ organisation: 'ngo-ijm' }, partnerWorker), 'NOT_YOUR_ORGANISATION', 'forbidden'));
  it('refuses on a closed case', () => refuses([...atOpen, closedEarly], service({ deliveredOn: '2020-04-02' }), 'CASE_CLOSED', 'conflict'));
  it.each([
    ['an unknown service', { service: 'massage' }, 'UNKNOWN_SERVICE'],
    ['an unknown organisation', { organisation: 'ngo-atlantis' }, 'UNKNOWN_ORGANISATION'],
    ['a date before the reception', { deliveredOn: '2020-03-01' }, 'DATE_BEFORE_RECEIVED'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(atOpen, service(overrides), code, 'unprocessable'));
});
