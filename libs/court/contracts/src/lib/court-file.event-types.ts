import type { EventTypeDefinition, EventTypeRegistry } from '@casetrail/event-sourcing';
import {
  AGE_BANDS,
  EXPLOITATION_TYPES,
  MAX_AGE_YEARS,
  RECORDED_AGE_BANDS,
  SEXES,
  arrayOf,
  currencyCode as currency,
  eventTypeDefinition as definition,
  integerBetween,
  isoDate,
  minorUnitAmount as minorUnits,
  nationalityCode as nationality,
  nonEmptyString,
  object,
  offenceCode,
  oneOf,
  oneOfCodes as code,
  optional,
  personalPartCheck,
  presentOnlyWhen,
  provinceCode as province,
  refineAt,
  withPersonAge,
  type Check,
} from '@casetrail/kernel';
import {
  APPEAL_DECISIONS,
  APPELLANTS,
  CLOSING_ORDER_OUTCOMES,
  CUSTODY_STATUSES,
  DETENTION_END_REASONS,
  MAX_TERM_MONTHS,
  OFFENCE_CLASSES,
  PROSECUTION_ACTIONS,
  RETENTION_REASONS,
  TRIAL_ROUTES,
  VERDICT_OUTCOMES,
} from './court-codes';
import { courtByCode, isCourtCode } from './courts';
import { CourtFileEventType as E } from './court-file.events';
import { isPretrialDetentionLimitId } from './legal-time-limits';

/*
 * Schema version 1 of every court event: unknown keys are refused, persons' `personal` part is
 * sealed or empty, birth dates are never in clear. The checks accept what the decider writes and
 * the reference data that existed when it was written; stricter rules (dates in order, stage
 * order) belong to the decider, or old events would stop being readable. A changed shape is a new
 * version with an upcaster beside it.
 */

type Data = Record<string, unknown>;

const id = nonEmptyString(100);
const court = oneOf(isCourtCode, 'a court code (court-<province>)');
const offences = arrayOf(offenceCode, { minLength: 1, unique: true });
const ageInYears = optional(integerBetween(0, MAX_AGE_YEARS));
const appealNumber = integerBetween(1, 1000);

/** Sealed (the kernel's envelope check), or `{}`: never identifying data in clear. */
const personal = personalPartCheck;

/** The court code and the province agree. */
const inCourtProvince = (check: Check): Check =>
  refineAt(check, (d, path) =>
    courtByCode(d['court'] as string)?.province === d['province'] ? undefined : `${path}.province is not the province of ${path}.court`,
  );

const forwardedPerson = {
  personId: id,
  sex: code(SEXES),
  nationality,
  ageInYears,
  ageBandOn: isoDate,
  personal,
};
/* `withPersonAge` (the kernel's rule): an age in whole years with its band, or a birth date sealed in `personal` for this person. */
const forwardedAccused = withPersonAge(object({ ...forwardedPerson, ageBand: code(RECORDED_AGE_BANDS), arrestedOn: isoDate }));
const forwardedVictim = withPersonAge(object({ ...forwardedPerson, ageBand: code(AGE_BANDS), exploitationType: code(EXPLOITATION_TYPES) }));

const addedPerson = {
  personId: id,
  sex: code(SEXES),
  nationality,
  ageInYears,
  ageBand: code(AGE_BANDS),
  addedOn: isoDate,
  personal,
};

export const courtEventTypes: EventTypeDefinition[] = [
  definition(
    E.PoliceCaseReceived,
    refineAt(
      inCourtProvince(
        object({
          fileId: id,
          court,
          province,
          receivedOn: isoDate,
          policeCaseId: id,
          forwardingUnit: id,
          forwardedOn: isoDate,
          offences,
          accused: arrayOf(forwardedAccused, { minLength: 1 }),
          victims: arrayOf(forwardedVictim),
        }),
      ),
      (d, path) => {
        if (d['fileId'] !== d['policeCaseId']) return `${path}.fileId must be the police case id`;
        const ids = [...(d['accused'] as Data[]), ...(d['victims'] as Data[])].map((p) => p['personId']);
        return new Set(ids).size === ids.length ? undefined : `${path} names a person twice`;
      },
    ),
  ),
  definition(
    E.CourtFileOpened,
    inCourtProvince(object({ fileId: id, court, province, openedOn: isoDate, offences, reference: optional(nonEmptyString(100)) })),
  ),
  definition(E.AccusedAdded, withPersonAge(object(addedPerson))),
  definition(E.VictimAdded, withPersonAge(object({ ...addedPerson, exploitationType: code(EXPLOITATION_TYPES) }))),
  definition(
    E.PersonCharged,
    object({
      personId: id,
      offences,
      chargedOn: isoDate,
      chargedBy: code(['prosecutor', 'investigating_judge']),
      sex: code(SEXES),
      ageBand: code(RECORDED_AGE_BANDS),
    }),
  ),
  definition(
    E.ProsecutionDecided,
    refineAt(
      object({
        action: code(PROSECUTION_ACTIONS),
        decidedOn: isoDate,
        reason: optional(code(RETENTION_REASONS)),
        trialRoute: optional(code(TRIAL_ROUTES)),
        appearedOn: optional(isoDate),
      }),
      (d, path) =>
        presentOnlyWhen(d, path, 'reason', d['action'] === 'retained_without_processing', 'when the file is retained without processing') ??
        presentOnlyWhen(d, path, 'trialRoute', d['action'] === 'submitted_for_trial', 'when the file is submitted for trial') ??
        presentOnlyWhen(d, path, 'appearedOn', d['trialRoute'] === 'immediate_appearance', 'for an immediate appearance'),
    ),
  ),
  definition(
    E.PreTrialDetentionOrdered,
    object({
      personId: id,
      orderedOn: isoDate,
      offenceClass: code(OFFENCE_CLASSES),
      limitId: oneOf(isPretrialDetentionLimitId, 'the id of a pre-trial detention time limit'),
      sex: code(SEXES),
      ageBand: code(RECORDED_AGE_BANDS),
    }),
  ),
  definition(E.PreTrialDetentionExtended, object({ personId: id, extendedOn: isoDate, months: integerBetween(1, 12) })),
  definition(E.PreTrialDetentionEnded, object({ personId: id, endedOn: isoDate, reason: code(DETENTION_END_REASONS) })),
  definition(
    E.JudicialSupervisionOrdered,
    object({ personId: id, orderedOn: isoDate, sex: code(SEXES), ageBand: code(RECORDED_AGE_BANDS) }),
  ),
  definition(E.ClosingOrderIssued, object({ outcome: code(CLOSING_ORDER_OUTCOMES), issuedOn: isoDate })),
  definition(
    E.VerdictDelivered,
    refineAt(
      object({
        personId: id,
        outcome: code(VERDICT_OUTCOMES),
        deliveredOn: isoDate,
        termMonths: optional(integerBetween(1, MAX_TERM_MONTHS)),
        custody: optional(code(CUSTODY_STATUSES)),
        fine: optional(object({ amount: minorUnits, currency })),
        sex: code(SEXES),
        ageBand: code(RECORDED_AGE_BANDS),
      }),
      (d, path) => {
        const outcome = d['outcome'];
        return (
          presentOnlyWhen(d, path, 'termMonths', outcome === 'imprisonment' || outcome === 'suspended_sentence', 'with a sentence to imprisonment or a suspended sentence') ??
          presentOnlyWhen(d, path, 'custody', outcome === 'imprisonment', 'with a sentence to imprisonment') ??
          presentOnlyWhen(d, path, 'fine', outcome === 'fine', 'with a fine')
        );
      },
    ),
  ),
  definition(E.CompensationAwarded, object({ victimId: id, amount: minorUnits, currency, awardedOn: isoDate })),
  definition(
    E.AppealLodged,
    refineAt(
      object({ appealNumber, appellant: code(APPELLANTS), lodgedOn: isoDate, personId: optional(id) }),
      (d, path) => (d['appellant'] === 'accused' && d['personId'] === undefined ? `${path}.personId is required when the accused appeals` : undefined),
    ),
  ),
  definition(E.AppealDecided, object({ appealNumber, decision: code(APPEAL_DECISIONS), decidedOn: isoDate })),
];

/** Registers every court event type (schema versions, validation) in a process's registry. */
export function registerCourtEvents(registry: EventTypeRegistry): EventTypeRegistry {
  return registry.register(...courtEventTypes);
}
