import { policeUnitByCode, type PoliceUnit } from '@casetrail/enforcement-contracts';
import {
  OUTCOMES_WITH_EXPLOITATION,
  REFERRAL_DESTINATIONS,
  SCREENING_OUTCOMES,
  IntakeEventType as E,
  type PersonReferredData,
  type PersonScreenedData,
  type ScreenedPersonEvent,
  type ScreeningOutcome,
} from '@casetrail/intake-contracts';
import { organisationByCode, type OrganisationKind, type ProtectionOrganisation } from '@casetrail/protection-contracts';
import {
  EXPLOITATION_TYPES,
  ageBandAt,
  ageBandOfYears,
  conflict,
  isOffenceCode,
  requireAge,
  requireCode,
  requireDate,
  requireId,
  requireNationality,
  requireSex,
  sealedPersonalPart,
  unprocessable,
  type ExploitationType,
} from '@casetrail/kernel';
import type { ReferPerson, ReviseScreening, ScreenedPersonCommand, ScreenPerson } from '../intake.commands';
import { refuseField, requireJustification, requireNotBefore, requirePlace, requireReference, requireUnit } from '../intake.rules';
import { referredPersonOf, type ScreenedPersonState } from './screened-person.state';

/** Social affairs: the ministry or a department (the protection context's organisations). */
export const SOCIAL_AFFAIRS_KINDS: readonly OrganisationKind[] = ['ministry', 'municipal_department', 'provincial_department'];

/** Decides what a command means for a screened person, or throws a `DomainRuleViolation`. Pure. */
export function decideScreenedPerson(command: ScreenedPersonCommand, state: ScreenedPersonState): ScreenedPersonEvent[] {
  switch (command.type) {
    case 'ScreenPerson':
      return screenPerson(command, state);
    case 'ReviseScreening':
      return reviseScreening(command, state);
    case 'ReferPerson':
      return referPerson(command, state);
    default: {
      const unexpected: never = command;
      throw unprocessable('UNKNOWN_COMMAND', `Unknown command ${String((unexpected as { type: unknown }).type)}`);
    }
  }
}

/**
 * The outcome and the exploitation it indicates: a suspected victim names a form of exploitation
 * (not `at_risk`), a person at risk is `at_risk`, and a person not identified carries none.
 */
export function screeningOutcome(outcomeValue: unknown, exploitationValue: unknown): { outcome: ScreeningOutcome; exploitationIndicated?: ExploitationType } {
  const outcome = requireCode(SCREENING_OUTCOMES, outcomeValue, 'UNKNOWN_OUTCOME', 'outcome');
  if (!OUTCOMES_WITH_EXPLOITATION.includes(outcome)) {
    refuseField(exploitationValue, 'exploitationIndicated', 'with a suspected victim or a person at risk');
    return { outcome };
  }
  if (exploitationValue === undefined) {
    throw unprocessable('EXPLOITATION_REQUIRED', 'exploitationIndicated is required with a suspected victim or a person at risk');
  }
  const exploitationIndicated = requireCode(EXPLOITATION_TYPES, exploitationValue, 'UNKNOWN_EXPLOITATION_TYPE', 'exploitationIndicated');
  if (outcome === 'person_at_risk' && exploitationIndicated !== 'at_risk') {
    throw unprocessable('EXPLOITATION_NOT_FOR_OUTCOME', 'exploitationIndicated must be at_risk for a person at risk');
  }
  if (outcome === 'suspected_victim' && exploitationIndicated === 'at_risk') {
    throw unprocessable('EXPLOITATION_NOT_FOR_OUTCOME', 'exploitationIndicated must name a form of exploitation (not at_risk) for a suspected victim');
  }
  return { outcome, exploitationIndicated };
}

/**
 * A person screened at a reception, named by (place, reference). The age band is the band at the
 * screening (`ageBandOn` = `screenedOn`); a birth date is used only to derive it and is kept
 * sealed. The caller looked the reception up by its reference at the same place; the place it
 * found must be this one.
 */
function screenPerson({ data, metadata }: ScreenPerson, state: ScreenedPersonState): ScreenedPersonEvent[] {
  if (state.screening !== null) {
    throw conflict('PERSON_ALREADY_SCREENED', 'This person is already screened (same place and reference); revise the screening instead');
  }
  const personId = requireId(data.personId, 'personId');
  const reference = requireReference(data.reference);
  const receptionId = requireId(data.receptionId, 'receptionId');
  const place = requirePlace(data.place);
  if (data.receptionPlace !== place.code) {
    throw unprocessable('PLACE_NOT_RECEPTION_PLACE', 'place must be the place of the reception the person came with');
  }
  const screenedOn = requireDate(data.screenedOn, 'screenedOn', metadata.now);
  const screenedBy = requireUnit(data.screenedBy, 'screenedBy').code;
  const { outcome, exploitationIndicated } = screeningOutcome(data.outcome, data.exploitationIndicated);
  const sex = requireSex(data.sex);
  const nationality = requireNationality(data.nationality);
  const countryReturnedFrom = requireNationality(data.countryReturnedFrom, 'countryReturnedFrom');
  const age = requireAge(data.birthDate, data.ageInYears, 'ageInYears', screenedOn, 'screenedOn');
  const screened: PersonScreenedData = {
    personId,
    reference,
    receptionId,
    place: place.code,
    province: place.province,
    screenedOn,
    screenedBy,
    outcome,
    ...(exploitationIndicated !== undefined ? { exploitationIndicated } : {}),
    sex,
    nationality,
    countryReturnedFrom,
    ...('age' in age ? { ageInYears: age.age } : {}),
    // The birth date is used here to derive the band and is never written in clear.
    ageBand: 'birthDate' in age ? ageBandAt(age.birthDate, screenedOn) : ageBandOfYears(age.age),
    ageBandOn: screenedOn,
    personal: sealedPersonalPart(data.personal, personId, 'birthDate' in age),
  };
  return [{ type: E.PersonScreened, data: screened }];
}

function requireScreened(state: ScreenedPersonState): PersonScreenedData {
  if (state.screening === null) throw conflict('PERSON_NOT_SCREENED', 'There is no screening of this person');
  return state.screening;
}

/** A later interview changed the preliminary outcome. */
function reviseScreening({ data, metadata }: ReviseScreening, state: ScreenedPersonState): ScreenedPersonEvent[] {
  const screening = requireScreened(state);
  const { outcome, exploitationIndicated } = screeningOutcome(data.outcome, data.exploitationIndicated);
  const revisedOn = requireDate(data.revisedOn, 'revisedOn', metadata.now);
  requireNotBefore(revisedOn, screening.screenedOn, 'DATE_BEFORE_SCREENED', 'revisedOn', 'the screening');
  const justification = requireJustification(data.justification);
  if (outcome === state.outcome && (exploitationIndicated ?? null) === state.exploitationIndicated) {
    throw conflict('NOTHING_TO_REVISE', 'The revision gives the outcome the screening already has');
  }
  return [{ type: E.ScreeningRevised, data: { outcome, ...(exploitationIndicated !== undefined ? { exploitationIndicated } : {}), revisedOn, justification } }];
}

function requirePoliceUnit(value: unknown): PoliceUnit {
  if (value === undefined) throw unprocessable('POLICE_UNIT_REQUIRED', 'policeUnit is required with a referral to the police');
  const unit = typeof value === 'string' ? policeUnitByCode(value) : undefined;
  if (!unit) throw unprocessable('UNKNOWN_POLICE_UNIT', 'policeUnit must be the code of a police unit');
  return unit;
}

function requireOrganisationOf(value: unknown, kinds: readonly OrganisationKind[], code: string, what: string): ProtectionOrganisation {
  if (value === undefined) throw unprocessable('ORGANISATION_REQUIRED', `organisation is required with a referral to ${what}`);
  const organisation = typeof value === 'string' ? organisationByCode(value) : undefined;
  if (!organisation) throw unprocessable('UNKNOWN_ORGANISATION', 'organisation must be the code of a protection organisation');
  if (!kinds.includes(organisation.kind)) throw unprocessable(code, `organisation must be ${what}`);
  return organisation;
}

/**
 * The person is referred on, carrying the screened facts so the receiving context opens its case
 * from the event alone. The referral's province is where it goes: the police unit's or the
 * department's, else (the ministry, a partner working across provinces, the family) the
 * screening's. One referral per destination and organisation (or police unit).
 */
function referPerson({ data, metadata }: ReferPerson, state: ScreenedPersonState): ScreenedPersonEvent[] {
  const screening = requireScreened(state);
  const destination = requireCode(REFERRAL_DESTINATIONS, data.destination, 'UNKNOWN_DESTINATION', 'destination');
  const referredOn = requireDate(data.referredOn, 'referredOn', metadata.now);
  requireNotBefore(referredOn, screening.screenedOn, 'DATE_BEFORE_SCREENED', 'referredOn', 'the screening');
  if (state.outcome === 'not_identified' && destination !== 'family') {
    throw unprocessable('NOT_IDENTIFIED_FAMILY_ONLY', 'A person not identified as a victim or at risk is referred to the family only');
  }
  const referral: Omit<PersonReferredData, 'person'> = { destination, referredOn, province: screening.province };
  const noOrganisation = 'with a referral to social affairs or a partner organisation';
  const noPolice = 'with a referral to the police';
  if (destination === 'police') {
    refuseField(data.organisation, 'organisation', noOrganisation);
    const unit = requirePoliceUnit(data.policeUnit);
    referral.policeUnit = unit.code;
    if (data.policeCaseId !== undefined) {
      referral.policeCaseId = requireId(data.policeCaseId, 'policeCaseId');
      refuseField(data.suspectedOffence, 'suspectedOffence', 'with a referral to the police that names no case');
    } else {
      if (data.suspectedOffence === undefined) {
        throw unprocessable('OFFENCE_REQUIRED', 'suspectedOffence is required with a referral to the police that names no case (policeCaseId)');
      }
      if (!isOffenceCode(data.suspectedOffence)) throw unprocessable('UNKNOWN_OFFENCE', 'suspectedOffence must be an offence code of the catalogue');
      referral.suspectedOffence = data.suspectedOffence;
    }
    // A national unit works in every province: the referral stays in the screening's.
    referral.province = unit.province ?? screening.province;
  } else {
    refuseField(data.policeUnit, 'policeUnit', noPolice);
    refuseField(data.policeCaseId, 'policeCaseId', noPolice);
    refuseField(data.suspectedOffence, 'suspectedOffence', noPolice);
    if (destination === 'family') {
      refuseField(data.organisation, 'organisation', noOrganisation);
    } else {
      const organisation =
        destination === 'social_affairs'
          ? requireOrganisationOf(data.organisation, SOCIAL_AFFAIRS_KINDS, 'ORGANISATION_NOT_SOCIAL_AFFAIRS', 'social affairs (the ministry or a department)')
          : requireOrganisationOf(data.organisation, ['partner_organisation'], 'ORGANISATION_NOT_PARTNER', 'a partner organisation');
      referral.organisation = organisation.code;
      referral.province = organisation.province ?? screening.province;
    }
  }
  const earlier = state.referrals.find(
    (r) => r.destination === destination && r.organisation === referral.organisation && r.policeUnit === referral.policeUnit,
  );
  if (earlier) throw conflict('ALREADY_REFERRED', `The person was already referred there on ${earlier.referredOn}`);
  const person = referredPersonOf(state);
  if (person === null) throw conflict('PERSON_NOT_SCREENED', 'There is no screening of this person');
  return [{ type: E.PersonReferred, data: { ...referral, person } }];
}
