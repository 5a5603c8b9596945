import { isKnownPoliceUnit, mayRecordForUnit, policeUnitByCode, CLOSURE_REASONS, HAND_OVER_DESTINATIONS, RELEASE_REASONS, PoliceCaseEventType as E, type ForwardedSuspect, type ForwardedVictim, type HandedOverVictim, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import type {
  AddOffence,
  ArrestSuspect,
  CloseWithoutForwarding,
  ForwardToProsecutor,
  HandOverVictim,
  IdentifySuspect,
  OpenPoliceCase,
  PoliceCaseCommand,
  RecordReferredVictim,
  ReleaseSuspect,
  RescueVictim,
  ReopenCase,
} from './police-case.commands';
import { isIntakePlaceCode } from '@casetrail/intake-contracts';
import { requireNotBefore, requireNotBeforeOpening, requireOpenCase, requireText } from './police-case.rules';
import type { PoliceCaseState, SuspectRecord, VictimRecord } from './police-case.state';
import {
  AGE_BANDS,
  ageBandAt,
  ageBandOfYears,
  youngestAgeBandAt,
  type AgeBand,
  type RecordedAgeBand,
  isForgottenPersonalData,
  storedPersonalPartOf,
  type PersonalPart,
  type StoredPersonalPart,
  isOffenceCode,
  EXPLOITATION_TYPES,
  isProvinceCode,
  conflict,
  forbidden,
  optionalText,
  requireAge,
  requireCode,
  requireDate,
  requireId,
  requireNationality,
  requireSex,
  sealedPersonalPart,
  unprocessable,
} from '@casetrail/kernel';

/** Decides what a command means for the case, or throws a `DomainRuleViolation`. Pure. */
export function decidePoliceCase(command: PoliceCaseCommand, state: PoliceCaseState): PoliceCaseEvent[] {
  switch (command.type) {
    case 'OpenPoliceCase':
      return openPoliceCase(command, state);
    case 'AddOffence':
      return addOffence(command, state);
    case 'IdentifySuspect':
      return identifySuspect(command, state);
    case 'ArrestSuspect':
      return arrestSuspect(command, state);
    case 'ReleaseSuspect':
      return releaseSuspect(command, state);
    case 'RescueVictim':
      return rescueVictim(command, state);
    case 'RecordReferredVictim':
      return recordReferredVictim(command, state);
    case 'HandOverVictim':
      return handOverVictim(command, state);
    case 'ForwardToProsecutor':
      return forwardToProsecutor(command, state);
    case 'CloseWithoutForwarding':
      return closeWithoutForwarding(command, state);
    case 'ReopenCase':
      return reopenCase(command, state);
    default: {
      const unexpected: never = command;
      throw unprocessable('UNKNOWN_COMMAND', `Unknown command ${(unexpected as { type: string }).type}`);
    }
  }
}

function requireOffence(code: unknown, field: string): string {
  if (!isOffenceCode(code)) throw unprocessable('UNKNOWN_OFFENCE', `${field} must be offence codes of the catalogue`);
  return code;
}

function openPoliceCase({ data, metadata }: OpenPoliceCase, state: PoliceCaseState): PoliceCaseEvent[] {
  if (state.status !== 'not_opened') {
    throw conflict('CASE_ALREADY_OPENED', 'The police case is already opened');
  }
  if (!data.unit || !isKnownPoliceUnit(data.unit)) {
    throw unprocessable('UNKNOWN_UNIT', 'unit must be a police unit of the reference list (code and type)');
  }
  // The case counts in this unit's statistics: only the unit itself (or one it acts for) says so.
  if (!mayRecordForUnit(metadata.actor.unit, data.unit.code)) {
    throw forbidden('UNIT_NOT_YOURS', 'unit must be your own police unit (or one your unit acts for)');
  }
  return [caseOpened(data, metadata.now)];
}

/** The opening of a case, its facts checked (who may open it is the caller's to check). */
function caseOpened(data: OpenPoliceCase['data'], now: string): PoliceCaseEvent {
  const caseId = requireId(data.caseId, 'caseId');
  if (!data.unit || !isKnownPoliceUnit(data.unit)) {
    throw unprocessable('UNKNOWN_UNIT', 'unit must be a police unit of the reference list (code and type)');
  }
  if (!isProvinceCode(data.province)) {
    throw unprocessable('UNKNOWN_PROVINCE', 'province must be a province code of the reference list');
  }
  const unitProvince = policeUnitByCode(data.unit.code)?.province ?? null;
  if (unitProvince !== null && unitProvince !== data.province) {
    throw unprocessable(
      'UNIT_PROVINCE_MISMATCH',
      'unit works in another province than province; only national units open cases anywhere',
    );
  }
  if (!Array.isArray(data.offences) || data.offences.length === 0) {
    throw unprocessable('NO_OFFENCE', 'A police case is opened for at least one offence');
  }
  const offences = data.offences.map((offence) => requireOffence(offence, 'offences'));
  if (new Set(offences).size !== offences.length) {
    throw unprocessable('DUPLICATE_OFFENCE', 'offences lists an offence twice');
  }
  const openedOn = requireDate(data.openedOn, 'openedOn', now);
  const reference = optionalText(data.reference, 'reference', 100);
  return {
    type: E.PoliceCaseOpened,
    data: {
      caseId,
      unit: { code: data.unit.code, type: data.unit.type },
      province: data.province,
      offences,
      openedOn,
      ...(reference ? { reference } : {}),
    },
  };
}

function addOffence({ data, metadata }: AddOffence, state: PoliceCaseState): PoliceCaseEvent[] {
  requireOpenCase(state);
  const offence = requireOffence(data.offence, 'offence');
  const addedOn = requireDate(data.addedOn, 'addedOn', metadata.now);
  requireNotBeforeOpening(addedOn, 'addedOn', state);
  if (state.offences.includes(offence)) {
    throw conflict('OFFENCE_ALREADY_RECORDED', 'offence is already recorded for this case');
  }
  return [{ type: E.OffenceAdded, data: { offence, addedOn } }];
}

function identifySuspect({ data, metadata }: IdentifySuspect, state: PoliceCaseState): PoliceCaseEvent[] {
  requireOpenCase(state);
  const suspectId = requireId(data.suspectId, 'suspectId');
  if (state.suspects[suspectId]) throw conflict('DUPLICATE_SUSPECT', 'suspectId is already identified in this case');
  const identifiedOn = requireDate(data.identifiedOn, 'identifiedOn', metadata.now);
  requireNotBeforeOpening(identifiedOn, 'identifiedOn', state);
  const age = requireAge(data.birthDate, data.ageAtIdentification, 'ageAtIdentification', identifiedOn, 'identifiedOn');
  return [
    {
      type: E.SuspectIdentified,
      data: {
        suspectId,
        sex: requireSex(data.sex),
        ...('age' in age ? { ageAtIdentification: age.age } : {}),
        ageBandAtIdentification: bandOf(age, identifiedOn),
        nationality: requireNationality(data.nationality),
        identifiedOn,
        personal: sealedPersonalPart(data.personal, suspectId, 'birthDate' in age),
      },
    },
  ];
}

function arrestSuspect({ data, metadata }: ArrestSuspect, state: PoliceCaseState): PoliceCaseEvent[] {
  requireOpenCase(state);
  const suspect = state.suspects[data.suspectId];
  if (!suspect) {
    throw conflict('SUSPECT_NOT_IDENTIFIED', 'suspectId names no suspect identified in this case');
  }
  if (suspect.status === 'arrested') {
    throw conflict('SUSPECT_ALREADY_ARRESTED', 'The suspect is already under arrest');
  }
  const arrestedOn = requireDate(data.arrestedOn, 'arrestedOn', metadata.now);
  requireNotBeforeOpening(arrestedOn, 'arrestedOn', state);
  requireNotBefore(arrestedOn, suspect.identifiedOn, 'DATE_BEFORE_IDENTIFICATION', 'arrestedOn is before the suspect was identified');
  if (suspect.releasedOn) {
    requireNotBefore(arrestedOn, suspect.releasedOn, 'DATE_BEFORE_RELEASE', 'arrestedOn is before the suspect was released');
  }
  return [
    {
      type: E.SuspectArrested,
      data: { suspectId: suspect.suspectId, arrestedOn, detainedAndSentToCourt: true, ageBand: ageBandAtArrest(suspect, arrestedOn) },
    },
  ];
}

/** The age band from the command's clear birth date or age (never stored in clear). */
function bandOf(age: { birthDate: string } | { age: number }, eventDate: string): AgeBand {
  return 'birthDate' in age ? ageBandAt(age.birthDate, eventDate) : ageBandOfYears(age.age);
}

/**
 * The suspect's age band at the arrest date. An age recorded in years is used as given (as at
 * identification). A birth date is read from the opened personal data. If the suspect was
 * forgotten, the birth date is gone, and nothing identifying may be kept in its place: the band
 * is derived from what the events hold in clear, the latest band derived while the birth date
 * was known (at identification, or at an earlier arrest) and its date, as the youngest band the
 * suspect can be in at the arrest (`youngestAgeBandAt`). Sealed data the service did not open
 * is a bug.
 */
export function ageBandAtArrest(suspect: SuspectRecord, arrestedOn: string): AgeBand {
  if (suspect.ageAtIdentification !== null) return ageBandOfYears(suspect.ageAtIdentification);
  if (suspect.birthDate !== null) return ageBandAt(suspect.birthDate, arrestedOn);
  if (isForgottenPersonalData(suspect.personal)) {
    const known = [youngestAgeBandAt(suspect.ageBandAtIdentification, suspect.identifiedOn, arrestedOn)];
    if (suspect.arrestedOn !== null && isAgeBand(suspect.ageBandAtArrest)) {
      known.push(youngestAgeBandAt(suspect.ageBandAtArrest, suspect.arrestedOn, arrestedOn));
    }
    return known.reduce((a, b) => (AGE_BANDS.indexOf(b) > AGE_BANDS.indexOf(a) ? b : a));
  }
  throw new Error(`Personal data of suspect ${suspect.suspectId} was not opened before deciding on the arrest`);
}

const isAgeBand = (band: RecordedAgeBand | null): band is AgeBand => band !== null && (AGE_BANDS as readonly string[]).includes(band);

function releaseSuspect({ data, metadata }: ReleaseSuspect, state: PoliceCaseState): PoliceCaseEvent[] {
  requireOpenCase(state);
  const suspect = state.suspects[data.suspectId];
  if (!suspect || suspect.status !== 'arrested') {
    throw conflict('SUSPECT_NOT_ARRESTED', 'suspectId names no suspect under arrest in this case');
  }
  const releasedOn = requireDate(data.releasedOn, 'releasedOn', metadata.now);
  requireNotBefore(releasedOn, suspect.arrestedOn!, 'DATE_BEFORE_ARREST', 'releasedOn is before the arrest');
  const reason = requireCode(RELEASE_REASONS, data.reason, 'UNKNOWN_RELEASE_REASON', 'reason');
  return [{ type: E.SuspectReleased, data: { suspectId: suspect.suspectId, releasedOn, reason } }];
}

function rescueVictim({ data, metadata }: RescueVictim, state: PoliceCaseState): PoliceCaseEvent[] {
  requireOpenCase(state);
  const victimId = requireId(data.victimId, 'victimId');
  if (state.victims[victimId]) throw conflict('DUPLICATE_VICTIM', 'victimId is already recorded in this case');
  const rescuedOn = requireDate(data.rescuedOn, 'rescuedOn', metadata.now);
  requireNotBeforeOpening(rescuedOn, 'rescuedOn', state);
  const age = requireAge(data.birthDate, data.ageAtRescue, 'ageAtRescue', rescuedOn, 'rescuedOn');
  return [
    {
      type: E.VictimRescued,
      data: {
        victimId,
        sex: requireSex(data.sex),
        ...('age' in age ? { ageAtRescue: age.age } : {}),
        ageBand: bandOf(age, rescuedOn),
        nationality: requireNationality(data.nationality),
        exploitationType: requireCode(EXPLOITATION_TYPES, data.exploitationType, 'UNKNOWN_EXPLOITATION_TYPE', 'exploitationType'),
        rescuedOn,
        personal: sealedPersonalPart(data.personal, victimId, 'birthDate' in age),
      },
    },
  ];
}

/**
 * A person screened at a border or an embassy and referred to this unit becomes a victim of the
 * case (issued by the intake referral reactor only). The case is the one the referral named, or the
 * one opened for it (`openCase`) in this same decision when not yet opened. Refused, as every
 * victim command, on a case forwarded or closed, and for a person already a victim of the case
 * (a referral that was already recorded is not decided again: its event is the command's cause).
 */
function recordReferredVictim({ data, metadata }: RecordReferredVictim, state: PoliceCaseState): PoliceCaseEvent[] {
  const referredOn = requireDate(data.referredOn, 'referredOn', metadata.now);
  const opening: PoliceCaseEvent[] = [];
  if (state.status === 'not_opened' && data.openCase !== undefined) {
    opening.push(caseOpened({ ...data.openCase, openedOn: referredOn }, metadata.now));
  } else {
    requireOpenCase(state);
    requireNotBeforeOpening(referredOn, 'referredOn', state);
  }
  const victimId = requireId(data.victimId, 'victimId');
  if (state.victims[victimId]) throw conflict('DUPLICATE_VICTIM', 'victimId is already a victim of this case');
  const ageBandOn = requireDate(data.ageBandOn, 'ageBandOn', metadata.now);
  requireNotBefore(referredOn, ageBandOn, 'DATE_BEFORE_SCREENING', 'referredOn is before the screening (ageBandOn)');
  const ageBand = requireCode(AGE_BANDS, data.ageBand, 'UNKNOWN_AGE_BAND', 'ageBand');
  if (data.ageInYears !== undefined) {
    const years = requireAge(undefined, data.ageInYears, 'ageInYears', ageBandOn, 'ageBandOn') as { age: number };
    if (ageBandOfYears(years.age) !== ageBand) throw unprocessable('AGE_BAND_MISMATCH', 'ageBand is not the band of ageInYears');
  }
  if (!isIntakePlaceCode(data.screenedAt)) throw unprocessable('UNKNOWN_INTAKE_PLACE', 'screenedAt must be the code of an intake place');
  return [
    ...opening,
    {
      type: E.VictimReferred,
      data: {
        victimId,
        sex: requireSex(data.sex),
        nationality: requireNationality(data.nationality),
        ...(data.ageInYears !== undefined ? { ageInYears: data.ageInYears } : {}),
        ageBand,
        ageBandOn,
        exploitationType: requireCode(EXPLOITATION_TYPES, data.exploitationType, 'UNKNOWN_EXPLOITATION_TYPE', 'exploitationType'),
        referredOn,
        screenedAt: data.screenedAt,
        // Without an age in years, intake kept the birth date sealed: it must come with it, as sealed.
        personal: sealedPersonalPart(data.personal, victimId, data.ageInYears === undefined),
      },
    },
  ];
}

function handOverVictim({ data, metadata }: HandOverVictim, state: PoliceCaseState): PoliceCaseEvent[] {
  requireOpenCase(state);
  const victim = state.victims[data.victimId];
  if (!victim) throw conflict('VICTIM_NOT_RESCUED', 'victimId names no victim rescued in this case');
  if (victim.handedOver) {
    throw conflict('VICTIM_ALREADY_HANDED_OVER', 'The victim was already handed over');
  }
  const destination = requireCode(HAND_OVER_DESTINATIONS, data.destination, 'UNKNOWN_DESTINATION', 'destination');
  const handedOverOn = requireDate(data.handedOverOn, 'handedOverOn', metadata.now);
  requireNotBefore(handedOverOn, victim.rescuedOn, 'DATE_BEFORE_RESCUE', 'handedOverOn is before the rescue');
  if (victim.referral) requireNotBefore(handedOverOn, victim.referral.referredOn, 'DATE_BEFORE_REFERRAL', 'handedOverOn is before the person was referred to the police');
  const organisation = optionalText(data.organisation, 'organisation');
  return [
    {
      type: E.VictimHandedOver,
      data: {
        victimId: victim.victimId,
        destination,
        handedOverOn,
        ...(organisation ? { organisation } : {}),
        victim: handedOverVictim(victim),
        province: state.province!,
        unit: state.unit!.code,
      },
    },
  ];
}

/**
 * The victim as handed over (version 2): what social affairs needs to open its case from this one
 * event, dated as for a forwarded victim (`ForwardedVictim`), the personal part as stored.
 */
function handedOverVictim(v: VictimRecord): HandedOverVictim {
  return {
    sex: v.sex,
    nationality: v.nationality,
    ...(v.ageAtRescue !== null ? { ageInYears: v.ageAtRescue } : {}),
    ageBand: v.ageBand,
    ageBandOn: v.rescuedOn,
    exploitationType: v.exploitationType,
    rescuedOn: v.rescuedOn,
    personal: storedPart(v.personal, v.victimId),
  };
}

function forwardToProsecutor({ data, metadata }: ForwardToProsecutor, state: PoliceCaseState): PoliceCaseEvent[] {
  requireOpenCase(state);
  const arrested = Object.values(state.suspects).filter((s) => s.status === 'arrested');
  if (arrested.length === 0) {
    throw conflict(
      'NO_ARRESTED_SUSPECT',
      'A case is forwarded to the prosecutor with at least one suspect under arrest (detained and sent to court)',
    );
  }
  const forwardedOn = requireDate(data.forwardedOn, 'forwardedOn', metadata.now);
  requireNotBeforeOpening(forwardedOn, 'forwardedOn', state);
  for (const s of arrested) {
    requireNotBefore(forwardedOn, s.arrestedOn!, 'DATE_BEFORE_ARREST', 'forwardedOn is before the arrest of a suspect under arrest');
  }
  if (data.court !== undefined && !isProvinceCode(data.court)) {
    throw unprocessable('UNKNOWN_COURT', 'court must be the province code of a Court of First Instance');
  }
  const victims = Object.values(state.victims);
  return [
    {
      type: E.CaseForwardedToProsecutor,
      data: {
        forwardedOn,
        suspectIds: arrested.map((s) => s.suspectId),
        victimIds: victims.map((v) => v.victimId),
        ...(data.court !== undefined ? { court: data.court } : {}),
        persons: { suspects: arrested.map(forwardedSuspect), victims: victims.map(forwardedVictim) },
        offences: [...state.offences],
        unit: state.unit!.code,
        province: state.province!,
      },
    },
  ];
}

/**
 * A suspect as forwarded: with an age in years, that age and the date it was recorded (the band
 * at the arrest is the band of that age, see `ageBandAtArrest`); else the band recorded at the
 * latest arrest and its date. See `ForwardedSuspect` for why the court needs exactly this.
 */
function forwardedSuspect(s: SuspectRecord): ForwardedSuspect {
  const arrestedOn = s.arrestedOn!;
  const age =
    s.ageAtIdentification !== null
      ? { ageInYears: s.ageAtIdentification, ageBand: ageBandOfYears(s.ageAtIdentification), ageBandOn: s.identifiedOn }
      : { ageBand: s.ageBandAtArrest!, ageBandOn: arrestedOn };
  return { suspectId: s.suspectId, sex: s.sex, nationality: s.nationality, ...age, arrestedOn, personal: storedPart(s.personal, s.suspectId) };
}

function forwardedVictim(v: VictimRecord): ForwardedVictim {
  return { victimId: v.victimId, ...handedOverVictim(v) };
}

/**
 * The person's part exactly as stored (sealed, or `{}`), even when the service opened it to
 * decide: a forwarding never carries clear data. A part that cannot be traced back to what was
 * stored is a bug of the reader, not of the command.
 */
function storedPart(part: PersonalPart, personId: string): StoredPersonalPart {
  const stored = storedPersonalPartOf(part);
  if (stored === null) throw new Error(`Personal data of person ${personId} was read without its stored form; it cannot be forwarded`);
  return stored;
}

function closeWithoutForwarding({ data, metadata }: CloseWithoutForwarding, state: PoliceCaseState): PoliceCaseEvent[] {
  requireOpenCase(state);
  const reason = requireCode(CLOSURE_REASONS, data.reason, 'UNKNOWN_CLOSURE_REASON', 'reason');
  const closedOn = requireDate(data.closedOn, 'closedOn', metadata.now);
  requireNotBeforeOpening(closedOn, 'closedOn', state);
  const detained = Object.values(state.suspects).filter((s) => s.status === 'arrested');
  if (detained.length > 0) {
    throw conflict('SUSPECTS_STILL_ARRESTED', 'Release or forward the suspects under arrest before closing the case');
  }
  return [{ type: E.CaseClosedWithoutForwarding, data: { closedOn, reason } }];
}

function reopenCase({ data, metadata }: ReopenCase, state: PoliceCaseState): PoliceCaseEvent[] {
  if (state.status === 'forwarded') {
    throw conflict('CASE_FORWARDED', 'A forwarded case is with the prosecutor and cannot be reopened by the police');
  }
  if (state.status === 'not_opened') throw conflict('CASE_NOT_FOUND', 'The police case has not been opened');
  if (state.status !== 'closed') throw conflict('CASE_NOT_CLOSED', 'Only a closed case can be reopened');
  const justification = requireText(data.justification, 'justification', 'JUSTIFICATION_REQUIRED', 2000);
  const reopenedOn = requireDate(data.reopenedOn, 'reopenedOn', metadata.now);
  requireNotBefore(reopenedOn, state.closedOn!, 'DATE_BEFORE_CLOSURE', 'reopenedOn is before the closure');
  return [{ type: E.CaseReopened, data: { reopenedOn, justification } }];
}
