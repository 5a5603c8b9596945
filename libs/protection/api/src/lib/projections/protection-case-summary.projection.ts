import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { AgeBand, ExploitationType, Sex } from '@casetrail/kernel';
import {
  ProtectionCaseEventType as E,
  personIdOfStream,
  type CaseClosureReason,
  type FamilyAssessmentOutcome,
  type ProtectionCaseEvent,
  type ReceptionChannel,
} from '@casetrail/protection-contracts';
import type { ScheduledIntegration } from '@casetrail/protection-domain';
import type { Projection } from '@casetrail/read-models';

/** The list's status of a case (the domain's stages once opened). */
export type ProtectionCaseStatus = 'open' | 'integrated' | 'closed';

/** The latest integration of a case and its follow-up visits: what the overdue list reads (the domain schedules from it). */
export type IntegrationSummary = ScheduledIntegration;

/**
 * One row of the protection-case list: facts to filter and page on, the pseudonymous person id,
 * no personal data (no name, no birth date: those are only in the case view, by role and
 * consent). Follow-ups due are computed when read (they change with the date, not with events).
 */
export interface ProtectionCaseSummary {
  personId: string;
  province: string;
  status: ProtectionCaseStatus;
  /** The status a reopening returns to. */
  statusBeforeClosing: Exclude<ProtectionCaseStatus, 'closed'> | null;
  channel: ReceptionChannel;
  receivedOn: string;
  /** The year of `receivedOn`: the list's `year` filter. */
  year: number;
  receivedBy: string;
  entryPoint: string | null;
  countryReturnedFrom: string | null;
  policeCaseId: string | null;
  sex: Sex;
  ageBand: AgeBand;
  exploitationType: ExploitationType;
  /** The organisations the case is referred to, in order (partner workers reach those). */
  referredTo: string[];
  /** The same as keys (`referred.<code>: true`): what the partner scope filters on (read models filter on scalars). */
  referred: Record<string, true>;
  /** Every organisation the case involves (received by, referred to): the list's `organisation` filter. */
  organisations: Record<string, true>;
  consentRecorded: boolean;
  /** The organisation whose shelter the person is in now, or null. */
  inShelter: string | null;
  shelterAdmissions: number;
  services: number;
  claims: number;
  awards: number;
  familyAssessment: FamilyAssessmentOutcome | null;
  integration: IntegrationSummary | null;
  /** Scalars of the integration for the overdue list's filters; null without one. */
  followUpWorker: string | null;
  /** Integrated, not closed, and visits of the schedule still to make. */
  followUpsPending: boolean;
  closedOn: string | null;
  closureReason: CaseClosureReason | null;
  revision: number;
  lastChangedAt: string;
}

function withPending(summary: ProtectionCaseSummary): ProtectionCaseSummary {
  const i = summary.integration;
  return { ...summary, followUpWorker: i?.followUpWorker ?? null, followUpsPending: !!i && summary.status === 'integrated' && i.visits.length < i.followUpScheduleMonths.length };
}

/** The case list's read model: one document per case (per person), fed by the case's stream. */
export const protectionCaseSummaryProjection: Projection<ProtectionCaseSummary> = {
  name: 'protection.case-summary',
  version: 1,
  collection: 'protection_case_summaries',
  handles: Object.values(E),
  documentId: (event: RecordedEvent) => personIdOfStream(event.streamId),
  apply(current, recorded) {
    const event = recorded as unknown as ProtectionCaseEvent;
    const marker = { revision: recorded.streamRevision, lastChangedAt: recorded.recordedAt };
    if (event.type === E.ProtectionCaseOpened) {
      const d = event.data;
      return {
        personId: d.personId,
        province: d.province,
        status: 'open',
        statusBeforeClosing: null,
        channel: d.channel,
        receivedOn: d.receivedOn,
        year: Number(d.receivedOn.slice(0, 4)),
        receivedBy: d.receivedBy,
        entryPoint: d.entryPoint ?? null,
        countryReturnedFrom: d.countryReturnedFrom ?? null,
        policeCaseId: d.policeCaseId ?? null,
        sex: d.sex,
        ageBand: d.ageBand,
        exploitationType: d.exploitationType,
        referredTo: [],
        referred: {},
        organisations: { [d.receivedBy]: true },
        consentRecorded: false,
        inShelter: null,
        shelterAdmissions: 0,
        services: 0,
        claims: 0,
        awards: 0,
        familyAssessment: null,
        integration: null,
        followUpWorker: null,
        followUpsPending: false,
        closedOn: null,
        closureReason: null,
        ...marker,
      };
    }
    if (!current) throw new Error(`${event.type} before the protection case was opened (${recorded.streamId})`);
    const next: ProtectionCaseSummary = { ...current, ...marker };
    switch (event.type) {
      case E.ConsentRecorded:
        return { ...next, consentRecorded: true };
      case E.CaseReferred: {
        const organisation = event.data.organisation;
        const referredTo = current.referredTo.includes(organisation) ? current.referredTo : [...current.referredTo, organisation];
        return { ...next, referredTo, referred: { ...current.referred, [organisation]: true }, organisations: { ...current.organisations, [organisation]: true } };
      }
      case E.ShelterAdmitted:
        return { ...next, inShelter: event.data.shelter, shelterAdmissions: current.shelterAdmissions + 1 };
      case E.ShelterDeparted:
        return { ...next, inShelter: null };
      case E.ServiceDelivered:
        return { ...next, services: current.services + 1 };
      case E.CompensationClaimFiled:
        return { ...next, claims: current.claims + 1 };
      case E.CompensationAwarded:
        return { ...next, awards: current.awards + 1 };
      case E.CompensationReceived:
        return next;
      case E.FamilyAssessed:
        return { ...next, familyAssessment: event.data.outcome };
      case E.PersonIntegrated: {
        const d = event.data;
        const integration: IntegrationSummary = {
          integratedBy: d.integratedBy,
          integratedOn: d.integratedOn,
          province: d.province,
          followUpScheduleMonths: [...d.followUpScheduleMonths],
          followUpWorker: d.followUpWorker,
          visits: [],
        };
        return withPending({ ...next, status: 'integrated', integration });
      }
      case E.FollowUpVisited: {
        const visit = { ...event.data };
        return withPending(current.integration ? { ...next, integration: { ...current.integration, visits: [...current.integration.visits, visit] } } : next);
      }
      case E.ProtectionCaseClosed:
        return withPending({
          ...next,
          status: 'closed',
          statusBeforeClosing: current.status === 'closed' ? current.statusBeforeClosing : current.status,
          closedOn: event.data.closedOn,
          closureReason: event.data.reason,
        });
      case E.ProtectionCaseReopened:
        return withPending({ ...next, status: current.statusBeforeClosing ?? 'open', statusBeforeClosing: null, closedOn: null, closureReason: null });
      default: {
        const unexpected: never = event;
        throw new Error(`Unhandled event ${(unexpected as { type: string }).type}`);
      }
    }
  },
};
