import { Injectable, NotFoundException } from '@nestjs/common';
import { DomainRuleViolation, type CommandMetadata, type RecordedEvent } from '@casetrail/event-sourcing';
import { CourtFileEventType, fileIdOfStream, type CompensationAwardedData } from '@casetrail/court-contracts';
import type { RecordCourtCompensationAward } from '@casetrail/protection-domain';
import { CommandRunner } from '@casetrail/platform-commands';
import type { Reactor } from '@casetrail/platform-nest';
import { protectionCaseCommands } from '../commands/protection-case.commands';

/** The reactor's permanent name: its checkpoint, consumer group and dead letters. */
export const COURT_COMPENSATION_REACTOR = 'protection-records-court-awards';

/**
 * When a court awards compensation to a victim (`court.CompensationAwarded`) whom social affairs
 * already follows (a protection case with the victim's person id: a victim the police rescued
 * keeps their id through the court), the award is recorded on the case's claim for that court
 * file (claim id = court file id; the claim is filed on the award date if the case has none).
 *
 * Most victims of a court file may have no protection case: then nothing happens, and that is
 * not a failure (nothing is retried or dead-lettered). Idempotent: the causation id is the
 * event's id.
 */
@Injectable()
export class CourtCompensationReactor implements Reactor {
  readonly name = COURT_COMPENSATION_REACTOR;
  readonly handles = [CourtFileEventType.CompensationAwarded];

  constructor(private readonly commands: CommandRunner) {}

  async react(event: RecordedEvent): Promise<void> {
    const fileId = fileIdOfStream(event.streamId);
    if (fileId === null) throw new DomainRuleViolation('NOT_A_COURT_FILE', 'The award is not on a court file stream', 'unprocessable');
    const data = event.data as CompensationAwardedData;
    try {
      await this.commands.run(protectionCaseCommands, data.victimId, (metadata) => awardCommand(fileId, data, metadata), {
        issuer: { reactor: this.name },
        correlationId: event.correlationId,
        causationId: event.eventId,
      });
    } catch (error) {
      // A reactor is in every scope: the runner's 404 means only that no case was opened for this person.
      if (error instanceof NotFoundException) return;
      throw error;
    }
  }
}

/** The protection command from the court's award (the court file id is the claim's). */
export function awardCommand(fileId: string, data: CompensationAwardedData, metadata: CommandMetadata): RecordCourtCompensationAward {
  return {
    type: 'RecordCourtCompensationAward',
    data: { courtFileId: fileId, amount: data.amount, currency: data.currency, awardedOn: data.awardedOn },
    metadata,
  };
}
