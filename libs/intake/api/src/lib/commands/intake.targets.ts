import {
  intakePlaceByCode,
  receptionStreamId,
  returnedBodyStreamId,
  screenedPersonStreamId,
  uploadStreamId,
  type ReceptionEvent,
  type ReturnedBodyEvent,
  type ScreenedPersonEvent,
  type UploadEvent,
} from '@casetrail/intake-contracts';
import {
  receptionDecider,
  referredOrganisations,
  returnedBodyDecider,
  screenedPersonDecider,
  uploadDecider,
  type ReceptionCommand,
  type ReceptionState,
  type ReturnedBodyCommand,
  type ReturnedBodyState,
  type ScreenedPersonCommand,
  type ScreenedPersonState,
  type UploadCommand,
  type UploadState,
} from '@casetrail/intake-domain';
import type { CommandTarget } from '@casetrail/platform-commands';
import { sealScreenedPersonalData, type ClearScreenedPersonCommand } from './personal-data-sealing';

/*
 * How the command runner reaches the four intake aggregates. Every record is in the province of
 * its place (a checkpoint's province; Phnom Penh for an embassy abroad): the decider derives it
 * from the place, and a command that starts a stream is checked against the caller's scope by the
 * same rule before anything is decided. A place that is not a code starts nowhere in particular:
 * '' is in no scope but a national one, and the decider refuses it (422).
 */

/** The province a record at `place` belongs to ('' for an unknown place). */
export function provinceOfPlace(place: unknown): string {
  return (typeof place === 'string' && intakePlaceByCode(place)?.province) || '';
}

/** The domain date of a command: when the fact happened in the world. */
const date = (command: { data: unknown }, field: string): string | undefined => (command.data as Record<string, string | undefined>)[field];

const RECEPTION_DATE: Record<ReceptionCommand['type'], string> = {
  RecordReception: 'receivedOn',
  CorrectReception: 'correctedOn',
  WithdrawReception: 'withdrawnOn',
};

/** A reception (`intake-reception-<receptionId>`), in the province of its place as it stands (a correction may move it). */
export const receptionCommands: CommandTarget<ReceptionState, ReceptionCommand, ReceptionEvent> = {
  noun: 'reception',
  decider: receptionDecider,
  streamId: receptionStreamId,
  provinceOf: (state) => state.figures?.province ?? null,
  startsIn: (command) => (command.type === 'RecordReception' ? provinceOfPlace(command.data.place) : undefined),
  domainDateOf: (command) => date(command, RECEPTION_DATE[command.type]),
};

const SCREENING_DATE: Record<ScreenedPersonCommand['type'], string> = {
  ScreenPerson: 'screenedOn',
  ReviseScreening: 'revisedOn',
  ReferPerson: 'referredOn',
};

/**
 * A screened person (`intake-person-<personId>`), in the province of the screening. Partner
 * workers reach the persons referred to their organisation (`unitsOf`), and never screen one (the
 * runner refuses a unit-scoped user a new stream: 403). The name and birth date are sealed
 * under the person's key before the screening is decided.
 */
export const screenedPersonCommands: CommandTarget<ScreenedPersonState, ScreenedPersonCommand, ScreenedPersonEvent, ClearScreenedPersonCommand> = {
  noun: 'screened person',
  decider: screenedPersonDecider,
  streamId: screenedPersonStreamId,
  provinceOf: (state) => state.screening?.province ?? null,
  unitsOf: referredOrganisations,
  startsIn: (command) => (command.type === 'ScreenPerson' ? provinceOfPlace(command.data.place) : undefined),
  domainDateOf: (command) => date(command, SCREENING_DATE[command.type]),
  seal: sealScreenedPersonalData,
};

const BODY_DATE: Record<ReturnedBodyCommand['type'], string> = {
  RecordBodyReceived: 'receivedOn',
  CorrectBodyRecord: 'correctedOn',
};

/** A returned body (`intake-body-<bodyId>`), in the province of its place as it stands. */
export const returnedBodyCommands: CommandTarget<ReturnedBodyState, ReturnedBodyCommand, ReturnedBodyEvent> = {
  noun: 'returned body',
  decider: returnedBodyDecider,
  streamId: returnedBodyStreamId,
  provinceOf: (state) => state.figures?.province ?? null,
  startsIn: (command) => (command.type === 'RecordBodyReceived' ? provinceOfPlace(command.data.place) : undefined),
  domainDateOf: (command) => date(command, BODY_DATE[command.type]),
};

/**
 * The record of a bulk upload (`intake-upload-<sha256>`), written once after its last row, in the
 * uploader's province (a national uploader's: '', which only a national scope covers). It has no
 * domain date: the record says when the file went through.
 */
export const uploadCommands: CommandTarget<UploadState, UploadCommand, UploadEvent> = {
  noun: 'upload',
  decider: uploadDecider,
  streamId: uploadStreamId,
  provinceOf: (state) => (state.completed === null ? null : (state.completed.province ?? '')),
  startsIn: (command) => command.data.province ?? '',
  domainDateOf: () => undefined,
};
