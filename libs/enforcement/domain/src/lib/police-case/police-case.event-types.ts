import type { EventTypeDefinition, EventTypeRegistry } from '@casetrail/event-sourcing';
import { MAX_AGE_YEARS } from '../age/age-band';
import { isNationalityCode } from '../reference/nationalities';
import { isOffenceCode } from '../reference/offences';
import {
  CLOSURE_REASONS,
  EXPLOITATION_TYPES,
  HAND_OVER_DESTINATIONS,
  RELEASE_REASONS,
  SEXES,
  isOneOf,
} from '../reference/person-codes';
import { isPoliceUnitType } from '../reference/police-units';
import { isProvinceCode } from '../reference/provinces';
import type { Check } from '../validation/data-checks';
import {
  arrayOf,
  integerBetween,
  isoDate,
  literal,
  nonEmptyString,
  object,
  oneOf,
  optional,
  refine,
  validator,
} from '../validation/data-checks';
import { PoliceCaseEventType as E } from './police-case.events';

/*
 * Schema version 1 of every enforcement event. The checks accept what the decider writes and
 * what reference data existed when it was written; a later, stricter rule goes in the decider,
 * not here, or old events would stop being readable.
 */

const id = nonEmptyString(100);
const code = (list: readonly string[]) => oneOf((v) => isOneOf(list, v), `one of ${list.join(', ')}`);
const province = oneOf(isProvinceCode, 'a province code');
const nationality = oneOf(isNationalityCode, 'an ISO 3166-1 alpha-3 code');
const offence = oneOf(isOffenceCode, 'an offence code of the catalogue');
const age = optional(integerBetween(0, MAX_AGE_YEARS));
const personal = object({ fullName: optional(nonEmptyString(200)) });

/** Exactly one of a birth date and an age, and the birth date not after the event. */
const oneAge = (check: Check, ageField: string, dateField: string): Check =>
  refine(check, (d) => {
    if ((d['birthDate'] === undefined) === (d[ageField] === undefined)) {
      return `data must have exactly one of birthDate and ${ageField}`;
    }
    if (typeof d['birthDate'] === 'string' && d['birthDate'] > (d[dateField] as string)) {
      return `data.birthDate is after data.${dateField}`;
    }
    return undefined;
  });

const definition = (type: string, check: Check): EventTypeDefinition => ({
  type,
  currentVersion: 1,
  validate: validator(check),
});

export const enforcementEventTypes: EventTypeDefinition[] = [
  definition(
    E.PoliceCaseOpened,
    object({
      caseId: id,
      unit: object({ code: id, type: oneOf(isPoliceUnitType, 'a police unit type') }),
      province,
      offences: arrayOf(offence, { minLength: 1, unique: true }),
      openedOn: isoDate,
      reference: optional(nonEmptyString(100)),
    }),
  ),
  definition(E.OffenceAdded, object({ offence, addedOn: isoDate })),
  definition(
    E.SuspectIdentified,
    oneAge(
      object({
        suspectId: id,
        sex: code(SEXES),
        birthDate: optional(isoDate),
        ageAtIdentification: age,
        nationality,
        identifiedOn: isoDate,
        personal,
      }),
      'ageAtIdentification',
      'identifiedOn',
    ),
  ),
  definition(
    E.SuspectArrested,
    object({ suspectId: id, arrestedOn: isoDate, detainedAndSentToCourt: literal(true) }),
  ),
  definition(E.SuspectReleased, object({ suspectId: id, releasedOn: isoDate, reason: code(RELEASE_REASONS) })),
  definition(
    E.VictimRescued,
    oneAge(
      object({
        victimId: id,
        sex: code(SEXES),
        birthDate: optional(isoDate),
        ageAtRescue: age,
        nationality,
        exploitationType: code(EXPLOITATION_TYPES),
        rescuedOn: isoDate,
        personal,
      }),
      'ageAtRescue',
      'rescuedOn',
    ),
  ),
  definition(
    E.VictimHandedOver,
    object({
      victimId: id,
      destination: code(HAND_OVER_DESTINATIONS),
      handedOverOn: isoDate,
      organisation: optional(nonEmptyString(200)),
    }),
  ),
  definition(
    E.CaseForwardedToProsecutor,
    object({
      forwardedOn: isoDate,
      suspectIds: arrayOf(id, { minLength: 1, unique: true }),
      victimIds: arrayOf(id, { unique: true }),
      court: optional(province),
    }),
  ),
  definition(E.CaseClosedWithoutForwarding, object({ closedOn: isoDate, reason: code(CLOSURE_REASONS) })),
  definition(E.CaseReopened, object({ reopenedOn: isoDate, justification: nonEmptyString(2000) })),
];

/** Registers every enforcement event type (schema versions, validation) in a process's registry. */
export function registerEnforcementEvents(registry: EventTypeRegistry): EventTypeRegistry {
  return registry.register(...enforcementEventTypes);
}
