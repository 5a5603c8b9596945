import { ProtectionCaseEventType as E, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { atOpen, closed, cmd, decides, handOverData, opened, partnerWorker, reactor, refuses, sealedFor } from './protection-case.test-fixtures';

const register = (overrides: Record<string, unknown> = {}) =>
  cmd('RegisterProtectionCase', {
    personId: 'P2',
    province: 'banteay-meanchey',
    receivedOn: '2020-05-02',
    channel: 'overseas_authorities',
    entryPoint: 'poipet',
    countryReturnedFrom: 'THA',
    sex: 'M',
    nationality: 'KHM',
    ageInYears: 16,
    exploitationType: 'labour',
    ...overrides,
  });
const registered = (data: Record<string, unknown> = {}) =>
  ({
    type: E.ProtectionCaseOpened,
    data: {
      personId: 'P2',
      province: 'banteay-meanchey',
      receivedOn: '2020-05-02',
      channel: 'overseas_authorities',
      receivedBy: 'dosvy-banteay-meanchey',
      entryPoint: 'poipet',
      countryReturnedFrom: 'THA',
      sex: 'M',
      nationality: 'KHM',
      ageInYears: 16,
      ageBand: '15_17',
      ageBandOn: '2020-05-02',
      exploitationType: 'labour',
      personal: {},
      ...data,
    },
  }) as ProtectionCaseEvent;
const handOver = (overrides: Record<string, unknown> = {}) => cmd('OpenProtectionCaseFromHandOver', { ...handOverData, ...overrides }, reactor);
const consent = (overrides: Record<string, unknown> = {}) =>
  cmd('RecordConsent', { givenBy: 'guardian', recordedOn: '2020-03-07', sharing: [{ organisation: 'ngo-aple', purposes: ['shelter', 'services'] }], ...overrides });
const refer = (overrides: Record<string, unknown> = {}) => cmd('ReferCase', { organisation: 'ngo-aple', referredOn: '2020-03-07', purpose: 'shelter', ...overrides });

describe('RegisterProtectionCase: direct registration', () => {
  it('registers a person returned by overseas authorities at a checkpoint, received by the province’s department', () => decides([], register(), [registered()]));
  it('derives the band from a birth date that travels sealed only', () =>
    decides([], register({ ageInYears: undefined, birthDate: '2001-05-03', personal: sealedFor('P2') }), [
      registered({ ageInYears: undefined, ageBand: '18_plus', personal: sealedFor('P2') }),
    ]));
  it('registers a self-referred person received by a partner', () =>
    decides([], register({ channel: 'self_referred', entryPoint: undefined, countryReturnedFrom: undefined, receivedBy: 'ngo-chab-dai' }), [
      registered({ channel: 'self_referred', entryPoint: undefined, countryReturnedFrom: undefined, receivedBy: 'ngo-chab-dai' }),
    ]));
  it('registers by hand a police hand-over the reactor could not open', () =>
    decides([], register({ channel: 'police_hand_over', entryPoint: undefined, policeCaseId: 'PC-9', handedOverBy: 'police-banteay-meanchey', rescuedOn: '2020-05-01' }), [
      registered({ channel: 'police_hand_over', entryPoint: undefined, policeCaseId: 'PC-9', handedOverBy: 'police-banteay-meanchey', rescuedOn: '2020-05-01' }),
    ]));

  it('registers by hand a person screened at a checkpoint, naming it, or at an embassy, naming none', () => {
    decides([], register({ channel: 'border_screening' }), [registered({ channel: 'border_screening' })]);
    decides([], register({ channel: 'border_screening', entryPoint: undefined, countryReturnedFrom: 'MYS' }), [
      registered({ channel: 'border_screening', entryPoint: undefined, countryReturnedFrom: 'MYS' }),
    ]);
  });
  it('refuses a border screening at an unknown entry point (422)', () => refuses([], register({ channel: 'border_screening', entryPoint: 'embassy-mys' }), 'UNKNOWN_ENTRY_POINT', 'unprocessable'));

  it('opens a case once per person', () => refuses(atOpen, register({ personId: 'V1' }), 'CASE_ALREADY_OPENED', 'conflict'));
  it('is not for partner workers', () => refuses([], cmd('RegisterProtectionCase', register().data as never, partnerWorker), 'NOT_FOR_PARTNERS', 'forbidden'));
  it.each([
    ['an unknown province', { province: 'atlantis' }, 'UNKNOWN_PROVINCE'],
    ['an unknown channel', { channel: 'airport' }, 'UNKNOWN_CHANNEL'],
    ['an unknown receiving organisation', { receivedBy: 'ngo-unknown' }, 'UNKNOWN_ORGANISATION'],
    ['overseas authorities without an entry point', { entryPoint: undefined }, 'ENTRY_POINT_REQUIRED'],
    ['an unknown entry point', { entryPoint: 'atlantis-airport' }, 'UNKNOWN_ENTRY_POINT'],
    ['an entry point with another channel', { channel: 'ngo_referral' }, 'FIELD_NOT_ALLOWED'],
    ['a police case without a hand-over', { policeCaseId: 'PC-1' }, 'FIELD_NOT_ALLOWED'],
    ['a hand-over without the police unit', { channel: 'police_hand_over', entryPoint: undefined, policeCaseId: 'PC-9', rescuedOn: '2020-05-01' }, 'UNKNOWN_UNIT'],
    ['a hand-over before the rescue', { channel: 'police_hand_over', entryPoint: undefined, policeCaseId: 'PC-9', handedOverBy: 'police-banteay-meanchey', rescuedOn: '2020-05-03' }, 'DATE_BEFORE_RESCUE'],
    ['an unknown country returned from', { countryReturnedFrom: 'XX' }, 'UNKNOWN_NATIONALITY'],
    ['a reception in the future', { receivedOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['a reception that is not a date', { receivedOn: '2020-02-30' }, 'INVALID_DATE'],
    ['no age', { ageInYears: undefined }, 'AGE_REQUIRED'],
    ['a birth date not sealed', { ageInYears: undefined, birthDate: '2001-05-03' }, 'PERSONAL_DATA_NOT_SEALED'],
    ['personal data sealed for another person', { ageInYears: undefined, birthDate: '2001-05-03', personal: sealedFor('P9') }, 'PERSONAL_DATA_OF_ANOTHER_PERSON'],
    ['an unknown exploitation type', { exploitationType: 'begging' }, 'UNKNOWN_EXPLOITATION_TYPE'],
    ['a bad person id', { personId: 'a b' }, 'INVALID_ID'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([], register(overrides), code, 'unprocessable'));
});

describe('OpenProtectionCaseFromHandOver: the police hand a victim over', () => {
  it('opens the case as the police recorded the victim', () => decides([], handOver(), [opened]));
  it('copies the sealed part of a victim recorded with a birth date', () =>
    decides([], handOver({ ageInYears: undefined, personal: sealedFor('V1') }), [
      { ...opened, data: { ...opened.data, ageInYears: undefined, personal: sealedFor('V1') } } as ProtectionCaseEvent,
    ]));
  it('refers the case to the partner the police handed the victim to', () =>
    decides([], handOver({ receivedBy: 'ngo-aple', referredTo: 'ngo-aple' }), [
      { ...opened, data: { ...opened.data, receivedBy: 'ngo-aple' } } as ProtectionCaseEvent,
      { type: E.CaseReferred, data: { organisation: 'ngo-aple', referredOn: '2020-03-06', purpose: 'case_management' } },
    ]));

  it('opens no second case for a person who has one (screened and referred by intake too): refers it to the partner named, or records nothing', () => {
    decides(atOpen, handOver({ handedOverOn: '2020-03-08' }), []);
    decides(atOpen, handOver({ handedOverOn: '2020-03-08', receivedBy: 'ngo-aple', referredTo: 'ngo-aple' }), [
      { type: E.CaseReferred, data: { organisation: 'ngo-aple', referredOn: '2020-03-08', purpose: 'case_management' } },
    ]);
    refuses([...atOpen, { ...closed, data: { closedOn: '2020-04-01', reason: 'lost_contact' } } as ProtectionCaseEvent], handOver({ handedOverOn: '2020-04-02' }), 'CASE_CLOSED', 'conflict');
    refuses(atOpen, handOver({ handedOverOn: '2020-03-05' }), 'DATE_BEFORE_RECEIVED', 'unprocessable');
  });
  it.each([
    ['a band that is not the age’s', { ageBand: '18_plus' }, 'AGE_BAND_MISMATCH'],
    ['no age and nothing sealed', { ageInYears: undefined }, 'PERSONAL_DATA_NOT_SEALED'],
    ['a name in clear', { personal: { fullName: 'Synthetic Victim' } }, 'PERSONAL_DATA_NOT_SEALED'],
    ['a hand-over before the rescue', { rescuedOn: '2020-03-07' }, 'DATE_BEFORE_RESCUE'],
    ['an age recorded after the hand-over', { ageBandOn: '2020-03-07' }, 'DATE_BEFORE_AGE_RECORDED'],
    ['an unknown police unit', { handedOverBy: 'police-atlantis' }, 'UNKNOWN_UNIT'],
    ['an unknown partner', { referredTo: 'ngo-atlantis' }, 'UNKNOWN_ORGANISATION'],
    ['an unknown band', { ageInYears: undefined, ageBand: 'unknown', personal: sealedFor('V1') }, 'UNKNOWN_AGE_BAND'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([], handOver(overrides), code, 'unprocessable'));
});

describe('RecordConsent', () => {
  it('records what the guardian agreed to share, with whom, for what', () =>
    decides(atOpen, consent(), [{ type: E.ConsentRecorded, data: consent().data as never }]));
  it('records a refusal to share as a consent with no sharing', () =>
    decides(atOpen, consent({ givenBy: 'person', sharing: [] }), [{ type: E.ConsentRecorded, data: { givenBy: 'person', recordedOn: '2020-03-07', sharing: [] } }]));

  it('needs a case', () => refuses([], consent(), 'CASE_NOT_OPENED', 'conflict'));
  it('is refused on a closed case', () => refuses([...atOpen, { ...closed, data: { closedOn: '2020-04-01', reason: 'lost_contact' } } as ProtectionCaseEvent], consent(), 'CASE_CLOSED', 'conflict'));
  it('is not for partner workers', () => refuses(atOpen, cmd('RecordConsent', consent().data as never, partnerWorker), 'NOT_FOR_PARTNERS', 'forbidden'));
  it.each([
    ['an unknown giver', { givenBy: 'mother' }, 'UNKNOWN_CONSENT_GIVER'],
    ['a date before the reception', { recordedOn: '2020-03-01' }, 'DATE_BEFORE_RECEIVED'],
    ['a sharing that is not a list', { sharing: 'all' }, 'INVALID_SHARING'],
    ['an unknown organisation', { sharing: [{ organisation: 'ngo-atlantis', purposes: ['shelter'] }] }, 'UNKNOWN_ORGANISATION'],
    ['a sharing for no purpose', { sharing: [{ organisation: 'ngo-aple', purposes: [] }] }, 'NO_PURPOSE'],
    ['an unknown purpose', { sharing: [{ organisation: 'ngo-aple', purposes: ['marketing'] }] }, 'UNKNOWN_PURPOSE'],
    ['a purpose twice', { sharing: [{ organisation: 'ngo-aple', purposes: ['shelter', 'shelter'] }] }, 'DUPLICATE_PURPOSE'],
    ['an organisation twice', { sharing: [{ organisation: 'ngo-aple', purposes: ['shelter'] }, { organisation: 'ngo-aple', purposes: ['services'] }] }, 'DUPLICATE_ORGANISATION'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(atOpen, consent(overrides), code, 'unprocessable'));
});

describe('ReferCase', () => {
  it('refers the case to an organisation for a purpose', () =>
    decides(atOpen, refer(), [{ type: E.CaseReferred, data: { organisation: 'ngo-aple', referredOn: '2020-03-07', purpose: 'shelter' } }]));
  it('refers to the same organisation for another purpose', () =>
    decides([...atOpen, ...[{ type: E.CaseReferred, data: { organisation: 'ngo-aple', referredOn: '2020-03-07', purpose: 'shelter' } } as ProtectionCaseEvent]], refer({ purpose: 'legal_aid' }), [
      { type: E.CaseReferred, data: { organisation: 'ngo-aple', referredOn: '2020-03-07', purpose: 'legal_aid' } },
    ]));

  it('refuses the same referral twice', () =>
    refuses([...atOpen, { type: E.CaseReferred, data: { organisation: 'ngo-aple', referredOn: '2020-03-07', purpose: 'shelter' } }], refer(), 'ALREADY_REFERRED', 'conflict'));
  it('is not for partner workers', () => refuses(atOpen, cmd('ReferCase', refer().data as never, partnerWorker), 'NOT_FOR_PARTNERS', 'forbidden'));
  it.each([
    ['an unknown organisation', { organisation: 'aple' }, 'UNKNOWN_ORGANISATION'],
    ['an unknown purpose', { purpose: 'fun' }, 'UNKNOWN_PURPOSE'],
    ['a date before the reception', { referredOn: '2020-03-05' }, 'DATE_BEFORE_RECEIVED'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses(atOpen, refer(overrides), code, 'unprocessable'));
});

describe('ReceiveIntakeReferral: a person screened at a border, referred to social affairs or a partner', () => {
  const intakeReactor = { ...reactor, actor: { userId: 'reactor:protection-opens-intake-referrals', role: 'system' } };
  const referralData = {
    personId: 'S1',
    province: 'banteay-meanchey',
    organisation: 'dosvy-banteay-meanchey',
    destination: 'social_affairs',
    referredOn: '2020-05-03',
    entryPoint: 'poipet',
    countryReturnedFrom: 'THA',
    sex: 'F',
    nationality: 'KHM',
    ageInYears: 16,
    ageBand: '15_17',
    ageBandOn: '2020-05-02',
    exploitationType: 'labour',
    personal: {},
  };
  const receive = (overrides: Record<string, unknown> = {}) => cmd('ReceiveIntakeReferral', { ...referralData, ...overrides }, intakeReactor);
  const openedFromReferral = (data: Record<string, unknown> = {}) =>
    ({
      type: E.ProtectionCaseOpened,
      data: {
        personId: 'S1',
        province: 'banteay-meanchey',
        receivedOn: '2020-05-03',
        channel: 'border_screening',
        receivedBy: 'dosvy-banteay-meanchey',
        entryPoint: 'poipet',
        countryReturnedFrom: 'THA',
        sex: 'F',
        nationality: 'KHM',
        ageInYears: 16,
        ageBand: '15_17',
        ageBandOn: '2020-05-02',
        exploitationType: 'labour',
        personal: {},
        ...data,
      },
    }) as ProtectionCaseEvent;
  const referredTo = (organisation: string, referredOn = '2020-05-03'): ProtectionCaseEvent => ({ type: E.CaseReferred, data: { organisation, referredOn, purpose: 'case_management' } });

  it('opens the case of the screened person at the department, received on the referral date, the age as screened', () => decides([], receive(), [openedFromReferral()]));
  it('names no entry point for a person screened at an embassy, and copies a sealed part as sealed', () =>
    decides([], receive({ entryPoint: undefined, countryReturnedFrom: 'MYS', ageInYears: undefined, personal: sealedFor('S1') }), [
      openedFromReferral({ entryPoint: undefined, countryReturnedFrom: 'MYS', ageInYears: undefined, personal: sealedFor('S1') }),
    ]));
  it('has a partner receive the case and refers it to the partner, so its workers reach it', () =>
    decides([], receive({ destination: 'partner_organisation', organisation: 'ngo-aple' }), [openedFromReferral({ receivedBy: 'ngo-aple' }), referredTo('ngo-aple')]));

  it('refers the case of a person who has one to the new organisation, opening no second case', () => {
    const atReferral = [openedFromReferral()];
    decides(atReferral, receive({ destination: 'partner_organisation', organisation: 'ngo-aple', referredOn: '2020-05-10' }), [referredTo('ngo-aple', '2020-05-10')]);
    decides(atReferral, receive({ organisation: 'mosvy', referredOn: '2020-05-10' }), [referredTo('mosvy', '2020-05-10')]);
    // A person the police handed over, then referred from a border screening too.
    decides(atOpen, receive({ personId: 'V1', organisation: 'mosvy', referredOn: '2020-05-10' }), [referredTo('mosvy', '2020-05-10')]);
  });
  it('records nothing when the organisation already received the case or was referred it', () => {
    decides([openedFromReferral()], receive({ referredOn: '2020-05-10' }), []);
    decides([openedFromReferral({ receivedBy: 'ngo-aple' }), referredTo('ngo-aple')], receive({ destination: 'partner_organisation', organisation: 'ngo-aple' }), []);
  });
  it('is refused on a closed case (reopened knowingly first)', () =>
    refuses([openedFromReferral(), { ...closed, data: { closedOn: '2020-06-01', reason: 'lost_contact' } } as ProtectionCaseEvent], receive({ organisation: 'mosvy', referredOn: '2020-07-01' }), 'CASE_CLOSED', 'conflict'));
  it.each([
    ['a department for a partner referral', { destination: 'partner_organisation' }, 'ORGANISATION_NOT_OF_DESTINATION'],
    ['a partner for a social affairs referral', { organisation: 'ngo-aple' }, 'ORGANISATION_NOT_OF_DESTINATION'],
    ['an unknown organisation', { organisation: 'ngo-atlantis' }, 'UNKNOWN_ORGANISATION'],
    ['a family referral', { destination: 'family' }, 'UNKNOWN_DESTINATION'],
    ['a band that is not the age’s', { ageBand: '18_plus' }, 'AGE_BAND_MISMATCH'],
    ['no age and nothing sealed', { ageInYears: undefined }, 'PERSONAL_DATA_NOT_SEALED'],
    ['a name in clear', { personal: { fullName: 'Synthetic Person' } }, 'PERSONAL_DATA_NOT_SEALED'],
    ['a screening after the referral', { ageBandOn: '2020-05-04' }, 'DATE_BEFORE_AGE_RECORDED'],
    ['an embassy as entry point', { entryPoint: 'embassy-tha' }, 'UNKNOWN_ENTRY_POINT'],
    ['an unknown province', { province: 'atlantis' }, 'UNKNOWN_PROVINCE'],
    ['a referral in the future', { referredOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([], receive(overrides), code, 'unprocessable'));
  it('refuses a referral dated before the case it reaches was received (422)', () => refuses(atOpen, receive({ personId: 'V1', organisation: 'mosvy', referredOn: '2020-03-01' }), 'DATE_BEFORE_RECEIVED', 'unprocessable'));
});
