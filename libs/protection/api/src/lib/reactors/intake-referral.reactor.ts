import { Injectable } from '@nestjs/common';
import { DomainRuleViolation, type CommandMetadata, type RecordedEvent } from '@casetrail/event-sourcing';
import { isEntryPointCode } from '@casetrail/kernel';
import { IntakeEventType, screenedPersonIdOfStream, type PersonReferredData } from '@casetrail/intake-contracts';
import type { ReceiveIntakeReferral } from '@casetrail/protection-domain';
import { CommandRunner } from '@casetrail/platform-commands';
import type { Reactor } from '@casetrail/platform-nest';
import { protectionCaseCommands } from '../commands/protection-case.commands';

/** The reactor's permanent name: its checkpoint, consumer group and dead letters. */
export const INTAKE_PROTECTION_REFERRAL_REACTOR = 'protection-opens-intake-referrals';

/**
 * When intake refers a screened person to social affairs or to a partner organisation
 * (`intake.PersonReferred`), the protection case is opened from that event alone (in distributed
 * mode this process never reads intake's streams): the same person id (the screened person's),
 * the person as screened, the sealed personal part copied as sealed (the same person key),
 * received by the organisation named, in the referral's province, channel `border_screening`;
 * a partner also has the case referred to it, so its workers reach it. A person who already has a
 * case (an earlier referral, a police hand-over) gets no second one: that case is referred to the
 * organisation. Referrals to the police or the family are not social affairs': nothing happens.
 *
 * Idempotent: the command carries the event's id as causation id (a redelivered referral appends
 * nothing). A referral that cannot be received is refused for good and dead-lettered by the host
 * with the reason, e.g. a referral to the person's closed case (someone reopens it first).
 */
@Injectable()
export class IntakeProtectionReferralReactor implements Reactor {
  readonly name = INTAKE_PROTECTION_REFERRAL_REACTOR;
  readonly handles = [IntakeEventType.PersonReferred];

  constructor(private readonly commands: CommandRunner) {}

  async react(event: RecordedEvent): Promise<void> {
    const data = event.data as PersonReferredData;
    if (data.destination !== 'social_affairs' && data.destination !== 'partner_organisation') return;
    const personId = screenedPersonIdOfStream(event.streamId);
    if (personId === null) throw new DomainRuleViolation('NOT_A_SCREENED_PERSON', 'The referral is not on a screened person stream', 'unprocessable');
    await this.commands.run(protectionCaseCommands, personId, (metadata) => receivingCommand(personId, data, metadata), {
      issuer: { reactor: this.name },
      correlationId: event.correlationId,
      causationId: event.eventId,
    });
  }
}

/** The protection command from the referral's own data (nothing else of intake is read). */
export function receivingCommand(personId: string, data: PersonReferredData, metadata: CommandMetadata): ReceiveIntakeReferral {
  const { person } = data;
  if (data.organisation === undefined) {
    throw new DomainRuleViolation('REFERRAL_WITHOUT_ORGANISATION', 'A referral to social affairs or a partner names no organisation', 'unprocessable');
  }
  return {
    type: 'ReceiveIntakeReferral',
    data: {
      personId,
      province: data.province,
      organisation: data.organisation,
      destination: data.destination as ReceiveIntakeReferral['data']['destination'],
      referredOn: data.referredOn,
      // An airport or checkpoint is where the person entered; an embassy abroad is no entry point.
      ...(isEntryPointCode(person.place) ? { entryPoint: person.place } : {}),
      countryReturnedFrom: person.countryReturnedFrom,
      sex: person.sex,
      nationality: person.nationality,
      ...(person.ageInYears !== undefined ? { ageInYears: person.ageInYears } : {}),
      ageBand: person.ageBand,
      ageBandOn: person.ageBandOn,
      exploitationType: person.exploitationType,
      personal: person.personal,
    },
    metadata,
  };
}
