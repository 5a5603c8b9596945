import type { RecordedEvent } from '@casetrail/event-sourcing';
import {
  PoliceCaseEventType as P,
  caseIdOfStream,
  type CaseForwardedToProsecutorData,
  type VictimHandedOverData,
  type VictimReferredData,
  type VictimRescuedData,
} from '@casetrail/enforcement-contracts';
import {
  CourtFileEventType as C,
  fileIdOfStream,
  type CompensationAwardedData as CourtCompensationAwardedData,
  type PoliceCaseReceivedData,
  type VerdictDeliveredData,
  type VictimAddedData,
} from '@casetrail/court-contracts';
import { ProtectionCaseEventType as E, personIdOfStream, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import type { Projection } from '@casetrail/read-models';

/** The context a step of a journey was recorded in. */
export type JourneyContext = 'enforcement' | 'court' | 'protection';

/**
 * One step of a victim's journey: what happened to the person on a date, in which context and
 * record, with the facts that say what it was (codes, amounts; never a name or a birth date).
 */
export interface JourneyStep {
  personId: string;
  /** The domain date of the step. */
  on: string;
  context: JourneyContext;
  /** The police case, court file or protection case (its id). */
  recordId: string;
  step: string;
  details: Record<string, string | number | null>;
  /** Stream revision of the step's event: orders steps of one record on the same date. */
  revision: number;
}

/**
 * The steps one record (a police case, a court file, a protection case) holds about the victims
 * it names. A document is fed by one stream, so a journey is the steps of every document that
 * names the person (`persons.<personId>`), put together when read.
 */
export interface JourneySource {
  context: JourneyContext;
  recordId: string;
  persons: Record<string, 'named'>;
  steps: JourneyStep[];
}

/** Each context's own reading of its stream ids (from its contracts). */
const RECORD_ID_OF_STREAM: ReadonlyArray<readonly [JourneyContext, (streamId: string) => string | null]> = [
  ['enforcement', caseIdOfStream],
  ['court', fileIdOfStream],
  ['protection', personIdOfStream],
];

function sourceOf(streamId: string): { context: JourneyContext; recordId: string } | null {
  for (const [context, recordIdOf] of RECORD_ID_OF_STREAM) {
    const recordId = recordIdOf(streamId);
    if (recordId !== null) return { context, recordId };
  }
  return null;
}

type Details = JourneyStep['details'];

/** The steps an event adds, each about one person (null: the event is no step of a journey). */
function stepsOf(event: RecordedEvent, source: JourneySource): Array<{ personId: string; on: string; step: string; details: Details }> {
  const d = event.data as Record<string, unknown>;
  switch (event.type) {
    case P.VictimRescued: {
      const v = d as unknown as VictimRescuedData;
      return [{ personId: v.victimId, on: v.rescuedOn, step: 'rescued', details: { exploitationType: v.exploitationType } }];
    }
    case P.VictimReferred: {
      // A person screened at a border and referred to the police: a victim of the case, not a rescue.
      const v = d as unknown as VictimReferredData;
      return [{ personId: v.victimId, on: v.referredOn, step: 'referred_to_police', details: { screenedAt: v.screenedAt, exploitationType: v.exploitationType } }];
    }
    case P.VictimHandedOver: {
      const h = d as unknown as VictimHandedOverData;
      return [{ personId: h.victimId, on: h.handedOverOn, step: 'handed_over', details: { destination: h.destination, organisation: h.organisation ?? null } }];
    }
    case P.CaseForwardedToProsecutor: {
      const f = d as unknown as CaseForwardedToProsecutorData;
      return f.victimIds.map((personId) => ({ personId, on: f.forwardedOn, step: 'case_forwarded_to_prosecutor', details: { court: f.court ?? null } }));
    }
    case C.PoliceCaseReceived: {
      const r = d as unknown as PoliceCaseReceivedData;
      return r.victims.map((v) => ({ personId: v.personId, on: r.receivedOn, step: 'court_file_opened', details: { court: r.court } }));
    }
    case C.VictimAdded: {
      const v = d as unknown as VictimAddedData;
      return [{ personId: v.personId, on: v.addedOn, step: 'added_to_court_file', details: {} }];
    }
    case C.VerdictDelivered: {
      // A verdict is about an accused; each victim of the file sees it as a step of their case.
      const v = d as unknown as VerdictDeliveredData;
      return Object.keys(source.persons).map((personId) => ({ personId, on: v.deliveredOn, step: 'verdict_delivered', details: { outcome: v.outcome } }));
    }
    case C.CompensationAwarded: {
      const a = d as unknown as CourtCompensationAwardedData;
      return [{ personId: a.victimId, on: a.awardedOn, step: 'compensation_awarded_by_court', details: { amount: a.amount, currency: a.currency } }];
    }
    default:
      return protectionStepsOf(event);
  }
}

/** A protection case's own events: every one is a step of its person's journey. */
function protectionStepsOf(recorded: RecordedEvent): Array<{ personId: string; on: string; step: string; details: Details }> {
  const personId = sourceOf(recorded.streamId)?.recordId;
  if (!personId || !recorded.type.startsWith('protection.')) return [];
  const event = recorded as unknown as ProtectionCaseEvent;
  const step = (on: string, name: string, details: Details = {}) => [{ personId, on, step: name, details }];
  switch (event.type) {
    case E.ProtectionCaseOpened:
      return step(event.data.receivedOn, 'received_by_social_affairs', { channel: event.data.channel, receivedBy: event.data.receivedBy });
    case E.ConsentRecorded:
      return step(event.data.recordedOn, 'consent_recorded', { organisations: event.data.sharing.length });
    case E.CaseReferred:
      return step(event.data.referredOn, 'referred', { organisation: event.data.organisation, purpose: event.data.purpose });
    case E.ShelterAdmitted:
      return step(event.data.admittedOn, 'shelter_admitted', { shelter: event.data.shelter });
    case E.ShelterDeparted:
      return step(event.data.departedOn, 'shelter_departed', { shelter: event.data.shelter, reason: event.data.reason });
    case E.ServiceDelivered:
      return step(event.data.deliveredOn, 'service_delivered', { service: event.data.service, organisation: event.data.organisation });
    case E.CompensationClaimFiled:
      return step(event.data.filedOn, 'compensation_claim_filed', { claimId: event.data.claimId, supportingOrganisation: event.data.supportingOrganisation });
    case E.CompensationAwarded:
      return step(event.data.awardedOn, 'compensation_awarded', { claimId: event.data.claimId, amount: event.data.amount, currency: event.data.currency, source: event.data.source });
    case E.CompensationReceived:
      return step(event.data.receivedOn, 'compensation_received', { claimId: event.data.claimId, amount: event.data.amount, currency: event.data.currency });
    case E.FamilyAssessed:
      return step(event.data.assessedOn, 'family_assessed', { outcome: event.data.outcome });
    case E.PersonIntegrated:
      return step(event.data.integratedOn, 'integrated', { integratedBy: event.data.integratedBy, province: event.data.province });
    case E.FollowUpVisited:
      return step(event.data.visitedOn, 'follow_up_visit', { visitNumber: event.data.visitNumber, outcome: event.data.outcome });
    case E.ProtectionCaseClosed:
      return step(event.data.closedOn, 'case_closed', { reason: event.data.reason });
    case E.ProtectionCaseReopened:
      return step(event.data.reopenedOn, 'case_reopened');
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/**
 * A victim's journey across contexts (rescue, or referral to the police after a border screening
 * → hand-over → court → shelter → compensation → integration → follow-ups): the protection
 * context reads the enforcement and court events that name a victim, and its own. Pseudonymous ids and codes only.
 */
export const victimJourneyProjection: Projection<JourneySource> = {
  name: 'protection.victim-journey',
  version: 1,
  collection: 'protection_journey_sources',
  handles: [
    P.VictimRescued,
    P.VictimReferred,
    P.VictimHandedOver,
    P.CaseForwardedToProsecutor,
    C.PoliceCaseReceived,
    C.VictimAdded,
    C.VerdictDelivered,
    C.CompensationAwarded,
    ...Object.values(E),
  ],
  documentId: (event) => event.streamId,
  apply(current, event) {
    const source = sourceOf(event.streamId);
    if (!source) return current;
    // A record without victims has no document: it is no step of anyone's journey.
    const base: JourneySource = current ?? { ...source, persons: {}, steps: [] };
    const steps = stepsOf(event, base);
    if (steps.length === 0) return current;
    const persons = { ...base.persons };
    for (const s of steps) persons[s.personId] = 'named';
    return {
      ...base,
      persons,
      steps: [...base.steps, ...steps.map((s) => ({ ...s, context: source.context, recordId: source.recordId, revision: event.streamRevision }))],
    };
  },
};

/** The read-model filter that finds the records naming a person. */
export function journeySourcesNaming(personId: string) {
  return { [`persons.${personId}`]: 'named' };
}

const CONTEXT_ORDER: Record<JourneyContext, number> = { enforcement: 0, court: 1, protection: 2 };

/** A person's steps from every record naming them, in the order they happened. */
export function journeyOf(personId: string, sources: readonly JourneySource[]): JourneyStep[] {
  return sources
    .flatMap((s) => s.steps.filter((step) => step.personId === personId))
    .sort((a, b) => a.on.localeCompare(b.on) || CONTEXT_ORDER[a.context] - CONTEXT_ORDER[b.context] || a.recordId.localeCompare(b.recordId) || a.revision - b.revision);
}
