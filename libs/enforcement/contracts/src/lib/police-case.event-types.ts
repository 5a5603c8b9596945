import type { EventTypeDefinition, EventTypeRegistry } from '@casetrail/event-sourcing';
import { CLOSURE_REASONS, HAND_OVER_DESTINATIONS, RELEASE_REASONS } from './police-codes';
import { isPoliceUnitType } from './police-units';
import { PoliceCaseEventType as E, type CaseForwardedToProsecutorDataV1, type VictimHandedOverDataV1 } from './police-case.events';
import {
  AGE_BANDS,
  EXPLOITATION_TYPES,
  MAX_AGE_YEARS,
  RECORDED_AGE_BANDS,
  SEXES,
  arrayOf,
  either,
  eventTypeDefinition as definition,
  integerBetween,
  isoDate,
  literal,
  nationalityCode as nationality,
  nonEmptyString,
  object,
  offenceCode as offence,
  oneOf,
  oneOfCodes as code,
  optional,
  personAgeProblem,
  personalPartCheck,
  provinceCode as province,
  refine,
  validator,
  withPersonAge,
  type Check,
} from '@casetrail/kernel';

/*
 * Every enforcement event is at schema version 1, but `VictimHandedOver` and
 * `CaseForwardedToProsecutor` (version 2, below): persons' `personal` part is sealed, birth dates are never in clear, age bands are. The checks accept what the decider writes and what reference
 * data existed when it was written; a later, stricter rule goes in the decider, not here, or old
 * events would stop being readable. A changed shape is a new version with an upcaster beside it.
 */

const id = nonEmptyString(100);
const age = optional(integerBetween(0, MAX_AGE_YEARS));
const ageBand = code(AGE_BANDS);

/** Sealed (the kernel's envelope check), or `{}`: never identifying data in clear. */
const personal = personalPartCheck;

/*
 * `withPersonAge` (the kernel's rule): a person's age in whole years (with its band), or a birth
 * date kept sealed in `personal`; the sealed part belongs to the person of `idField`.
 */
const forwardedSuspect = withPersonAge(
  object({
    suspectId: id,
    sex: code(SEXES),
    nationality,
    ageInYears: age,
    ageBand: code(RECORDED_AGE_BANDS),
    ageBandOn: isoDate,
    arrestedOn: isoDate,
    personal,
  }),
  { idField: 'suspectId' },
);

const forwardedVictim = refine(
  withPersonAge(
    object({
      victimId: id,
      sex: code(SEXES),
      nationality,
      ageInYears: age,
      ageBand,
      ageBandOn: isoDate,
      rescuedOn: isoDate,
      exploitationType: code(EXPLOITATION_TYPES),
      personal,
    }),
    { idField: 'victimId' },
  ),
  (d) => (d['ageBandOn'] === d['rescuedOn'] ? undefined : 'data.persons.victims[].ageBandOn must be rescuedOn'),
);

/** `suspects[i].suspectId` (or `victims[i].victimId`) equal to `ids`, in order. */
const sameIds = (persons: unknown[], idField: string, ids: unknown[]): boolean =>
  persons.length === ids.length && persons.every((p, i) => (p as Record<string, unknown>)[idField] === ids[i]);

/**
 * Version 2 (see `CaseForwardedToProsecutorData`): the persons, offences, unit and province are
 * all given (written as version 2) or all null (upcast from version 1); the persons are exactly
 * the ids listed. A suspect's age in years is dated no later than the arrest, and without one
 * the band is the arrest's.
 */
const forwardedV2: Check = refine(
  object({
    forwardedOn: isoDate,
    suspectIds: arrayOf(id, { minLength: 1, unique: true }),
    victimIds: arrayOf(id, { unique: true }),
    court: optional(province),
    persons: either(literal(null), object({ suspects: arrayOf(forwardedSuspect), victims: arrayOf(forwardedVictim) })),
    offences: either(literal(null), arrayOf(offence, { minLength: 1, unique: true })),
    unit: either(literal(null), id),
    province: either(literal(null), province),
  }),
  (d) => {
    const given = ['persons', 'offences', 'unit', 'province'].filter((k) => d[k] !== null);
    if (given.length !== 0 && given.length !== 4) return 'data.persons, data.offences, data.unit and data.province must be all given or all null';
    const persons = d['persons'] as { suspects: Array<Record<string, unknown>>; victims: unknown[] } | null;
    if (persons === null) return undefined;
    if (!sameIds(persons.suspects, 'suspectId', d['suspectIds'] as unknown[])) return 'data.persons.suspects must be the suspects of data.suspectIds, in order';
    if (!sameIds(persons.victims, 'victimId', d['victimIds'] as unknown[])) return 'data.persons.victims must be the victims of data.victimIds, in order';
    for (const s of persons.suspects) {
      const ageBandOn = s['ageBandOn'] as string;
      const arrestedOn = s['arrestedOn'] as string;
      if (s['ageInYears'] === undefined ? ageBandOn !== arrestedOn : ageBandOn > arrestedOn) {
        return 'data.persons.suspects[].ageBandOn must be arrestedOn, or with ageInYears the date of that age (not after the arrest)';
      }
    }
    return undefined;
  },
);

/** Version 1 had the ids only: the persons, offences, unit and province are not known. */
const forwardedV1ToV2 = (data: unknown): unknown => ({
  ...(data as CaseForwardedToProsecutorDataV1),
  persons: null,
  offences: null,
  unit: null,
  province: null,
});

const caseForwardedToProsecutor: EventTypeDefinition = {
  type: E.CaseForwardedToProsecutor,
  currentVersion: 2,
  upcasters: [{ fromVersion: 1, upcast: forwardedV1ToV2 }],
  validate: validator(forwardedV2),
};

/** The victim on a version 2 hand-over (see `HandedOverVictim`): as a forwarded victim, without its id. */
const handedOverVictimShape = object({
  sex: code(SEXES),
  nationality,
  ageInYears: age,
  ageBand,
  ageBandOn: isoDate,
  exploitationType: code(EXPLOITATION_TYPES),
  rescuedOn: isoDate,
  personal,
});

/**
 * Version 2 (see `VictimHandedOverData`): the victim, province and unit are all given (written as
 * version 2) or all null (upcast from version 1). The victim's sealed part is the victim's own
 * (`victimId`, on the event), its band dated at the rescue, and the hand-over not before it.
 */
const handedOverV2: Check = refine(
  object({
    victimId: id,
    destination: code(HAND_OVER_DESTINATIONS),
    handedOverOn: isoDate,
    organisation: optional(nonEmptyString(200)),
    victim: either(literal(null), handedOverVictimShape),
    province: either(literal(null), province),
    unit: either(literal(null), id),
  }),
  (d) => {
    const given = ['victim', 'province', 'unit'].filter((k) => d[k] !== null);
    if (given.length !== 0 && given.length !== 3) return 'data.victim, data.province and data.unit must be all given or all null';
    const victim = d['victim'] as Record<string, unknown> | null;
    if (victim === null) return undefined;
    const problem = personAgeProblem(victim, 'data.victim', d['victimId'], 'data.victimId');
    if (problem) return problem;
    if (victim['ageBandOn'] !== victim['rescuedOn']) return 'data.victim.ageBandOn must be rescuedOn';
    return (d['handedOverOn'] as string) < (victim['rescuedOn'] as string) ? 'data.handedOverOn must not be before data.victim.rescuedOn' : undefined;
  },
);

/** Version 1 had the victim's id only: the victim's facts, the province and the unit are not known. */
const handedOverV1ToV2 = (data: unknown): unknown => ({
  ...(data as VictimHandedOverDataV1),
  victim: null,
  province: null,
  unit: null,
});

const victimHandedOver: EventTypeDefinition = {
  type: E.VictimHandedOver,
  currentVersion: 2,
  upcasters: [{ fromVersion: 1, upcast: handedOverV1ToV2 }],
  validate: validator(handedOverV2),
};

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
    withPersonAge(
      object({
        suspectId: id,
        sex: code(SEXES),
        ageAtIdentification: age,
        ageBandAtIdentification: ageBand,
        nationality,
        identifiedOn: isoDate,
        personal,
      }),
      { idField: 'suspectId', ageField: 'ageAtIdentification', bandField: 'ageBandAtIdentification' },
    ),
  ),
  definition(
    E.SuspectArrested,
    object({ suspectId: id, arrestedOn: isoDate, detainedAndSentToCourt: literal(true), ageBand: code(RECORDED_AGE_BANDS) }),
  ),
  definition(E.SuspectReleased, object({ suspectId: id, releasedOn: isoDate, reason: code(RELEASE_REASONS) })),
  definition(
    E.VictimRescued,
    withPersonAge(
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
      { idField: 'victimId', ageField: 'ageAtRescue' },
    ),
  ),
  victimHandedOver,
  definition(
    E.VictimReferred,
    withPersonAge(
      object({
        victimId: id,
        sex: code(SEXES),
        nationality,
        ageInYears: age,
        ageBand,
        ageBandOn: isoDate,
        exploitationType: code(EXPLOITATION_TYPES),
        referredOn: isoDate,
        screenedAt: nonEmptyString(100),
        personal,
      }),
      { idField: 'victimId' },
    ),
  ),
  caseForwardedToProsecutor,
  definition(E.CaseClosedWithoutForwarding, object({ closedOn: isoDate, reason: code(CLOSURE_REASONS) })),
  definition(E.CaseReopened, object({ reopenedOn: isoDate, justification: nonEmptyString(2000) })),
];

/** Registers every enforcement event type (schema versions, validation) in a process's registry. */
export function registerEnforcementEvents(registry: EventTypeRegistry): EventTypeRegistry {
  return registry.register(...enforcementEventTypes);
}
