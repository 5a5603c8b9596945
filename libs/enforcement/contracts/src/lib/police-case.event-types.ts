import type { EventTypeDefinition, EventTypeRegistry } from '@casetrail/event-sourcing';
import { CLOSURE_REASONS, HAND_OVER_DESTINATIONS, RELEASE_REASONS } from './police-codes';
import { isPoliceUnitType } from './police-units';
import { PoliceCaseEventType as E } from './police-case.events';
import { AGE_BANDS, MAX_AGE_YEARS, RECORDED_AGE_BANDS, ageBandOfYears, isNationalityCode, isOffenceCode, EXPLOITATION_TYPES, SEXES, isOneOf, isProvinceCode, type Check, arrayOf, personalPartCheck, integerBetween, isoDate, literal, nonEmptyString, object, oneOf, optional, refine, validator } from '@casetrail/kernel';

/*
 * Schema version 1 of every enforcement event: persons' `personal` part is sealed, birth dates are
 * never in clear, age bands are. The checks accept what the decider writes and what reference
 * data existed when it was written; a later, stricter rule goes in the decider, not here, or old
 * events would stop being readable. A changed shape is a new version with an upcaster beside it.
 */

const id = nonEmptyString(100);
const code = (list: readonly string[]) => oneOf((v) => isOneOf(list, v), `one of ${list.join(', ')}`);
const province = oneOf(isProvinceCode, 'a province code');
const nationality = oneOf(isNationalityCode, 'an ISO 3166-1 alpha-3 code');
const offence = oneOf(isOffenceCode, 'an offence code of the catalogue');
const age = optional(integerBetween(0, MAX_AGE_YEARS));
const ageBand = code(AGE_BANDS);

/** Sealed (the kernel's envelope check), or `{}`: never identifying data in clear. */
const personal = personalPartCheck;

/**
 * A person's age: in whole years (with its band), or a birth date kept sealed in `personal` (so
 * without an age, `personal` must be sealed); the sealed part belongs to this person.
 */
const personAge = (check: Check, idField: string, ageField: string, bandField: string): Check =>
  refine(check, (d) => {
    const part = d['personal'] as Record<string, unknown>;
    const isSealed = part['v'] !== undefined;
    if (isSealed && part['personId'] !== d[idField]) return `data.personal is sealed for another person than data.${idField}`;
    if (d[ageField] === undefined) {
      return isSealed ? undefined : `data must have ${ageField}, or a birth date sealed in data.personal`;
    }
    if (d[bandField] !== ageBandOfYears(d[ageField] as number)) return `data.${bandField} does not match data.${ageField}`;
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
    personAge(
      object({
        suspectId: id,
        sex: code(SEXES),
        ageAtIdentification: age,
        ageBandAtIdentification: ageBand,
        nationality,
        identifiedOn: isoDate,
        personal,
      }),
      'suspectId',
      'ageAtIdentification',
      'ageBandAtIdentification',
    ),
  ),
  definition(
    E.SuspectArrested,
    object({ suspectId: id, arrestedOn: isoDate, detainedAndSentToCourt: literal(true), ageBand: code(RECORDED_AGE_BANDS) }),
  ),
  definition(E.SuspectReleased, object({ suspectId: id, releasedOn: isoDate, reason: code(RELEASE_REASONS) })),
  definition(
    E.VictimRescued,
    personAge(
      object({
        victimId: id,
        sex: code(SEXES),
        ageAtRescue: age,
        ageBand,
        nationality,
        exploitationType: code(EXPLOITATION_TYPES),
        rescuedOn: isoDate,
        personal,
      }),
      'victimId',
      'ageAtRescue',
      'ageBand',
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
