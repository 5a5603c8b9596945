import type { EventTypeDefinition, EventTypeRegistry } from '@casetrail/event-sourcing';
import {
  AGE_BANDS,
  EXPLOITATION_TYPES,
  MAX_AGE_YEARS,
  SEXES,
  arrayOf,
  currencyCode as currency,
  eventTypeDefinition as definition,
  integerBetween,
  isEntryPointCode,
  isoDate,
  minorUnitAmount as minorUnits,
  nationalityCode as country,
  nonEmptyString,
  object,
  oneOf,
  oneOfCodes as code,
  optional,
  personAgeProblem,
  personalPartCheck,
  presentOnlyWhen,
  provinceCode as province,
  refineAt,
  type Check,
} from '@casetrail/kernel';
import {
  CASE_CLOSURE_REASONS,
  CHANNELS_ALLOWING_ENTRY_POINT,
  CHANNELS_WITH_ENTRY_POINT,
  CONSENT_GIVERS,
  FAMILY_ASSESSMENT_OUTCOMES,
  FOLLOW_UP_OUTCOMES,
  RECEPTION_CHANNELS,
  SERVICE_KINDS,
  SHARING_PURPOSES,
  SHELTER_DEPARTURE_REASONS,
} from './protection-codes';
import { isOrganisationCode } from './organisations';
import { ProtectionCaseEventType as E } from './protection-case.events';

/*
 * Schema version 1 of every protection event: unknown keys are refused, the person's `personal`
 * part is sealed or empty, birth dates are never in clear. The checks accept what the decider
 * writes and the reference data that existed when it was written (an organisation that stops
 * running a shelter leaves past admissions readable); stricter rules (dates in order, one shelter
 * at a time, totals received) belong to the decider, or old events would stop being readable. A
 * changed shape is a new version with an upcaster beside it.
 */

type Data = Record<string, unknown>;

const id = nonEmptyString(100);
const organisation = oneOf(isOrganisationCode, 'a protection organisation code');
const entryPoint = oneOf(isEntryPointCode, 'an airport or checkpoint code');
const sex = code(SEXES);
const ageBand = code(AGE_BANDS);
const exploitationType = code(EXPLOITATION_TYPES);
/** Months after integration: whole months, at most ten years. */
const MAX_FOLLOW_UP_MONTH = 120;

/** Follow-up months: whole, positive, strictly ascending. */
const schedule: Check = (v, path) =>
  arrayOf(integerBetween(1, MAX_FOLLOW_UP_MONTH), { minLength: 1 })(v, path) ??
  ((v as number[]).every((m, i, all) => i === 0 || m > all[i - 1]) ? undefined : `${path} must be in ascending order, each month once`);

/** One line of text (a justification), never a block the log would have to carry. */
const singleLine =
  (maxLength: number): Check =>
  (v, path) =>
    nonEmptyString(maxLength)(v, path) ?? (/[\r\n]/.test(v as string) ? `${path} must be a single line` : undefined);

export const protectionEventTypes: EventTypeDefinition[] = [
  definition(
    E.ProtectionCaseOpened,
    refineAt(
      object({
        personId: id,
        province,
        receivedOn: isoDate,
        channel: code(RECEPTION_CHANNELS),
        receivedBy: organisation,
        entryPoint: optional(entryPoint),
        countryReturnedFrom: optional(country),
        policeCaseId: optional(id),
        handedOverBy: optional(id),
        rescuedOn: optional(isoDate),
        sex,
        nationality: country,
        ageInYears: optional(integerBetween(0, MAX_AGE_YEARS)),
        ageBand,
        ageBandOn: isoDate,
        exploitationType,
        personal: personalPartCheck,
      }),
      (d, path) => {
        const overseas = CHANNELS_WITH_ENTRY_POINT.includes(d['channel'] as never);
        const handOver = d['channel'] === 'police_hand_over';
        // A border screening names its checkpoint or airport when it had one (not an embassy abroad).
        const mayNameEntryPoint = CHANNELS_ALLOWING_ENTRY_POINT.includes(d['channel'] as never) && !overseas;
        return (
          (mayNameEntryPoint ? undefined : presentOnlyWhen(d, path, 'entryPoint', overseas, 'with a reception from overseas authorities or a border screening')) ??
          presentOnlyWhen(d, path, 'policeCaseId', handOver, 'with a police hand-over') ??
          presentOnlyWhen(d, path, 'handedOverBy', handOver, 'with a police hand-over') ??
          presentOnlyWhen(d, path, 'rescuedOn', handOver, 'with a police hand-over') ??
          // The person's age in years (with its band) or a sealed birth date; the sealed part is theirs.
          personAgeProblem(d, path, d['personId'], `${path}.personId`)
        );
      },
    ),
  ),
  definition(
    E.ConsentRecorded,
    refineAt(
      object({
        givenBy: code(CONSENT_GIVERS),
        recordedOn: isoDate,
        sharing: arrayOf(object({ organisation, purposes: arrayOf(code(SHARING_PURPOSES), { minLength: 1, unique: true }) })),
      }),
      (d, path) => {
        const organisations = (d['sharing'] as Data[]).map((s) => s['organisation']);
        return new Set(organisations).size === organisations.length ? undefined : `${path}.sharing names an organisation twice`;
      },
    ),
  ),
  definition(E.CaseReferred, object({ organisation, referredOn: isoDate, purpose: code(SHARING_PURPOSES) })),
  definition(
    E.ShelterAdmitted,
    object({ shelter: organisation, shelterProvince: province, admittedOn: isoDate, sentBy: organisation, exploitationType, sex, ageBand }),
  ),
  definition(E.ShelterDeparted, object({ shelter: organisation, departedOn: isoDate, reason: code(SHELTER_DEPARTURE_REASONS) })),
  definition(E.ServiceDelivered, object({ service: code(SERVICE_KINDS), organisation, deliveredOn: isoDate })),
  definition(
    E.CompensationClaimFiled,
    object({ claimId: id, courtFileId: optional(id), supportingOrganisation: organisation, filedOn: isoDate }),
  ),
  definition(
    E.CompensationAwarded,
    object({ claimId: id, amount: minorUnits, currency, awardedOn: isoDate, source: code(['court', 'recorded']) }),
  ),
  definition(E.CompensationReceived, object({ claimId: id, amount: minorUnits, currency, receivedOn: isoDate })),
  definition(E.FamilyAssessed, object({ assessedOn: isoDate, outcome: code(FAMILY_ASSESSMENT_OUTCOMES), assessedBy: organisation })),
  definition(
    E.PersonIntegrated,
    object({
      integratedBy: organisation,
      integratedOn: isoDate,
      province,
      followUpScheduleMonths: schedule,
      followUpWorker: id,
      exploitationType,
      sex,
      ageBand,
    }),
  ),
  definition(
    E.FollowUpVisited,
    object({ visitNumber: integerBetween(1, 1000), visitedOn: isoDate, outcome: code(FOLLOW_UP_OUTCOMES), visitedBy: organisation }),
  ),
  definition(E.ProtectionCaseClosed, object({ closedOn: isoDate, reason: code(CASE_CLOSURE_REASONS) })),
  definition(E.ProtectionCaseReopened, object({ reopenedOn: isoDate, justification: singleLine(500) })),
];

/** Registers every protection event type (schema versions, validation) in a process's registry. */
export function registerProtectionEvents(registry: EventTypeRegistry): EventTypeRegistry {
  return registry.register(...protectionEventTypes);
}
