import type { CommandMetadata } from '@casetrail/event-sourcing';
import { intakeRecordName, type IntakeRecordKind } from '@casetrail/intake-contracts';
import type { ClearScreenedPersonCommand } from '@casetrail/intake-api';
import { nameBasedUuid } from '@casetrail/platform-commands';
import type { ReceptionCommand, ReturnedBodyCommand } from '@casetrail/intake-domain';
import type { PlannedIntakeCall } from '../seed/plan-intake';

type Body = Record<string, unknown>;
/** The id the API and the upload name a record by (`nameBasedUuid(intakeRecordName(...))`). */
const intakeRecordId = (kind: IntakeRecordKind, place: string, reference: string) => nameBasedUuid(intakeRecordName(kind, place, reference));
const opt = (name: string, v: unknown) => (v === undefined ? {} : { [name]: v });

/**
 * The references of one generator run: as planned on a fresh store; on a store appended to, made
 * unique by the head position it started at, so a second run of the same years names new records
 * instead of finding the first run's (a second `Record…` on a started stream is refused).
 */
export function runReference(head: number): (reference: unknown) => string {
  return (reference) => (head === 0 ? String(reference) : `${String(reference)}@${head}`);
}

/** The id the API names the call's record by (place and reference), and the stream it reaches. */
export function intakeRecordOf(call: PlannedIntakeCall, screeningOfReferral: PlannedIntakeCall | undefined, reference: (r: unknown) => string): { kind: IntakeRecordKind; id: string } {
  const named = (kind: IntakeRecordKind, b: Body) => ({ kind, id: intakeRecordId(kind, String(b['place']), reference(b['reference'])) });
  switch (call.step) {
    case 'record-reception':
      return named('reception', call.body);
    case 'screen-person':
      return named('screened-person', call.body);
    case 'refer-person':
      if (!screeningOfReferral) throw new Error('A referral without its screening');
      return named('screened-person', screeningOfReferral.body);
    case 'record-body':
      return named('body', call.body);
  }
}

/** The reception command the route builds from its body (the controller's mapping). */
export function receptionCommand(call: PlannedIntakeCall, reference: (r: unknown) => string, metadata: CommandMetadata): ReceptionCommand {
  const b = call.body;
  const counts = b['counts'] as { men: number; women: number; boys: number; girls: number };
  return {
    type: 'RecordReception',
    data: {
      receptionId: intakeRecordId('reception', String(b['place']), reference(b['reference'])),
      reference: reference(b['reference']),
      place: b['place'],
      receivedOn: b['receivedOn'],
      receivedBy: b['receivedBy'],
      returnedBy: b['returnedBy'],
      countryReturnedFrom: b['countryReturnedFrom'],
      reason: b['reason'],
      counts: { men: counts.men, women: counts.women, boys: counts.boys, girls: counts.girls },
    },
    metadata,
  } as ReceptionCommand;
}

/**
 * The screened-person command the route builds: a screening names its reception by reference at
 * the same place (the lookup's id; the plan never moves a reception, so its place is the
 * screening's), a referral carries the body's fields.
 */
export function screenedPersonCommand(call: PlannedIntakeCall, reference: (r: unknown) => string, personId: string, metadata: CommandMetadata): ClearScreenedPersonCommand {
  const b = call.body;
  if (call.step === 'screen-person') {
    return {
      type: 'ScreenPerson',
      data: {
        personId,
        reference: reference(b['reference']),
        receptionId: intakeRecordId('reception', String(b['place']), reference(b['receptionReference'])),
        receptionPlace: b['place'],
        place: b['place'],
        screenedOn: b['screenedOn'],
        screenedBy: b['screenedBy'],
        outcome: b['outcome'],
        ...opt('exploitationIndicated', b['exploitationIndicated']),
        sex: b['sex'],
        nationality: b['nationality'],
        countryReturnedFrom: b['countryReturnedFrom'],
        ...opt('birthDate', b['birthDate']),
        ...opt('ageInYears', b['ageInYears']),
        ...(b['personal'] ? { personal: { ...(b['personal'] as object) } } : {}),
      },
      metadata,
    } as ClearScreenedPersonCommand;
  }
  if (call.step !== 'refer-person') throw new Error(`Not a screened-person step: ${call.step}`);
  return {
    type: 'ReferPerson',
    data: {
      destination: b['destination'],
      referredOn: b['referredOn'],
      ...opt('organisation', b['organisation']),
      ...opt('policeUnit', b['policeUnit']),
      ...opt('policeCaseId', b['policeCaseId']),
      ...opt('suspectedOffence', b['suspectedOffence']),
    },
    metadata,
  } as ClearScreenedPersonCommand;
}

/** The returned-body command the route builds from its body. */
export function returnedBodyCommand(call: PlannedIntakeCall, reference: (r: unknown) => string, metadata: CommandMetadata): ReturnedBodyCommand {
  const b = call.body;
  return {
    type: 'RecordBodyReceived',
    data: {
      bodyId: intakeRecordId('body', String(b['place']), reference(b['reference'])),
      reference: reference(b['reference']),
      place: b['place'],
      receivedOn: b['receivedOn'],
      receivedBy: b['receivedBy'],
      broughtBy: b['broughtBy'],
      countryOfDeath: b['countryOfDeath'],
      sex: b['sex'],
      cause: b['cause'],
    },
    metadata,
  } as ReturnedBodyCommand;
}
