import { PoliceCaseEventType as E, type PoliceUnitRef, type ClosureReason, type HandOverDestination, type ReleaseReason, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import { type ExploitationType, type Sex, type AgeBand, type RecordedAgeBand, copyOfPersonalPart, openedBirthDateOf, type PersonalPart } from '@casetrail/kernel';

export type PoliceCaseStatus = 'not_opened' | 'open' | 'forwarded' | 'closed';

export interface SuspectRecord {
  suspectId: string;
  sex: Sex;
  /** Only when the personal data was opened (in memory, for a reader allowed to see it). */
  birthDate: string | null;
  ageAtIdentification: number | null;
  ageBandAtIdentification: AgeBand;
  nationality: string;
  identifiedOn: string;
  status: 'identified' | 'arrested' | 'released';
  /** Date of the latest arrest. */
  arrestedOn: string | null;
  /** Age band at the latest arrest. */
  ageBandAtArrest: RecordedAgeBand | null;
  releasedOn: string | null;
  releaseReason: ReleaseReason | null;
  /**
   * As the event stored it (sealed, or `{}`), or opened in memory by the command service (then it
   * remembers its envelope: `storedPersonalPartOf`, for the forwarding to copy it on sealed).
   */
  personal: PersonalPart;
}

/**
 * A victim of the case: rescued by the police (`VictimRescued`), or screened at a border or an
 * embassy and referred to the police (`VictimReferred`, then `referral` is set). A referred victim
 * is handed over and forwarded as any other; for them `rescuedOn` is the screening date (the day
 * the authorities first had the person, and the one date on which `ageBand` and `ageAtRescue`
 * were true, which is what a hand-over's and a forwarding's `rescuedOn` and `ageBandOn` state),
 * and `referral.referredOn` the day the police received them.
 */
export interface VictimRecord {
  victimId: string;
  sex: Sex;
  /** Only when the personal data was opened. */
  birthDate: string | null;
  /** Whole years on `rescuedOn`, when an age and not a birth date was recorded. */
  ageAtRescue: number | null;
  ageBand: AgeBand;
  nationality: string;
  exploitationType: ExploitationType;
  /** The rescue; for a referred victim, the screening. */
  rescuedOn: string;
  /** For a victim referred by intake: when and from which intake place; null for a rescue. */
  referral: { referredOn: string; screenedAt: string } | null;
  handedOver: { destination: HandOverDestination; handedOverOn: string; organisation: string | null } | null;
  /** As for a suspect. */
  personal: PersonalPart;
}

/** One police case, as folded from its stream. Plain data: safe to serialise. */
export interface PoliceCaseState {
  status: PoliceCaseStatus;
  caseId: string | null;
  unit: PoliceUnitRef | null;
  province: string | null;
  offences: string[];
  openedOn: string | null;
  reference: string | null;
  suspects: Record<string, SuspectRecord>;
  victims: Record<string, VictimRecord>;
  forwardedOn: string | null;
  forwardedSuspectIds: string[];
  court: string | null;
  closedOn: string | null;
  closureReason: ClosureReason | null;
  reopenedOn: string | null;
}

export function initialPoliceCaseState(): PoliceCaseState {
  return {
    status: 'not_opened',
    caseId: null,
    unit: null,
    province: null,
    offences: [],
    openedOn: null,
    reference: null,
    suspects: {},
    victims: {},
    forwardedOn: null,
    forwardedSuspectIds: [],
    court: null,
    closedOn: null,
    closureReason: null,
    reopenedOn: null,
  };
}

export function evolvePoliceCase(state: PoliceCaseState, event: PoliceCaseEvent): PoliceCaseState {
  switch (event.type) {
    case E.PoliceCaseOpened: {
      const d = event.data;
      return {
        ...state,
        status: 'open',
        caseId: d.caseId,
        unit: { ...d.unit },
        province: d.province,
        offences: [...d.offences],
        openedOn: d.openedOn,
        reference: d.reference ?? null,
      };
    }
    case E.OffenceAdded:
      return { ...state, offences: [...state.offences, event.data.offence] };
    case E.SuspectIdentified: {
      const d = event.data;
      const suspect: SuspectRecord = {
        suspectId: d.suspectId,
        sex: d.sex,
        birthDate: openedBirthDateOf(d.personal),
        ageAtIdentification: d.ageAtIdentification ?? null,
        ageBandAtIdentification: d.ageBandAtIdentification,
        nationality: d.nationality,
        identifiedOn: d.identifiedOn,
        status: 'identified',
        arrestedOn: null,
        ageBandAtArrest: null,
        releasedOn: null,
        releaseReason: null,
        personal: copyOfPersonalPart(d.personal),
      };
      return { ...state, suspects: { ...state.suspects, [d.suspectId]: suspect } };
    }
    case E.SuspectArrested:
      return updateSuspect(state, event.data.suspectId, {
        status: 'arrested',
        arrestedOn: event.data.arrestedOn,
        ageBandAtArrest: event.data.ageBand,
        releasedOn: null,
        releaseReason: null,
      });
    case E.SuspectReleased:
      return updateSuspect(state, event.data.suspectId, {
        status: 'released',
        releasedOn: event.data.releasedOn,
        releaseReason: event.data.reason,
      });
    case E.VictimRescued: {
      const d = event.data;
      const victim: VictimRecord = {
        victimId: d.victimId,
        sex: d.sex,
        birthDate: openedBirthDateOf(d.personal),
        ageAtRescue: d.ageAtRescue ?? null,
        ageBand: d.ageBand,
        nationality: d.nationality,
        exploitationType: d.exploitationType,
        rescuedOn: d.rescuedOn,
        referral: null,
        handedOver: null,
        personal: copyOfPersonalPart(d.personal),
      };
      return { ...state, victims: { ...state.victims, [d.victimId]: victim } };
    }
    case E.VictimReferred: {
      const d = event.data;
      const victim: VictimRecord = {
        victimId: d.victimId,
        sex: d.sex,
        birthDate: openedBirthDateOf(d.personal),
        ageAtRescue: d.ageInYears ?? null,
        ageBand: d.ageBand,
        nationality: d.nationality,
        exploitationType: d.exploitationType,
        rescuedOn: d.ageBandOn,
        referral: { referredOn: d.referredOn, screenedAt: d.screenedAt },
        handedOver: null,
        personal: copyOfPersonalPart(d.personal),
      };
      return { ...state, victims: { ...state.victims, [d.victimId]: victim } };
    }
    case E.VictimHandedOver: {
      const d = event.data;
      const victim = state.victims[d.victimId];
      if (!victim) return state;
      const handedOver = {
        destination: d.destination,
        handedOverOn: d.handedOverOn,
        organisation: d.organisation ?? null,
      };
      return { ...state, victims: { ...state.victims, [d.victimId]: { ...victim, handedOver } } };
    }
    case E.CaseForwardedToProsecutor:
      // Version 2 (version 1 arrives upcast); the persons it carries are the case's own records.
      return {
        ...state,
        status: 'forwarded',
        forwardedOn: event.data.forwardedOn,
        forwardedSuspectIds: [...event.data.suspectIds],
        court: event.data.court ?? null,
      };
    case E.CaseClosedWithoutForwarding:
      return { ...state, status: 'closed', closedOn: event.data.closedOn, closureReason: event.data.reason };
    case E.CaseReopened:
      return { ...state, status: 'open', closedOn: null, closureReason: null, reopenedOn: event.data.reopenedOn };
    default: {
      const unexpected: never = event;
      throw new Error(`Unknown police-case event ${(unexpected as { type: string }).type}`);
    }
  }
}

function updateSuspect(
  state: PoliceCaseState,
  suspectId: string,
  change: Partial<SuspectRecord>,
): PoliceCaseState {
  const suspect = state.suspects[suspectId];
  if (!suspect) return state;
  return { ...state, suspects: { ...state.suspects, [suspectId]: { ...suspect, ...change } } };
}
