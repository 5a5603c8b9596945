import { Injectable } from '@nestjs/common';
import { DomainRuleViolation, type CommandMetadata, type RecordedEvent } from '@casetrail/event-sourcing';
import { PoliceCaseEventType, caseIdOfStream, type VictimHandedOverData } from '@casetrail/enforcement-contracts';
import { PROTECTION_ORGANISATIONS, departmentOfProvince } from '@casetrail/protection-contracts';
import type { OpenProtectionCaseFromHandOver } from '@casetrail/protection-domain';
import { CommandRunner } from '@casetrail/platform-commands';
import type { Reactor } from '@casetrail/platform-nest';
import { protectionCaseCommands } from '../commands/protection-case.commands';

/** The reactor's permanent name: its checkpoint, consumer group and dead letters. */
export const HAND_OVER_REACTOR = 'protection-opens-handed-over-victims';

const PARTNERS = PROTECTION_ORGANISATIONS.filter((o) => o.kind === 'partner_organisation');
const folded = (text: string) => text.trim().toLowerCase();

/**
 * The partner organisation the police named (free text at the hand-over): its code, its code
 * without the `ngo-` prefix, or its name, case-insensitively; undefined when none matches.
 */
export function partnerNamed(organisation: string | undefined): string | undefined {
  if (organisation === undefined || organisation.trim() === '') return undefined;
  const wanted = folded(organisation);
  return PARTNERS.find((p) => [p.code, p.code.replace(/^ngo-/, ''), p.name].some((name) => folded(name) === wanted))?.code;
}

/**
 * When the police hand a victim over to social affairs or to a partner organisation
 * (`enforcement.VictimHandedOver`, schema v2), the protection case is opened from that event
 * alone: the same person id (the police victim id), the victim as the police recorded them, the
 * sealed personal part copied as sealed (the same person key). It is received by the province's
 * department, or by the partner the police named, and then also referred to that partner. A
 * victim returned to their family has no case. A victim who already has a case (a person screened
 * at a border keeps that id as a police victim, and may have been referred to social affairs too)
 * gets no second one: the case is referred to the partner named, if any.
 *
 * Idempotent: the command carries the event's id as causation id (a redelivered hand-over appends
 * nothing). A hand-over that cannot open a case is refused for good and dead-lettered by the
 * host: a v1 hand-over upcast (it carries no victim; a social worker registers that person by
 * hand).
 */
@Injectable()
export class HandOverReactor implements Reactor {
  readonly name = HAND_OVER_REACTOR;
  readonly handles = [PoliceCaseEventType.VictimHandedOver];

  constructor(private readonly commands: CommandRunner) {}

  async react(event: RecordedEvent): Promise<void> {
    const data = event.data as VictimHandedOverData;
    if (data.destination === 'family') return;
    const policeCaseId = caseIdOfStream(event.streamId);
    if (policeCaseId === null) throw new DomainRuleViolation('NOT_A_POLICE_CASE', 'The hand-over is not on a police case stream', 'unprocessable');
    await this.commands.run(protectionCaseCommands, data.victimId, (metadata) => openingCommand(policeCaseId, data, metadata), {
      issuer: { reactor: this.name },
      correlationId: event.correlationId,
      causationId: event.eventId,
    });
  }
}

/** The protection command from the hand-over's own data (nothing else of the police is read). */
export function openingCommand(policeCaseId: string, data: VictimHandedOverData, metadata: CommandMetadata): OpenProtectionCaseFromHandOver {
  const { victim, province, unit } = data;
  if (victim === null || province === null || unit === null) {
    throw new DomainRuleViolation('HAND_OVER_WITHOUT_VICTIM', 'A hand-over of schema version 1 does not describe the victim; register this person by hand', 'unprocessable');
  }
  const partner = data.destination === 'partner_organisation' ? partnerNamed(data.organisation) : undefined;
  return {
    type: 'OpenProtectionCaseFromHandOver',
    data: {
      personId: data.victimId,
      province,
      receivedBy: partner ?? departmentOfProvince(province),
      handedOverOn: data.handedOverOn,
      policeCaseId,
      handedOverBy: unit,
      rescuedOn: victim.rescuedOn,
      sex: victim.sex,
      nationality: victim.nationality,
      ...(victim.ageInYears !== undefined ? { ageInYears: victim.ageInYears } : {}),
      ageBand: victim.ageBand,
      ageBandOn: victim.ageBandOn,
      exploitationType: victim.exploitationType,
      personal: victim.personal,
      ...(partner ? { referredTo: partner } : {}),
    },
    metadata,
  };
}
