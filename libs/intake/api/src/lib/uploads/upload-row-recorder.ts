import { ForbiddenException, HttpException, Inject, Injectable } from '@nestjs/common';
import {
  ConcurrencyRetriesExhaustedError,
  DomainRuleViolation,
  fold,
  WrongExpectedRevisionError,
  type Command,
  type CommandMetadata,
  type DomainEvent,
  type EventStore,
} from '@casetrail/event-sourcing';
import type { UploadKind, UploadRefusal } from '@casetrail/intake-contracts';
import {
  earlierReferral,
  sameBodyFigures,
  sameReceptionFigures,
  sameReferral,
  sameScreeningFacts,
  type BodyInput,
  type ReceptionInput,
  type ReceptionCommand,
  type ReferPerson,
  type ReturnedBodyCommand,
} from '@casetrail/intake-domain';
import { CommandRunner, type CommandTarget } from '@casetrail/platform-commands';
import { EVENT_STORE, type AuthenticatedUser } from '@casetrail/platform-nest';
import { intakeRecordId as recordId } from '../commands/intake-record-ids';
import { ReceptionLookup, type ScreenedFrom } from '../commands/reception-lookup';
import { receptionCommands, returnedBodyCommands, screenedPersonCommands } from '../commands/intake.targets';
import type { ClearScreenedPersonCommand } from '../commands/personal-data-sealing';
import type { ReferPersonDto, ScreenPersonDto } from '../dto/screening.dto';
import {
  BODY_ROW,
  checkRowPart,
  columnOfMessage,
  inColumnWords,
  RECEPTION_ROW,
  REFERRAL_ROW,
  refusalOf,
  rowHasPart,
  SCREENING_ROW,
  type RowCells,
  type RowPart,
  type RowProblem,
} from './upload-columns';

/** What became of a row: recorded now, found recorded with the same figures, or refused (why). */
export type RowOutcome = { status: 'accepted' } | { status: 'alreadyRecorded' } | { status: 'refused'; refusal: UploadRefusal };

/** Who uploads, and the correlation id every event of the file carries. */
export interface UploadContext {
  user: AuthenticatedUser;
  correlationId: string;
}

type PartOutcome = { status: 'accepted' | 'alreadyRecorded' } | { status: 'refused'; problems: RowProblem[] };

const ACCEPTED: PartOutcome = { status: 'accepted' };
const ALREADY_RECORDED: PartOutcome = { status: 'alreadyRecorded' };
const refused = (...problems: RowProblem[]): PartOutcome => ({ status: 'refused', problems });

/**
 * Records one row of a file as the API records one request: the row checked by the API's DTO,
 * the same command built from it, run through the `CommandRunner` as the uploading user (scope,
 * sealing, the decider, the store's expected revision). A record that already exists is not a
 * failure of the row: with the same figures it was already recorded (an earlier file, the API,
 * a run cut short), with others the row is refused and the record stays as it is (correct it).
 */
@Injectable()
export class UploadRowRecorder {
  constructor(
    private readonly commands: CommandRunner,
    private readonly receptions: ReceptionLookup,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async record(kind: UploadKind, line: number, cells: RowCells, context: UploadContext): Promise<RowOutcome> {
    const outcome = await this.recordRow(kind, cells, context);
    return outcome.status === 'refused' ? { status: 'refused', refusal: refusalOf(line, outcome.problems) } : outcome;
  }

  private recordRow(kind: UploadKind, cells: RowCells, context: UploadContext): Promise<PartOutcome> {
    switch (kind) {
      case 'receptions':
        return this.reception(cells, context);
      case 'screenings':
        return this.screening(cells, context);
      case 'bodies':
        return this.body(cells, context);
      default: {
        const unexpected: never = kind;
        throw new Error(`Unknown upload kind ${String(unexpected)}`);
      }
    }
  }

  private async reception(cells: RowCells, context: UploadContext): Promise<PartOutcome> {
    const checked = await checkRowPart(cells, RECEPTION_ROW);
    if ('problems' in checked) return refused(...checked.problems);
    const { dto } = checked;
    const input: ReceptionInput = {
      place: dto.place,
      receivedOn: dto.receivedOn,
      receivedBy: dto.receivedBy,
      returnedBy: dto.returnedBy,
      countryReturnedFrom: dto.countryReturnedFrom,
      reason: dto.reason,
      counts: { men: dto.counts.men, women: dto.counts.women, boys: dto.counts.boys, girls: dto.counts.girls },
    };
    const receptionId = recordId('reception', dto.place, dto.reference);
    return this.recordOnce(RECEPTION_ROW, receptionCommands, receptionId, context, (metadata): ReceptionCommand => ({ type: 'RecordReception', data: { ...input, receptionId, reference: dto.reference }, metadata }), (state) =>
      state.status === 'withdrawn'
        ? refused({ field: 'reference', reason: 'the reception of this place and reference was withdrawn; it is not recorded again' })
        : sameReceptionFigures(state, input)
          ? ALREADY_RECORDED
          : refused({ field: 'reference', reason: 'already recorded with other figures; correct it instead' }),
    );
  }

  private async body(cells: RowCells, context: UploadContext): Promise<PartOutcome> {
    const checked = await checkRowPart(cells, BODY_ROW);
    if ('problems' in checked) return refused(...checked.problems);
    const { dto } = checked;
    const input: BodyInput = {
      place: dto.place,
      receivedOn: dto.receivedOn,
      receivedBy: dto.receivedBy,
      broughtBy: dto.broughtBy,
      countryOfDeath: dto.countryOfDeath,
      sex: dto.sex,
      cause: dto.cause,
    };
    const bodyId = recordId('body', dto.place, dto.reference);
    return this.recordOnce(BODY_ROW, returnedBodyCommands, bodyId, context, (metadata): ReturnedBodyCommand => ({ type: 'RecordBodyReceived', data: { ...input, bodyId, reference: dto.reference }, metadata }), (state) =>
      sameBodyFigures(state, input) ? ALREADY_RECORDED : refused({ field: 'reference', reason: 'already recorded with other figures; correct it instead' }),
    );
  }

  /**
   * A screened person, then the row's referral if it has one. Both parts are checked before
   * anything is recorded, so a row with a malformed referral records nothing. The reception is
   * named by its reference at the same place, found as the API finds it.
   */
  private async screening(cells: RowCells, context: UploadContext): Promise<PartOutcome> {
    const screening = await checkRowPart(cells, SCREENING_ROW);
    const referral = rowHasPart(cells, REFERRAL_ROW) ? await checkRowPart(cells, REFERRAL_ROW) : undefined;
    const problems = [...('problems' in screening ? screening.problems : []), ...(referral && 'problems' in referral ? referral.problems : [])];
    if ('problems' in screening || (referral && 'problems' in referral)) return refused(...problems);
    const dto = screening.dto;
    let reception: ScreenedFrom;
    try {
      // The API's own lookup: the scope first (403), then no such reception (404) or a withdrawn one (409).
      reception = await this.receptions.screenedFrom(context.user, dto.place, dto.receptionReference);
    } catch (error) {
      const problem = problemOf(SCREENING_ROW, error);
      return refused({ ...problem, field: error instanceof ForbiddenException ? 'place' : 'reception_reference' });
    }
    const { receptionId, receptionPlace } = reception;
    const personId = recordId('screened-person', dto.place, dto.reference);
    const facts = screeningFactsOf(dto, receptionId);
    const screened = await this.recordOnce(SCREENING_ROW, screenedPersonCommands, personId, context, (metadata): ClearScreenedPersonCommand => ({
      type: 'ScreenPerson',
      data: {
        personId,
        reference: dto.reference,
        receptionPlace,
        ...facts,
        ...(dto.personal?.fullName !== undefined ? { personal: { fullName: dto.personal.fullName } } : {}),
      },
      metadata,
    }), (state) => (sameScreeningFacts(state, facts) ? ALREADY_RECORDED : refused({ field: 'reference', reason: 'already screened with other facts; revise the screening instead' })));
    if (screened.status === 'refused' || !referral) return screened;

    const data = referralOf(referral.dto);
    const referred = await this.recordOnce(REFERRAL_ROW, screenedPersonCommands, personId, context, (metadata): ClearScreenedPersonCommand => ({ type: 'ReferPerson', data, metadata }), (state) =>
      earlierReferral(state, data) === null ? null : sameReferral(state, data) ? ALREADY_RECORDED : refused({ field: 'referral_destination', reason: 'already referred there with other details' }),
    );
    if (referred.status === 'refused') {
      const recorded = screened.status === 'accepted' ? 'the screening is recorded' : 'the screening was already recorded';
      return refused(...referred.problems.map((p) => ({ ...p, reason: `${recorded}; the referral is refused: ${p.reason}` })));
    }
    // Anything appended by this row makes it accepted.
    return screened.status === 'accepted' || referred.status === 'accepted' ? ACCEPTED : ALREADY_RECORDED;
  }

  /**
   * Runs the command. On a conflict (the decider's 409: the record exists, or the person was
   * already referred there), `existing` says from the record as it stands whether the row was
   * already recorded or is refused; null when the conflict is not about the row's record being
   * there, which then refuses the row with the decider's own words.
   */
  private async recordOnce<State, C extends Command, E extends DomainEvent, Clear>(
    part: RowPart<object>,
    target: CommandTarget<State, C, E, Clear>,
    id: string,
    context: UploadContext,
    build: (metadata: CommandMetadata) => NoInfer<Clear>,
    existing: (state: State) => PartOutcome | null,
  ): Promise<PartOutcome> {
    try {
      await this.commands.run(target, id, build, { issuer: { user: context.user }, correlationId: context.correlationId });
      return ACCEPTED;
    } catch (error) {
      if (error instanceof DomainRuleViolation && error.kind === 'conflict') {
        const state = fold(target.decider, (await this.store.readStream(target.streamId(id))) as unknown as E[]);
        const known = target.provinceOf(state) === null ? null : existing(state);
        if (known) return known;
      }
      return refused(problemOf(part, error));
    }
  }
}

/** The clear facts of a screening row, as the command and the comparison with a recorded screening take them. */
function screeningFactsOf(dto: ScreenPersonDto, receptionId: string) {
  return {
    receptionId,
    place: dto.place,
    screenedOn: dto.screenedOn,
    screenedBy: dto.screenedBy,
    outcome: dto.outcome,
    ...(dto.exploitationIndicated !== undefined ? { exploitationIndicated: dto.exploitationIndicated } : {}),
    sex: dto.sex,
    nationality: dto.nationality,
    countryReturnedFrom: dto.countryReturnedFrom,
    ...(dto.birthDate !== undefined ? { birthDate: dto.birthDate } : {}),
    ...(dto.ageInYears !== undefined ? { ageInYears: dto.ageInYears } : {}),
  };
}

function referralOf(dto: ReferPersonDto): ReferPerson['data'] {
  return {
    destination: dto.destination,
    referredOn: dto.referredOn,
    ...(dto.organisation !== undefined ? { organisation: dto.organisation } : {}),
    ...(dto.policeUnit !== undefined ? { policeUnit: dto.policeUnit } : {}),
    ...(dto.policeCaseId !== undefined ? { policeCaseId: dto.policeCaseId } : {}),
    ...(dto.suspectedOffence !== undefined ? { suspectedOffence: dto.suspectedOffence } : {}),
  };
}

/**
 * Why the runner refused a row, in the file's words. The decider's messages and the runner's
 * (scope: 403, 404) name fields and rules, never values. Anything else (the store failing) is not
 * the row's fault: it stops the upload, and the file sent again resumes where it stopped.
 */
function problemOf(part: RowPart<object>, error: unknown): RowProblem {
  if (error instanceof DomainRuleViolation) {
    const field = columnOfMessage(part, error.message);
    return { ...(field ? { field } : {}), reason: inColumnWords(part, error.message) };
  }
  if (error instanceof WrongExpectedRevisionError || error instanceof ConcurrencyRetriesExhaustedError) {
    return { reason: 'the record changed while the row was recorded; send the file again' };
  }
  if (error instanceof HttpException && error.getStatus() < 500) return { reason: error.message };
  throw error;
}
