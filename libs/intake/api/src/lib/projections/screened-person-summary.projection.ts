import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { AgeBand, ExploitationType, Sex } from '@casetrail/kernel';
import {
  IntakeEventType as E,
  screenedPersonIdOfStream,
  type PersonReferredData,
  type ReferralDestination,
  type ScreenedPersonEvent,
  type ScreeningOutcome,
} from '@casetrail/intake-contracts';
import type { Projection } from '@casetrail/read-models';

/** A referral as the lists show it: where to, when, and to which province (no copy of the person). */
export interface ReferralRow {
  destination: ReferralDestination;
  referredOn: string;
  organisation: string | null;
  policeUnit: string | null;
  policeCaseId: string | null;
  suspectedOffence: string | null;
  /** The province the referral goes to (the unit's or department's, else the screening's). */
  province: string;
  /** The outcome and exploitation at the referral (the person as the referral carried them). */
  outcome: ScreeningOutcome;
  exploitationType: ExploitationType;
}

/**
 * One row of the screened-person list: the screening's facts with the latest outcome, and the
 * referrals. The pseudonymous person id only: no name, no birth date (those are in the record,
 * by role). `referred` and `addressedTo` are scalars for the filters (read models filter on
 * scalars): the organisations referred to (a partner worker's scope), and each referral's
 * destination alone and with its province or organisation (the "addressed to me" list).
 */
export interface ScreenedPersonSummary {
  personId: string;
  reference: string;
  receptionId: string;
  place: string;
  province: string;
  screenedOn: string;
  year: number;
  month: number;
  screenedBy: string;
  outcome: ScreeningOutcome;
  exploitationIndicated: ExploitationType | null;
  sex: Sex;
  ageBand: AgeBand;
  nationality: string;
  countryReturnedFrom: string;
  revisions: number;
  referrals: ReferralRow[];
  /** Whether the person was referred anywhere (a scalar for the filters). */
  hasReferrals: boolean;
  /** Organisations referred to, in order. */
  referredTo: string[];
  referred: Record<string, true>;
  addressedTo: Record<string, true>;
  revision: number;
  lastChangedAt: string;
}

/** The keys of `addressedTo` a referral sets: `<destination>`, `<destination>@<province>`, and `<destination>#<organisation>`. */
export function addressKeys(destination: ReferralDestination, province?: string, organisation?: string): string[] {
  return [destination, ...(province ? [`${destination}@${province}`] : []), ...(organisation ? [`${destination}#${organisation}`] : [])];
}

function referralRowOf(d: PersonReferredData): ReferralRow {
  return {
    destination: d.destination,
    referredOn: d.referredOn,
    organisation: d.organisation ?? null,
    policeUnit: d.policeUnit ?? null,
    policeCaseId: d.policeCaseId ?? null,
    suspectedOffence: d.suspectedOffence ?? null,
    province: d.province,
    outcome: d.person.outcome,
    exploitationType: d.person.exploitationType,
  };
}

/** The screened-person list's read model: one document per person. */
export const screenedPersonSummaryProjection: Projection<ScreenedPersonSummary> = {
  name: 'intake.screened-person-summary',
  version: 1,
  collection: 'intake_screened_person_summaries',
  handles: [E.PersonScreened, E.ScreeningRevised, E.PersonReferred],
  documentId: (event: RecordedEvent) => screenedPersonIdOfStream(event.streamId),
  apply(current, recorded) {
    const event = recorded as unknown as ScreenedPersonEvent;
    const marker = { revision: recorded.streamRevision, lastChangedAt: recorded.recordedAt };
    if (event.type === E.PersonScreened) {
      const d = event.data;
      return {
        personId: d.personId,
        reference: d.reference,
        receptionId: d.receptionId,
        place: d.place,
        province: d.province,
        screenedOn: d.screenedOn,
        year: Number(d.screenedOn.slice(0, 4)),
        month: Number(d.screenedOn.slice(5, 7)),
        screenedBy: d.screenedBy,
        outcome: d.outcome,
        exploitationIndicated: d.exploitationIndicated ?? null,
        sex: d.sex,
        ageBand: d.ageBand,
        nationality: d.nationality,
        countryReturnedFrom: d.countryReturnedFrom,
        revisions: 0,
        referrals: [],
        hasReferrals: false,
        referredTo: [],
        referred: {},
        addressedTo: {},
        ...marker,
      };
    }
    if (!current) throw new Error(`${event.type} before the person was screened (${recorded.streamId})`);
    switch (event.type) {
      case E.ScreeningRevised:
        return { ...current, outcome: event.data.outcome, exploitationIndicated: event.data.exploitationIndicated ?? null, revisions: current.revisions + 1, ...marker };
      case E.PersonReferred: {
        const d = event.data;
        const organisation = d.organisation;
        const keys = addressKeys(d.destination, d.province, organisation);
        return {
          ...current,
          referrals: [...current.referrals, referralRowOf(d)],
          hasReferrals: true,
          referredTo: organisation === undefined || current.referredTo.includes(organisation) ? current.referredTo : [...current.referredTo, organisation],
          referred: organisation === undefined ? current.referred : { ...current.referred, [organisation]: true },
          addressedTo: { ...current.addressedTo, ...Object.fromEntries(keys.map((k) => [k, true as const])) },
          ...marker,
        };
      }
      default: {
        const unexpected: never = event;
        throw new Error(`Unhandled event ${(unexpected as { type: string }).type}`);
      }
    }
  },
};
