import { Injectable } from '@nestjs/common';
import { DomainRuleViolation, type CommandMetadata, type RecordedEvent } from '@casetrail/event-sourcing';
import { policeUnitByCode } from '@casetrail/enforcement-contracts';
import type { RecordReferredVictim } from '@casetrail/enforcement-domain';
import { IntakeEventType, screenedPersonIdOfStream, type PersonReferredData } from '@casetrail/intake-contracts';
import { CommandRunner, nameBasedUuid } from '@casetrail/platform-commands';
import type { Reactor } from '@casetrail/platform-nest';
import { policeCaseCommands } from '../commands/police-case.commands';

/** The reactor's permanent name: its checkpoint, consumer group and dead letters. */
export const INTAKE_POLICE_REFERRAL_REACTOR = 'enforcement-receives-intake-referrals';

/**
 * The id of the case opened for a referral that names none: named by the person and the unit, so
 * a redelivered referral finds the same case, and one person referred to two units gets two cases.
 * Permanent: never change the name's form.
 */
export function referralCaseId(personId: string, policeUnit: string): string {
  return nameBasedUuid(`casetrail:enforcement:referral-case:${personId}:${policeUnit}`);
}

/**
 * When intake refers a screened person to the police (`intake.PersonReferred`, destination
 * `police`), the person becomes a victim of a police case (`enforcement.VictimReferred`), from
 * that event alone (in distributed mode this process never reads intake's streams): the victim id
 * is the screened person's id, the person as screened, the sealed part copied as sealed (the same
 * person key). The case is the one the referral names (`policeCaseId`), or else one opened for the
 * referral under the unit it is addressed to, for the suspected offence, in the same decision.
 * Referrals elsewhere (social affairs, partners, family) are not the police's: nothing happens.
 *
 * Idempotent: the command carries the event's id as causation id, so a redelivered referral
 * appends nothing (the opened case and its victim are one append). A referral that cannot be
 * recorded is refused for good and dead-lettered by the host with the reason: a named case that
 * does not exist (404), is closed or forwarded, or already has the person as a victim (409).
 */
@Injectable()
export class IntakePoliceReferralReactor implements Reactor {
  readonly name = INTAKE_POLICE_REFERRAL_REACTOR;
  readonly handles = [IntakeEventType.PersonReferred];

  constructor(private readonly commands: CommandRunner) {}

  async react(event: RecordedEvent): Promise<void> {
    const data = event.data as PersonReferredData;
    if (data.destination !== 'police') return;
    const personId = screenedPersonIdOfStream(event.streamId);
    if (personId === null) throw new DomainRuleViolation('NOT_A_SCREENED_PERSON', 'The referral is not on a screened person stream', 'unprocessable');
    const caseId = data.policeCaseId ?? referralCaseId(personId, requirePoliceUnit(data));
    await this.commands.run(policeCaseCommands, caseId, (metadata) => referredVictimCommand(personId, caseId, data, metadata), {
      issuer: { reactor: this.name },
      correlationId: event.correlationId,
      causationId: event.eventId,
    });
  }
}

function requirePoliceUnit(data: PersonReferredData): string {
  if (data.policeUnit === undefined) throw new DomainRuleViolation('REFERRAL_WITHOUT_UNIT', 'A referral to the police names no police unit', 'unprocessable');
  return data.policeUnit;
}

/** The police command from the referral's own data (nothing else of intake is read). */
export function referredVictimCommand(personId: string, caseId: string, data: PersonReferredData, metadata: CommandMetadata): RecordReferredVictim {
  const { person } = data;
  return {
    type: 'RecordReferredVictim',
    data: {
      victimId: personId,
      sex: person.sex,
      nationality: person.nationality,
      ...(person.ageInYears !== undefined ? { ageInYears: person.ageInYears } : {}),
      ageBand: person.ageBand,
      ageBandOn: person.ageBandOn,
      exploitationType: person.exploitationType,
      referredOn: data.referredOn,
      screenedAt: person.place,
      personal: person.personal,
      ...(data.policeCaseId === undefined ? { openCase: caseForReferral(caseId, data) } : {}),
    },
    metadata,
  };
}

/**
 * The case a referral naming none opens: under the unit it is addressed to, in the referral's
 * province (the unit's; a national unit's referral is in the screening's), for the suspected
 * offence, with the screening place as its reference (`intake:<place>`).
 */
function caseForReferral(caseId: string, data: PersonReferredData): NonNullable<RecordReferredVictim['data']['openCase']> {
  const unit = policeUnitByCode(requirePoliceUnit(data));
  if (!unit) throw new DomainRuleViolation('UNKNOWN_UNIT', 'policeUnit must be a police unit of the reference list', 'unprocessable');
  if (data.suspectedOffence === undefined) {
    throw new DomainRuleViolation('NO_OFFENCE', 'A referral to the police without a case names the suspected offence', 'unprocessable');
  }
  return {
    caseId,
    unit: { code: unit.code, type: unit.type },
    province: data.province,
    offences: [data.suspectedOffence],
    reference: `intake:${data.person.place}`,
  };
}
