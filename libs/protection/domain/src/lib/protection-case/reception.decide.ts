import { policeUnitByCode } from '@casetrail/enforcement-contracts';
import {
  AGE_BANDS,
  EXPLOITATION_TYPES,
  MAX_AGE_YEARS,
  ageBandAt,
  ageBandOfYears,
  conflict,
  isEntryPointCode,
  isProvinceCode,
  requireAge,
  requireCode,
  requireDate,
  requireId,
  requireNationality,
  requireSex,
  sealedPersonalPart,
  unprocessable,
} from '@casetrail/kernel';
import {
  CHANNELS_ALLOWING_ENTRY_POINT,
  CHANNELS_WITH_ENTRY_POINT,
  CONSENT_GIVERS,
  ProtectionCaseEventType as E,
  RECEPTION_CHANNELS,
  SHARING_PURPOSES,
  departmentOfProvince,
  type ConsentToShare,
  type ProtectionCaseEvent,
  type ProtectionCaseOpenedData,
} from '@casetrail/protection-contracts';
import type { OpenProtectionCaseFromHandOver, ReceiveIntakeReferral, RecordConsent, ReferCase, RegisterProtectionCase } from './protection-case.commands';
import {
  refuseField,
  refusePartner,
  requireInOrder,
  requireNotBeforeReception,
  requireOpenCase,
  requireOrganisation,
  requireWholeNumber,
} from './protection-case.rules';
import type { ProtectionCaseState } from './protection-case.state';

/** Reception (direct registration, or the police's hand-over), consent to share, referral. */

function requireNotOpened(state: ProtectionCaseState): void {
  if (state.stage !== 'not_opened') throw conflict('CASE_ALREADY_OPENED', 'A protection case is already open for this person');
}

function requireProvince(value: unknown, field: string): string {
  if (!isProvinceCode(value)) throw unprocessable('UNKNOWN_PROVINCE', `${field} must be a province code`);
  return value;
}

/** An airport or checkpoint, when one is named. */
function optionalEntryPoint(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!isEntryPointCode(value)) throw unprocessable('UNKNOWN_ENTRY_POINT', 'entryPoint must be the code of an airport or checkpoint');
  return value;
}

function requirePoliceUnit(value: unknown, field: string): string {
  if (typeof value !== 'string' || !policeUnitByCode(value)) throw unprocessable('UNKNOWN_UNIT', `${field} must be the code of a police unit`);
  return value;
}

/**
 * A social worker registers a person received directly. The age band is the band at reception
 * (`ageBandOn` = `receivedOn`); a birth date is used only to derive it and is kept sealed.
 */
export function registerProtectionCase({ data, metadata }: RegisterProtectionCase, state: ProtectionCaseState): ProtectionCaseEvent[] {
  refusePartner(metadata, 'Registering a case');
  requireNotOpened(state);
  const personId = requireId(data.personId, 'personId');
  const province = requireProvince(data.province, 'province');
  const receivedOn = requireDate(data.receivedOn, 'receivedOn', metadata.now);
  const channel = requireCode(RECEPTION_CHANNELS, data.channel, 'UNKNOWN_CHANNEL', 'channel');
  const receivedBy = requireOrganisation(data.receivedBy ?? departmentOfProvince(province), 'receivedBy').code;
  const age = requireAge(data.birthDate, data.ageInYears, 'ageInYears', receivedOn, 'receivedOn');
  const opened: ProtectionCaseOpenedData = {
    personId,
    province,
    receivedOn,
    channel,
    receivedBy,
    sex: requireSex(data.sex),
    nationality: requireNationality(data.nationality),
    ...('age' in age ? { ageInYears: age.age } : {}),
    // The birth date is used here to derive the band and is never written in clear.
    ageBand: 'birthDate' in age ? ageBandAt(age.birthDate, receivedOn) : ageBandOfYears(age.age),
    ageBandOn: receivedOn,
    exploitationType: requireCode(EXPLOITATION_TYPES, data.exploitationType, 'UNKNOWN_EXPLOITATION_TYPE', 'exploitationType'),
    personal: sealedPersonalPart(data.personal, personId, 'birthDate' in age),
  };

  if (CHANNELS_WITH_ENTRY_POINT.includes(channel) && data.entryPoint === undefined) {
    throw unprocessable('ENTRY_POINT_REQUIRED', 'entryPoint (the airport or checkpoint) is required with a reception from overseas authorities');
  }
  if (CHANNELS_ALLOWING_ENTRY_POINT.includes(channel)) {
    const entryPoint = optionalEntryPoint(data.entryPoint);
    if (entryPoint !== undefined) opened.entryPoint = entryPoint;
  } else refuseField(data.entryPoint, 'entryPoint', 'with a reception from overseas authorities or a border screening');
  if (data.countryReturnedFrom !== undefined) opened.countryReturnedFrom = requireNationality(data.countryReturnedFrom, 'countryReturnedFrom');

  if (channel === 'police_hand_over') {
    opened.policeCaseId = requireId(data.policeCaseId, 'policeCaseId');
    opened.handedOverBy = requirePoliceUnit(data.handedOverBy, 'handedOverBy');
    opened.rescuedOn = requireDate(data.rescuedOn, 'rescuedOn', metadata.now);
    requireInOrder(opened.rescuedOn, receivedOn, 'DATE_BEFORE_RESCUE', 'rescuedOn', 'receivedOn');
  } else {
    refuseField(data.policeCaseId, 'policeCaseId', 'with a police hand-over');
    refuseField(data.handedOverBy, 'handedOverBy', 'with a police hand-over');
    refuseField(data.rescuedOn, 'rescuedOn', 'with a police hand-over');
  }
  return [{ type: E.ProtectionCaseOpened, data: opened }];
}

/**
 * The police handed a victim over (the reactor on `enforcement.VictimHandedOver`): the person as
 * the police recorded them, the personal part copied as sealed. A hand-over to a partner refers
 * the case to it on the same day, so its workers reach the case. A person who already has a case
 * (screened at a border and referred to social affairs as well as to the police) gets no second
 * one: the case is referred to the partner named, if any (see `referralOfCaseOpened`).
 */
export function openProtectionCaseFromHandOver({ data, metadata }: OpenProtectionCaseFromHandOver, state: ProtectionCaseState): ProtectionCaseEvent[] {
  if (state.stage !== 'not_opened') {
    const handedOverOn = requireDate(data.handedOverOn, 'handedOverOn', metadata.now);
    const partner = data.referredTo === undefined ? undefined : requireOrganisation(data.referredTo, 'referredTo').code;
    return referralOfCaseOpened(state, partner, handedOverOn, 'handedOverOn');
  }
  const personId = requireId(data.personId, 'personId');
  const province = requireProvince(data.province, 'province');
  const receivedBy = requireOrganisation(data.receivedBy, 'receivedBy').code;
  const receivedOn = requireDate(data.handedOverOn, 'handedOverOn', metadata.now);
  const rescuedOn = requireDate(data.rescuedOn, 'rescuedOn', metadata.now);
  requireInOrder(rescuedOn, receivedOn, 'DATE_BEFORE_RESCUE', 'rescuedOn', 'handedOverOn');
  const ageBandOn = requireDate(data.ageBandOn, 'ageBandOn', metadata.now);
  requireInOrder(ageBandOn, receivedOn, 'DATE_BEFORE_AGE_RECORDED', 'ageBandOn', 'handedOverOn');
  const ageBand = requireCode(AGE_BANDS, data.ageBand, 'UNKNOWN_AGE_BAND', 'ageBand');
  const ageInYears = data.ageInYears === undefined ? undefined : requireWholeNumber(data.ageInYears, 0, MAX_AGE_YEARS, 'INVALID_AGE', 'ageInYears');
  if (ageInYears !== undefined && ageBandOfYears(ageInYears) !== ageBand) {
    throw unprocessable('AGE_BAND_MISMATCH', 'ageBand is not the band of ageInYears');
  }
  const opened: ProtectionCaseOpenedData = {
    personId,
    province,
    receivedOn,
    channel: 'police_hand_over',
    receivedBy,
    policeCaseId: requireId(data.policeCaseId, 'policeCaseId'),
    handedOverBy: requirePoliceUnit(data.handedOverBy, 'handedOverBy'),
    rescuedOn,
    sex: requireSex(data.sex),
    nationality: requireNationality(data.nationality),
    ...(ageInYears !== undefined ? { ageInYears } : {}),
    ageBand,
    ageBandOn,
    exploitationType: requireCode(EXPLOITATION_TYPES, data.exploitationType, 'UNKNOWN_EXPLOITATION_TYPE', 'exploitationType'),
    // Without an age in years, the police kept the birth date sealed: it must come with it.
    personal: sealedPersonalPart(data.personal, personId, ageInYears === undefined),
  };
  const events: ProtectionCaseEvent[] = [{ type: E.ProtectionCaseOpened, data: opened }];
  if (data.referredTo !== undefined) {
    const organisation = requireOrganisation(data.referredTo, 'referredTo').code;
    events.push({ type: E.CaseReferred, data: { organisation, referredOn: receivedOn, purpose: 'case_management' } });
  }
  return events;
}

/** The organisation kinds each intake destination refers to. */
const KINDS_OF_DESTINATION: Record<ReceiveIntakeReferral['data']['destination'], readonly string[]> = {
  social_affairs: ['ministry', 'municipal_department', 'provincial_department'],
  partner_organisation: ['partner_organisation'],
};

/**
 * A person screened at a border or an embassy and referred to social affairs or a partner (the
 * reactor on `intake.PersonReferred`). Without a case: the case is opened from the referral alone
 * (channel `border_screening`, the person as screened, the personal part copied as sealed) and, for
 * a partner, referred to it on the same day so its workers reach it. With a case (an earlier
 * referral, a police hand-over): no second case; the case is referred to the organisation, unless
 * it already received it or was referred it for case management (nothing to record then). A closed
 * case is refused: someone reopens it first, knowingly.
 */
export function receiveIntakeReferral({ data, metadata }: ReceiveIntakeReferral, state: ProtectionCaseState): ProtectionCaseEvent[] {
  const destination = requireCode(['social_affairs', 'partner_organisation'] as const, data.destination, 'UNKNOWN_DESTINATION', 'destination');
  const organisation = requireOrganisation(data.organisation, 'organisation');
  if (!KINDS_OF_DESTINATION[destination].includes(organisation.kind)) {
    throw unprocessable('ORGANISATION_NOT_OF_DESTINATION', 'organisation is not of the kind the destination names (social affairs: the ministry or a department; a partner organisation: a partner)');
  }
  const referredOn = requireDate(data.referredOn, 'referredOn', metadata.now);
  if (state.stage !== 'not_opened') return referralOfCaseOpened(state, organisation.code, referredOn, 'referredOn');
  const personId = requireId(data.personId, 'personId');
  const ageBandOn = requireDate(data.ageBandOn, 'ageBandOn', metadata.now);
  requireInOrder(ageBandOn, referredOn, 'DATE_BEFORE_AGE_RECORDED', 'ageBandOn', 'referredOn');
  const ageBand = requireCode(AGE_BANDS, data.ageBand, 'UNKNOWN_AGE_BAND', 'ageBand');
  const ageInYears = data.ageInYears === undefined ? undefined : requireWholeNumber(data.ageInYears, 0, MAX_AGE_YEARS, 'INVALID_AGE', 'ageInYears');
  if (ageInYears !== undefined && ageBandOfYears(ageInYears) !== ageBand) {
    throw unprocessable('AGE_BAND_MISMATCH', 'ageBand is not the band of ageInYears');
  }
  const entryPoint = optionalEntryPoint(data.entryPoint);
  const opened: ProtectionCaseOpenedData = {
    personId,
    province: requireProvince(data.province, 'province'),
    receivedOn: referredOn,
    channel: 'border_screening',
    receivedBy: organisation.code,
    ...(entryPoint !== undefined ? { entryPoint } : {}),
    countryReturnedFrom: requireNationality(data.countryReturnedFrom, 'countryReturnedFrom'),
    sex: requireSex(data.sex),
    nationality: requireNationality(data.nationality),
    ...(ageInYears !== undefined ? { ageInYears } : {}),
    ageBand,
    ageBandOn,
    exploitationType: requireCode(EXPLOITATION_TYPES, data.exploitationType, 'UNKNOWN_EXPLOITATION_TYPE', 'exploitationType'),
    // Without an age in years, intake kept the birth date sealed: it must come with it.
    personal: sealedPersonalPart(data.personal, personId, ageInYears === undefined),
  };
  const events: ProtectionCaseEvent[] = [{ type: E.ProtectionCaseOpened, data: opened }];
  if (destination === 'partner_organisation') events.push(caseReferred(organisation.code, referredOn));
  return events;
}

const caseReferred = (organisation: string, referredOn: string): ProtectionCaseEvent => ({ type: E.CaseReferred, data: { organisation, referredOn, purpose: 'case_management' } });

/**
 * A person who has a case, sent to social affairs again (an intake referral, a police hand-over):
 * no second case, the case referred to the organisation for case management, unless it received
 * the case or was referred it already (nothing to record; nor without an organisation to refer
 * to). A closed case is refused: someone reopens it first, knowingly.
 */
function referralOfCaseOpened(state: ProtectionCaseState, organisation: string | undefined, on: string, field: string): ProtectionCaseEvent[] {
  requireOpenCase(state, 'A referral');
  requireNotBeforeReception(on, field, state);
  if (organisation === undefined) return [];
  const known = state.receivedBy === organisation || state.referrals.some((r) => r.organisation === organisation && r.purpose === 'case_management');
  return known ? [] : [caseReferred(organisation, on)];
}

/**
 * What the person (or guardian) agreed to, replacing any earlier consent. An empty sharing is a
 * refusal, recorded like any other consent: it never blocks a service.
 */
export function recordConsent({ data, metadata }: RecordConsent, state: ProtectionCaseState): ProtectionCaseEvent[] {
  refusePartner(metadata, 'Consent');
  requireOpenCase(state, 'Consent');
  const givenBy = requireCode(CONSENT_GIVERS, data.givenBy, 'UNKNOWN_CONSENT_GIVER', 'givenBy');
  const recordedOn = requireDate(data.recordedOn, 'recordedOn', metadata.now);
  requireNotBeforeReception(recordedOn, 'recordedOn', state);
  if (!Array.isArray(data.sharing)) throw unprocessable('INVALID_SHARING', 'sharing must be a list (empty when the person refuses any sharing)');
  const sharing: ConsentToShare[] = data.sharing.map((s, i) => {
    const path = `sharing[${i}]`;
    if (typeof s !== 'object' || s === null) throw unprocessable('INVALID_SHARING', `${path} must be an object`);
    const organisation = requireOrganisation(s.organisation, `${path}.organisation`).code;
    if (!Array.isArray(s.purposes) || s.purposes.length === 0) throw unprocessable('NO_PURPOSE', `${path}.purposes must name at least one purpose`);
    const purposes = s.purposes.map((p, j) => requireCode(SHARING_PURPOSES, p, 'UNKNOWN_PURPOSE', `${path}.purposes[${j}]`));
    if (new Set(purposes).size !== purposes.length) throw unprocessable('DUPLICATE_PURPOSE', `${path}.purposes lists a purpose twice`);
    return { organisation, purposes };
  });
  if (new Set(sharing.map((s) => s.organisation)).size !== sharing.length) {
    throw unprocessable('DUPLICATE_ORGANISATION', 'sharing names an organisation twice');
  }
  return [{ type: E.ConsentRecorded, data: { givenBy, recordedOn, sharing } }];
}

/** Referral to an organisation, whose partner workers may then reach the case. */
export function referCase({ data, metadata }: ReferCase, state: ProtectionCaseState): ProtectionCaseEvent[] {
  refusePartner(metadata, 'A referral');
  requireOpenCase(state, 'A referral');
  const organisation = requireOrganisation(data.organisation, 'organisation').code;
  const purpose = requireCode(SHARING_PURPOSES, data.purpose, 'UNKNOWN_PURPOSE', 'purpose');
  const referredOn = requireDate(data.referredOn, 'referredOn', metadata.now);
  requireNotBeforeReception(referredOn, 'referredOn', state);
  const earlier = state.referrals.find((r) => r.organisation === organisation && r.purpose === purpose);
  if (earlier) throw conflict('ALREADY_REFERRED', `The case was referred to the organisation for this purpose on ${earlier.referredOn}`);
  return [{ type: E.CaseReferred, data: { organisation, referredOn, purpose } }];
}
