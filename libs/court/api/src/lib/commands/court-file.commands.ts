import { courtByCode, courtFileStreamId, type CourtFileEvent } from '@casetrail/court-contracts';
import { courtFileDecider, type CourtFileCommand, type CourtFileState } from '@casetrail/court-domain';
import type { Decider } from '@casetrail/event-sourcing';
import { forbidden } from '@casetrail/kernel';
import type { CommandTarget } from '@casetrail/platform-commands';
import { sealCourtPersonalData, type ClearCourtFileCommand } from './personal-data-sealing';

/** The domain date field of each command: when the fact happened in the world. */
const DOMAIN_DATE_FIELD: Record<CourtFileCommand['type'], string> = {
  OpenCourtFileFromPoliceForwarding: 'receivedOn',
  OpenCourtFile: 'openedOn',
  AddAccused: 'addedOn',
  AddVictim: 'addedOn',
  ChargePerson: 'chargedOn',
  DecideProsecution: 'decidedOn',
  OrderPreTrialDetention: 'orderedOn',
  ExtendPreTrialDetention: 'extendedOn',
  EndPreTrialDetention: 'endedOn',
  PlaceUnderJudicialSupervision: 'orderedOn',
  IssueClosingOrder: 'issuedOn',
  DeliverVerdict: 'deliveredOn',
  AwardCompensation: 'awardedOn',
  LodgeAppeal: 'lodgedOn',
  RecordAppealDecision: 'decidedOn',
};

/** Who charges in which stage: the prosecutor before the prosecution decision, the investigating judge after it. */
const CHARGING_ROLE: Partial<Record<CourtFileState['stage'], string>> = { prosecution: 'prosecutor', investigation: 'judge' };

/**
 * The decider leaves roles to the API (its README: "Roles are checked by the API's route
 * policy"). One role rule depends on the file's stage, so the route policy cannot hold it: a
 * charge is the prosecutor's in the prosecution stage and the judge's in the investigation. It is
 * checked here, on the very state the decision is made on (403 `forbidden`). In any other stage
 * the decider answers (409, wrong stage or closed).
 */
function requireChargingRole(command: CourtFileCommand, state: CourtFileState): void {
  if (command.type !== 'ChargePerson') return;
  const allowed = CHARGING_ROLE[state.stage];
  const role = command.metadata.actor.role;
  if (allowed && role !== allowed) {
    throw forbidden(
      'NOT_YOUR_STAGE',
      allowed === 'prosecutor'
        ? 'In the prosecution stage only the prosecutor charges a person'
        : 'In the investigation stage only the investigating judge charges a person',
    );
  }
}

const decider: Decider<CourtFileState, CourtFileCommand, CourtFileEvent> = {
  ...courtFileDecider,
  decide: (command, state) => {
    requireChargingRole(command, state);
    return courtFileDecider.decide(command, state);
  },
};

/** The province of the court a command names (`court-<province>`); undefined for an unknown court, which the decider refuses. */
function provinceOfCourt(court: unknown): string | undefined {
  return typeof court === 'string' ? courtByCode(court)?.province : undefined;
}

/**
 * How the command runner reaches a court file (`court-file-<fileId>`). Routes of the court API
 * use it, and so will the reactor that opens a file from a police forwarding
 * (`OpenCourtFileFromPoliceForwarding`, issued by a reactor, scoped to every province).
 */
export const courtFileCommands: CommandTarget<CourtFileState, CourtFileCommand, CourtFileEvent, ClearCourtFileCommand> = {
  noun: 'court file',
  decider,
  streamId: courtFileStreamId,
  provinceOf: (state) => (state.stage === 'not_opened' ? null : state.province),
  // An unknown court starts nowhere in particular: '' is in no scope but a national one, and the decider refuses it (422).
  startsIn: (command) =>
    command.type === 'OpenCourtFile' || command.type === 'OpenCourtFileFromPoliceForwarding' ? (provinceOfCourt(command.data.court) ?? '') : undefined,
  domainDateOf: (command) => (command.data as unknown as Record<string, string | undefined>)[DOMAIN_DATE_FIELD[command.type]],
  seal: sealCourtPersonalData,
};
