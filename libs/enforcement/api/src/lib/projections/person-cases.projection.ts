import type { RecordedEvent } from '@casetrail/event-sourcing';
import {
  caseIdOfStream,
  PoliceCaseEventType as E,
  type PoliceCaseEvent,
} from '@casetrail/enforcement-contracts';
import type { Projection } from '@casetrail/read-models';

/** A police case naming a person (suspect or victim): pseudonymous ids only. */
export interface PersonInCase {
  personId: string;
  caseId: string;
  as: 'suspect' | 'victim';
}

/**
 * Which cases name each person, so that a route about a person (forget) is scoped by the
 * provinces of those cases. One document per (case, person): a document is fed by one stream.
 */
export const personCasesProjection: Projection<PersonInCase> = {
  name: 'enforcement.person-cases',
  version: 1,
  collection: 'enforcement_person_cases',
  handles: [E.SuspectIdentified, E.VictimRescued, E.VictimReferred],
  documentId: (event: RecordedEvent) => `${caseOf(event)}/${personOf(event).personId}`,
  apply(current, event) {
    return current ?? { ...personOf(event), caseId: caseOf(event) };
  },
};

function caseOf(event: RecordedEvent): string {
  const caseId = caseIdOfStream(event.streamId);
  if (!caseId) throw new Error(`${event.streamId} is not a police case stream`);
  return caseId;
}

function personOf(recorded: RecordedEvent): Pick<PersonInCase, 'personId' | 'as'> {
  const event = recorded as unknown as PoliceCaseEvent;
  if (event.type === E.SuspectIdentified) return { personId: event.data.suspectId, as: 'suspect' };
  if (event.type === E.VictimRescued || event.type === E.VictimReferred) return { personId: event.data.victimId, as: 'victim' };
  throw new Error(`${event.type} names no person`);
}
