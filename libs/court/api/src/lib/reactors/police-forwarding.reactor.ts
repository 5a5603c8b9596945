import { Injectable } from '@nestjs/common';
import { DomainRuleViolation, type CommandMetadata, type RecordedEvent } from '@casetrail/event-sourcing';
import { PoliceCaseEventType, caseIdOfStream, type CaseForwardedToProsecutorData } from '@casetrail/enforcement-contracts';
import type { OpenCourtFileFromPoliceForwarding } from '@casetrail/court-domain';
import { CommandRunner } from '@casetrail/platform-commands';
import type { Reactor } from '@casetrail/platform-nest';
import { courtFileCommands } from '../commands/court-file.commands';

/** The reactor's permanent name: its checkpoint, consumer group and dead letters. */
export const POLICE_FORWARDING_REACTOR = 'court-opens-forwarded-cases';

/**
 * When the police forward a case to the prosecutor (`enforcement.CaseForwardedToProsecutor`,
 * schema v2), the court file is opened at the court of the province named in the forwarding
 * (else the case's province), with the arrested suspects as accused and the rescued victims,
 * as the police recorded them: ids, sex, nationality, age band and its date, sealed personal
 * data copied as sealed (the same person keys). The file id is the police case id, and the
 * forwarding's date is the date the file is received.
 *
 * Idempotent: the command carries the event's id as causation id (a redelivered forwarding
 * appends nothing). A forwarding that cannot open a file is refused for good and
 * dead-lettered by the host: a v1 forwarding upcast (it carries no persons; the prosecutor opens
 * that file by hand), or a second forwarding of a reopened case whose file is already open.
 */
@Injectable()
export class PoliceForwardingReactor implements Reactor {
  readonly name = POLICE_FORWARDING_REACTOR;
  readonly handles = [PoliceCaseEventType.CaseForwardedToProsecutor];

  constructor(private readonly commands: CommandRunner) {}

  async react(event: RecordedEvent): Promise<void> {
    const caseId = caseIdOf(event.streamId);
    const data = event.data as CaseForwardedToProsecutorData;
    await this.commands.run(courtFileCommands, caseId, (metadata) => openingCommand(caseId, data, metadata), {
      issuer: { reactor: this.name },
      correlationId: event.correlationId,
      causationId: event.eventId,
    });
  }
}

function caseIdOf(streamId: string): string {
  const caseId = caseIdOfStream(streamId);
  if (caseId === null) throw new DomainRuleViolation('NOT_A_POLICE_CASE', 'The forwarding is not on a police case stream', 'unprocessable');
  return caseId;
}

/** The court's command from the forwarding's own data (nothing else of the police is read). */
export function openingCommand(caseId: string, data: CaseForwardedToProsecutorData, metadata: CommandMetadata): OpenCourtFileFromPoliceForwarding {
  const { persons, offences, unit, province } = data;
  if (persons === null || offences === null || unit === null || province === null) {
    throw new DomainRuleViolation('FORWARDING_WITHOUT_PERSONS', 'A forwarding of schema version 1 names no persons; open this court file by hand', 'unprocessable');
  }
  return {
    type: 'OpenCourtFileFromPoliceForwarding',
    data: {
      fileId: caseId,
      court: `court-${data.court ?? province}`,
      receivedOn: data.forwardedOn,
      policeCaseId: caseId,
      forwardingUnit: unit,
      forwardedOn: data.forwardedOn,
      offences,
      accused: persons.suspects.map((s) => ({
        personId: s.suspectId,
        sex: s.sex,
        nationality: s.nationality,
        ...(s.ageInYears !== undefined ? { ageInYears: s.ageInYears } : {}),
        ageBand: s.ageBand,
        ageBandOn: s.ageBandOn,
        arrestedOn: s.arrestedOn,
        personal: s.personal,
      })),
      victims: persons.victims.map((v) => ({
        personId: v.victimId,
        sex: v.sex,
        nationality: v.nationality,
        ...(v.ageInYears !== undefined ? { ageInYears: v.ageInYears } : {}),
        ageBand: v.ageBand,
        ageBandOn: v.ageBandOn,
        exploitationType: v.exploitationType,
        personal: v.personal,
      })),
    },
    metadata,
  };
}
