import {
  CourtFileEventType as E,
  courtByCode,
  type Court,
  type CourtFileEvent,
  type ForwardedAccused,
  type ForwardedVictim,
} from '@casetrail/court-contracts';
import { policeUnitByCode } from '@casetrail/enforcement-contracts';
import {
  AGE_BANDS,
  EXPLOITATION_TYPES,
  MAX_AGE_YEARS,
  RECORDED_AGE_BANDS,
  ageBandAt,
  ageBandOfYears,
  type AgeBand,
  conflict,
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
import type { AddAccused, AddVictim, OpenCourtFile, OpenCourtFileFromPoliceForwarding } from './court-file.commands';
import { requireInOrder, requireNotBeforeOpening, requireOffences, requireStage, requireWholeNumber } from './court-file.rules';
import type { CourtFileState } from './court-file.state';

/** Opening a file (from a police forwarding, or directly) and adding persons to it. */

function requireNotOpened(state: CourtFileState): void {
  if (state.stage !== 'not_opened') throw conflict('FILE_ALREADY_OPENED', 'The court file is already opened (a redelivered forwarding opens nothing)');
}

function requireCourt(value: unknown): Court {
  const court = typeof value === 'string' ? courtByCode(value) : undefined;
  if (!court) throw unprocessable('UNKNOWN_COURT', 'court must be the code of a Court of First Instance (court-<province>)');
  return court;
}

export function openCourtFileFromPoliceForwarding(
  { data, metadata }: OpenCourtFileFromPoliceForwarding,
  state: CourtFileState,
): CourtFileEvent[] {
  requireNotOpened(state);
  const fileId = requireId(data.fileId, 'fileId');
  const policeCaseId = requireId(data.policeCaseId, 'policeCaseId');
  if (fileId !== policeCaseId) {
    throw unprocessable('FILE_ID_NOT_POLICE_CASE_ID', 'fileId must be the police case id, so a forwarding can open only one file');
  }
  const court = requireCourt(data.court);
  if (typeof data.forwardingUnit !== 'string' || !policeUnitByCode(data.forwardingUnit)) {
    throw unprocessable('UNKNOWN_UNIT', 'forwardingUnit must be the code of a police unit');
  }
  const offences = requireOffences(data.offences);
  const forwardedOn = requireDate(data.forwardedOn, 'forwardedOn', metadata.now);
  const receivedOn = requireDate(data.receivedOn, 'receivedOn', metadata.now);
  requireInOrder(forwardedOn, receivedOn, 'DATE_BEFORE_FORWARDING', 'forwardedOn', 'receivedOn');
  if (!Array.isArray(data.accused) || data.accused.length === 0) {
    throw unprocessable('NO_ACCUSED', 'accused must list the suspects the police forwarded under arrest (at least one)');
  }
  if (!Array.isArray(data.victims)) throw unprocessable('INVALID_VICTIMS', 'victims must be a list (empty when none)');
  const accused = data.accused.map((a, i) => forwardedAccused(a, `accused[${i}]`, forwardedOn, metadata.now));
  const victims = data.victims.map((v, i) => forwardedVictim(v, `victims[${i}]`, forwardedOn, metadata.now));
  const ids = [...accused, ...victims].map((p) => p.personId);
  if (new Set(ids).size !== ids.length) throw unprocessable('DUPLICATE_PERSON', 'a personId appears twice among accused and victims');
  return [
    {
      type: E.PoliceCaseReceived,
      data: {
        fileId,
        court: court.code,
        province: court.province,
        receivedOn,
        policeCaseId,
        forwardingUnit: data.forwardingUnit,
        forwardedOn,
        offences,
        accused,
        victims,
      },
    },
  ];
}

type ForwardedInput = Record<string, unknown>;

/** The fields police record for every person, checked as the police recorded them. */
function forwardedPerson(p: ForwardedInput, path: string, forwardedOn: string, now: string, bands: readonly string[]) {
  if (typeof p !== 'object' || p === null) throw unprocessable('INVALID_PERSON', `${path} must be an object`);
  const personId = requireId(p['personId'], `${path}.personId`);
  const ageBandOn = requireDate(p['ageBandOn'], `${path}.ageBandOn`, now);
  requireInOrder(ageBandOn, forwardedOn, 'DATE_BEFORE_AGE_RECORDED', `${path}.ageBandOn`, 'forwardedOn');
  const ageBand = requireCode(bands, p['ageBand'], 'UNKNOWN_AGE_BAND', `${path}.ageBand`);
  const ageInYears = p['ageInYears'] === undefined ? undefined : requireWholeNumber(p['ageInYears'], 0, MAX_AGE_YEARS, 'INVALID_AGE', `${path}.ageInYears`);
  if (ageInYears !== undefined && ageBandOfYears(ageInYears) !== ageBand) {
    throw unprocessable('AGE_BAND_MISMATCH', `${path}.ageBand is not the band of ${path}.ageInYears`);
  }
  return {
    personId,
    sex: requireSex(p['sex'], `${path}.sex`),
    nationality: requireNationality(p['nationality'], `${path}.nationality`),
    ...(ageInYears !== undefined ? { ageInYears } : {}),
    ageBand,
    ageBandOn,
    // Without an age in years, the police kept the birth date sealed: it must come with it.
    personal: sealedPersonalPart(p['personal'], personId, ageInYears === undefined, `${path}.personal`),
  };
}

function forwardedAccused(p: unknown, path: string, forwardedOn: string, now: string): ForwardedAccused {
  const person = forwardedPerson(p as ForwardedInput, path, forwardedOn, now, RECORDED_AGE_BANDS);
  const arrestedOn = requireDate((p as ForwardedInput)['arrestedOn'], `${path}.arrestedOn`, now);
  requireInOrder(arrestedOn, forwardedOn, 'DATE_BEFORE_ARREST', `${path}.arrestedOn`, 'forwardedOn');
  const { ageBand, ...rest } = person;
  return { ...rest, ageBand: ageBand as ForwardedAccused['ageBand'], arrestedOn };
}

function forwardedVictim(p: unknown, path: string, forwardedOn: string, now: string): ForwardedVictim {
  const person = forwardedPerson(p as ForwardedInput, path, forwardedOn, now, AGE_BANDS);
  const exploitationType = requireCode(EXPLOITATION_TYPES, (p as ForwardedInput)['exploitationType'], 'UNKNOWN_EXPLOITATION_TYPE', `${path}.exploitationType`);
  const { ageBand, ...rest } = person;
  return { ...rest, ageBand: ageBand as AgeBand, exploitationType };
}

export function openCourtFile({ data, metadata }: OpenCourtFile, state: CourtFileState): CourtFileEvent[] {
  requireNotOpened(state);
  const fileId = requireId(data.fileId, 'fileId');
  const court = requireCourt(data.court);
  const offences = requireOffences(data.offences);
  const openedOn = requireDate(data.openedOn, 'openedOn', metadata.now);
  const reference = optionalText(data.reference, 'reference', 100);
  return [
    {
      type: E.CourtFileOpened,
      data: { fileId, court: court.code, province: court.province, openedOn, offences, ...(reference ? { reference } : {}) },
    },
  ];
}

/** What an added accused and an added victim share: the person, the age band at `addedOn`, the sealed part. */
function addedPerson(data: AddAccused['data'], now: string, state: CourtFileState) {
  const personId = requireId(data.personId, 'personId');
  if (state.accused[personId] || state.victims[personId]) {
    throw conflict('DUPLICATE_PERSON', 'personId already names a person of this file');
  }
  const addedOn = requireDate(data.addedOn, 'addedOn', now);
  requireNotBeforeOpening(addedOn, 'addedOn', state);
  const age = requireAge(data.birthDate, data.ageInYears, 'ageInYears', addedOn, 'the date the person is added');
  return {
    personId,
    sex: requireSex(data.sex),
    nationality: requireNationality(data.nationality),
    ...('age' in age ? { ageInYears: age.age } : {}),
    // The birth date is used here to derive the band and is never written in clear.
    ageBand: 'birthDate' in age ? ageBandAt(age.birthDate, addedOn) : ageBandOfYears(age.age),
    addedOn,
    personal: sealedPersonalPart(data.personal, personId, 'birthDate' in age),
  };
}

export function addAccused({ data, metadata }: AddAccused, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['prosecution', 'investigation'], 'Adding an accused');
  return [{ type: E.AccusedAdded, data: addedPerson(data, metadata.now, state) }];
}

export function addVictim({ data, metadata }: AddVictim, state: CourtFileState): CourtFileEvent[] {
  requireStage(state, ['prosecution', 'investigation', 'trial'], 'Adding a victim');
  const person = addedPerson(data, metadata.now, state);
  const exploitationType = requireCode(EXPLOITATION_TYPES, data.exploitationType, 'UNKNOWN_EXPLOITATION_TYPE', 'exploitationType');
  return [{ type: E.VictimAdded, data: { ...person, exploitationType } }];
}
