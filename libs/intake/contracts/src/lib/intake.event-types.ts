import type { EventTypeDefinition, EventTypeRegistry } from '@casetrail/event-sourcing';
import {
  AGE_BANDS,
  EXPLOITATION_TYPES,
  MAX_AGE_YEARS,
  SEXES,
  arrayOf,
  eventTypeDefinition as definition,
  integerBetween,
  isoDate,
  literal,
  nationalityCode as country,
  nonEmptyString,
  object,
  offenceCode,
  oneOf,
  oneOfCodes as code,
  optional,
  personAgeProblem,
  personalPartCheck,
  presentOnlyWhen,
  provinceCode as province,
  refineAt,
  either,
  type Check,
} from '@casetrail/kernel';
import {
  BODY_BROUGHT_BY,
  BODY_CAUSES,
  OUTCOMES_WITH_EXPLOITATION,
  REFERRAL_DESTINATIONS,
  RETURNED_BY,
  RETURN_REASONS,
  SCREENING_OUTCOMES,
  UPLOAD_KINDS,
} from './intake-codes';
import { isIntakePlaceCode, isIntakeUnitCode } from './intake-places';
import { IntakeEventType as E, MAX_RECORDED_REFUSALS } from './intake.events';

/*
 * Schema version 1 of every intake event: unknown keys are refused, a screened person's `personal`
 * part is sealed (theirs) or empty, birth dates are never in clear. The checks accept what the
 * decider writes and the reference data that existed when it was written; stricter rules (dates in
 * range, a place's province, one referral per destination) belong to the decider, or old events
 * would stop being readable. A changed shape is a new version with an upcaster beside it.
 */

type Data = Record<string, unknown>;

const id = nonEmptyString(100);
const place = oneOf(isIntakePlaceCode, 'an intake place code (airport, checkpoint or embassy)');
const unit = oneOf(isIntakeUnitCode, 'an intake unit code');
const sex = code(SEXES);
const ageBand = code(AGE_BANDS);
const exploitationType = code(EXPLOITATION_TYPES);
/** A count of people at one reception: the largest the report shows is a few thousand a day. */
const MAX_COUNT = 100_000;
const count = integerBetween(0, MAX_COUNT);

/** One line of text (a reference, a justification), never a block the log would have to carry. */
const singleLine =
  (maxLength: number): Check =>
  (v, path) =>
    nonEmptyString(maxLength)(v, path) ?? (/[\r\n]/.test(v as string) ? `${path} must be a single line` : undefined);

const reference = singleLine(100);
const justification = singleLine(500);

const counts: Check = refineAt(object({ men: count, women: count, boys: count, girls: count }), (d, path) =>
  (d['men'] as number) + (d['women'] as number) + (d['boys'] as number) + (d['girls'] as number) > 0
    ? undefined
    : `${path} must count at least one person`,
);

const receptionFigures = {
  place,
  province,
  receivedOn: isoDate,
  receivedBy: unit,
  returnedBy: code(RETURNED_BY),
  countryReturnedFrom: country,
  reason: code(RETURN_REASONS),
  counts,
};

const bodyFigures = {
  place,
  province,
  receivedOn: isoDate,
  receivedBy: unit,
  broughtBy: code(BODY_BROUGHT_BY),
  countryOfDeath: country,
  sex,
  cause: code(BODY_CAUSES),
};

/** `exploitationIndicated` with an outcome that indicates exploitation, and only then. */
const outcomeRule = (d: Data, path: string): string | undefined =>
  presentOnlyWhen(
    d,
    path,
    'exploitationIndicated',
    OUTCOMES_WITH_EXPLOITATION.includes(d['outcome'] as never),
    'with a suspected victim or a person at risk',
  );

/**
 * The person a referral carries. Its age is what the receiving context must record in turn (a
 * police victim, a protection case: both refuse a person without one): whole years with their
 * band, or a birth date sealed in `personal`. The event names no person id (it is the stream's),
 * so it cannot check whose the sealed part is: the decider copies the screening's own.
 */
const referredPerson = refineAt(
  object({
    sex,
    nationality: country,
    ageInYears: optional(integerBetween(0, MAX_AGE_YEARS)),
    ageBand,
    ageBandOn: isoDate,
    outcome: code(SCREENING_OUTCOMES),
    exploitationType,
    place,
    screenedOn: isoDate,
    countryReturnedFrom: country,
    personal: personalPartCheck,
  }),
  (d, path) => personAgeProblem(d, path, (d['personal'] as Data)['personId'], `${path}.personal.personId`),
);

export const intakeEventTypes: EventTypeDefinition[] = [
  definition(E.ReceptionRecorded, object({ receptionId: id, reference, ...receptionFigures })),
  definition(E.ReceptionCorrected, object({ ...receptionFigures, correctedOn: isoDate, justification })),
  definition(E.ReceptionWithdrawn, object({ withdrawnOn: isoDate, justification })),
  definition(
    E.PersonScreened,
    refineAt(
      object({
        personId: id,
        reference,
        receptionId: id,
        place,
        province,
        screenedOn: isoDate,
        screenedBy: unit,
        outcome: code(SCREENING_OUTCOMES),
        exploitationIndicated: optional(exploitationType),
        sex,
        nationality: country,
        countryReturnedFrom: country,
        ageInYears: optional(integerBetween(0, MAX_AGE_YEARS)),
        ageBand,
        ageBandOn: isoDate,
        personal: personalPartCheck,
      }),
      (d, path) => outcomeRule(d, path) ?? personAgeProblem(d, path, d['personId'], `${path}.personId`),
    ),
  ),
  definition(
    E.ScreeningRevised,
    refineAt(
      object({ outcome: code(SCREENING_OUTCOMES), exploitationIndicated: optional(exploitationType), revisedOn: isoDate, justification }),
      outcomeRule,
    ),
  ),
  definition(
    E.PersonReferred,
    refineAt(
      object({
        destination: code(REFERRAL_DESTINATIONS),
        referredOn: isoDate,
        organisation: optional(id),
        policeUnit: optional(id),
        policeCaseId: optional(id),
        suspectedOffence: optional(offenceCode),
        province,
        person: referredPerson,
      }),
      (d, path) => {
        const police = d['destination'] === 'police';
        const organisation = d['destination'] === 'social_affairs' || d['destination'] === 'partner_organisation';
        return (
          presentOnlyWhen(d, path, 'organisation', organisation, 'with a referral to social affairs or a partner organisation') ??
          presentOnlyWhen(d, path, 'policeUnit', police, 'with a referral to the police') ??
          (d['policeCaseId'] !== undefined && !police ? `${path}.policeCaseId is allowed only with a referral to the police` : undefined) ??
          presentOnlyWhen(d, path, 'suspectedOffence', police && d['policeCaseId'] === undefined, 'with a referral to the police that names no case')
        );
      },
    ),
  ),
  definition(E.BodyReceived, object({ bodyId: id, reference, ...bodyFigures })),
  definition(E.BodyRecordCorrected, object({ ...bodyFigures, correctedOn: isoDate, justification })),
  definition(
    E.UploadCompleted,
    object({
      uploadId: oneOf((v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v), 'a SHA-256 in lower-case hex'),
      kind: code(UPLOAD_KINDS),
      format: code(['csv', 'xlsx']),
      fileName: optional(singleLine(255)),
      province: either(literal(null), province),
      rows: integerBetween(0, Number.MAX_SAFE_INTEGER),
      accepted: integerBetween(0, Number.MAX_SAFE_INTEGER),
      alreadyRecorded: integerBetween(0, Number.MAX_SAFE_INTEGER),
      refused: integerBetween(0, Number.MAX_SAFE_INTEGER),
      refusals: arrayOf(
        object({ line: integerBetween(2, Number.MAX_SAFE_INTEGER), field: optional(nonEmptyString(100)), reason: nonEmptyString(500) }),
        { maxLength: MAX_RECORDED_REFUSALS },
      ),
    }),
  ),
];

/** Registers every intake event type (schema versions, validation) in a process's registry. */
export function registerIntakeEvents(registry: EventTypeRegistry): EventTypeRegistry {
  return registry.register(...intakeEventTypes);
}
