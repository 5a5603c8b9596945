import type { RecordedEvent } from '@casetrail/event-sourcing';
import {
  CourtFileEventType as E,
  fileIdOfStream,
  type ClosingOrderOutcome,
  type CourtFileEvent,
  type CourtFileOpenedData,
  type OffenceClass,
  type ProsecutionAction,
  type RetentionReason,
  type TrialRoute,
  type VerdictOutcome,
} from '@casetrail/court-contracts';
import type { CourtFileStage, DetentionRecord } from '@casetrail/court-domain';
import { searchKeyOf } from '@casetrail/kernel';
import type { Projection } from '@casetrail/read-models';

/** A detention in force, as stored: the facts the domain's deadline view reads (the deadline itself is computed when read). */
export interface DetentionInForce {
  personId: string;
  orderedOn: string;
  offenceClass: OffenceClass;
  limitId: string;
  extensions: DetentionRecord['extensions'];
}

export interface VerdictOutcomeSummary {
  /** Pseudonymous person id of the accused. */
  personId: string;
  outcome: VerdictOutcome;
  deliveredOn: string;
}

/**
 * One row of the court-file list: facts to filter and page on, pseudonymous ids, no personal
 * data. Deadlines and the `pastLimit` flag are computed at query time (they change with the
 * date, not with events).
 */
export interface CourtFileSummary {
  fileId: string;
  court: string;
  province: string;
  stage: Exclude<CourtFileStage, 'not_opened'>;
  origin: 'police' | 'direct';
  /** The police case the file came from (equal to the file id), or null for a file opened directly. */
  policeCaseId: string | null;
  /** The date the file was opened or the police case received. */
  openedOn: string;
  /** The year of `openedOn` (a date in Cambodia): the list's `year` filter. */
  year: number;
  /** The court's own file reference (given when a file is opened directly), or null. */
  reference: string | null;
  /** `reference` case-folded (`searchKeyOf`), what the list's `reference` search reads; not part of a row as answered. */
  referenceSearch: string | null;
  /** Code of the police unit that forwarded the case, or null for a file opened directly: the list's `unit` filter. */
  forwardingUnit: string | null;
  offences: string[];
  /** The first offence (the file's principal offence): the list's `offence` filter, as the police list's. */
  principalOffence: string;
  accused: number;
  victims: number;
  /** Accused charged with at least one offence. */
  charged: number;
  chargedPersonIds: string[];
  prosecutionDecision: { action: ProsecutionAction; decidedOn: string; reason: RetentionReason | null; trialRoute: TrialRoute | null; appearedOn: string | null } | null;
  closingOrder: { outcome: ClosingOrderOutcome; issuedOn: string } | null;
  /** Every first-instance verdict, in order (a deferral or a release on bail may be followed by another). */
  verdicts: VerdictOutcomeSummary[];
  detentionsInForce: DetentionInForce[];
  /** For the deadline list's filter (read models filter on scalars). */
  hasDetentionInForce: boolean;
  appeals: number;
  compensationAwards: number;
  revision: number;
  lastChangedAt: string;
}

/** The court-file list's read model: one document per file, fed by the file's stream. */
export const courtFileSummaryProjection: Projection<CourtFileSummary> = {
  name: 'court.file-summary',
  // 2: year, reference (and its search copy), forwarding unit and principal offence, for the list's filters.
  version: 2,
  collection: 'court_file_summaries',
  handles: Object.values(E),
  documentId: (event: RecordedEvent) => fileIdOfStream(event.streamId),
  apply(current, recorded) {
    const event = recorded as unknown as CourtFileEvent;
    const marker = { revision: recorded.streamRevision, lastChangedAt: recorded.recordedAt };
    if (event.type === E.PoliceCaseReceived || event.type === E.CourtFileOpened) {
      const d = event.data;
      const police = event.type === E.PoliceCaseReceived ? event.data : null;
      const direct = event.type === E.CourtFileOpened ? event.data : null;
      const openedOn = police ? police.receivedOn : (direct as CourtFileOpenedData).openedOn;
      const reference = direct?.reference ?? null;
      return {
        fileId: d.fileId,
        court: d.court,
        province: d.province,
        stage: 'prosecution',
        origin: police ? 'police' : 'direct',
        policeCaseId: police ? police.policeCaseId : null,
        openedOn,
        year: Number(openedOn.slice(0, 4)),
        reference,
        referenceSearch: reference ? searchKeyOf(reference) : null,
        forwardingUnit: police ? police.forwardingUnit : null,
        offences: [...d.offences],
        principalOffence: d.offences[0],
        accused: police ? police.accused.length : 0,
        victims: police ? police.victims.length : 0,
        charged: 0,
        chargedPersonIds: [],
        prosecutionDecision: null,
        closingOrder: null,
        verdicts: [],
        detentionsInForce: [],
        hasDetentionInForce: false,
        appeals: 0,
        compensationAwards: 0,
        ...marker,
      };
    }
    if (!current) throw new Error(`${event.type} before the court file was opened (${recorded.streamId})`);
    const next: CourtFileSummary = { ...current, ...marker };
    const detentions = (list: DetentionInForce[]) => ({ ...next, detentionsInForce: list, hasDetentionInForce: list.length > 0 });
    switch (event.type) {
      case E.AccusedAdded:
        return { ...next, accused: current.accused + 1 };
      case E.VictimAdded:
        return { ...next, victims: current.victims + 1 };
      case E.PersonCharged: {
        const d = event.data;
        const offences = [...current.offences, ...d.offences.filter((o) => !current.offences.includes(o))];
        const chargedPersonIds = current.chargedPersonIds.includes(d.personId) ? current.chargedPersonIds : [...current.chargedPersonIds, d.personId];
        return { ...next, offences, chargedPersonIds, charged: chargedPersonIds.length };
      }
      case E.ProsecutionDecided: {
        const d = event.data;
        const stage: CourtFileSummary['stage'] =
          d.action === 'submitted_for_investigation' ? 'investigation' : d.action === 'submitted_for_trial' ? 'trial' : 'retained_without_processing';
        return {
          ...next,
          stage,
          prosecutionDecision: { action: d.action, decidedOn: d.decidedOn, reason: d.reason ?? null, trialRoute: d.trialRoute ?? null, appearedOn: d.appearedOn ?? null },
        };
      }
      case E.PreTrialDetentionOrdered: {
        const d = event.data;
        const rest = current.detentionsInForce.filter((x) => x.personId !== d.personId);
        return detentions([...rest, { personId: d.personId, orderedOn: d.orderedOn, offenceClass: d.offenceClass, limitId: d.limitId, extensions: [] }]);
      }
      case E.PreTrialDetentionExtended: {
        const d = event.data;
        return detentions(
          current.detentionsInForce.map((x) => (x.personId === d.personId ? { ...x, extensions: [...x.extensions, { extendedOn: d.extendedOn, months: d.months }] } : x)),
        );
      }
      case E.PreTrialDetentionEnded:
        return detentions(current.detentionsInForce.filter((x) => x.personId !== event.data.personId));
      case E.JudicialSupervisionOrdered:
        return next;
      case E.ClosingOrderIssued: {
        const d = event.data;
        return { ...next, stage: d.outcome === 'sent_to_trial' ? 'trial' : 'dismissed', closingOrder: { outcome: d.outcome, issuedOn: d.issuedOn } };
      }
      case E.VerdictDelivered: {
        const d = event.data;
        return { ...next, verdicts: [...current.verdicts, { personId: d.personId, outcome: d.outcome, deliveredOn: d.deliveredOn }] };
      }
      case E.CompensationAwarded:
        return { ...next, compensationAwards: current.compensationAwards + 1 };
      case E.AppealLodged:
        return { ...next, appeals: current.appeals + 1 };
      case E.AppealDecided:
        return next;
      default: {
        const unexpected: never = event;
        throw new Error(`Unhandled event ${(unexpected as { type: string }).type}`);
      }
    }
  },
};
