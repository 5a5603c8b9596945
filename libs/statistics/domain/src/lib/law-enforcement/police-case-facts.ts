import type { AgeBand, RecordedAgeBand, ExploitationType, OffenceCategory, Sex } from '@casetrail/kernel';
import type {
  ClosureReason,
  HandOverDestination,
  PoliceCaseEvent,
  PoliceUnitRef,
} from '@casetrail/enforcement-contracts';
import { isForeignNationality, isMinor, offenceByCode } from '@casetrail/kernel';
import { PoliceCaseEventType as E } from '@casetrail/enforcement-contracts';

/**
 * The statistical facts of one police case, folded from its enforcement events. It holds no
 * name, no birth date, nothing of the events' `personal` part (which is sealed and never read
 * here): age bands come in clear on the events, derived when the command was decided. So
 * forgetting a person (destroying their key) changes no fact and no figure.
 */
export interface PoliceCaseFacts {
  caseId: string;
  province: string;
  unit: PoliceUnitRef;
  /** Every offence of the case, in the order recorded. */
  offences: string[];
  /** The first offence the case was opened for; the table attributes the whole case to it. */
  principalOffence: string;
  principalCategory: OffenceCategory;
  /** Distinct categories of all the case's offences. */
  categories: OffenceCategory[];
  openedOn: string;
  status: 'open' | 'forwarded' | 'closed';
  forwardedOn: string | null;
  closedOn: string | null;
  closureReason: ClosureReason | null;
  /** Victims rescued by the police: the law-enforcement table's victims. */
  victims: VictimFacts[];
  /**
   * Persons screened at a border or an embassy and referred to the police (intake), recorded as
   * victims of the case (`enforcement.VictimReferred`). Not rescued: the law-enforcement table
   * never counts them; the intake referral chain does, by their id (the screened person's).
   */
  referredVictims: ReferredVictimFacts[];
  suspects: SuspectFacts[];
}

export interface VictimFacts {
  victimId: string;
  sex: Sex;
  /** At the rescue date. */
  ageBand: AgeBand;
  minor: boolean;
  nationality: string;
  foreign: boolean;
  exploitationType: ExploitationType;
  rescuedOn: string;
  handedOverTo: HandOverDestination | null;
  handedOverOn: string | null;
}

/** A victim the police received by an intake referral, not by a rescue. */
export interface ReferredVictimFacts {
  /** The screened person's id (intake), the same person key. */
  victimId: string;
  sex: Sex;
  /** At the screening (`ageBandOn`). */
  ageBand: AgeBand;
  minor: boolean;
  exploitationType: ExploitationType;
  referredOn: string;
  /** The intake place (airport, checkpoint, embassy) of the screening. */
  screenedAt: string;
  handedOverTo: HandOverDestination | null;
  handedOverOn: string | null;
}

export interface SuspectFacts {
  suspectId: string;
  sex: Sex;
  nationality: string;
  identifiedOn: string;
  /** First arrest (detained and sent to court); null while never arrested. */
  arrestedOn: string | null;
  /**
   * At the first arrest (as recorded on the arrest event), or at identification while not
   * arrested. An arrest event with `unknown` (no longer decided) counts as arrested, not as a
   * minor (the report has no column for it; `suspectsAgeUnknown` would be the place).
   */
  ageBand: RecordedAgeBand;
  female: boolean;
  minor: boolean;
  foreign: boolean;
}

/** Folds one enforcement event into a case's facts (`null` before the case is opened). Pure. */
export function applyEnforcementEvent(
  facts: PoliceCaseFacts | null,
  event: { type: string; data: unknown },
): PoliceCaseFacts {
  const e = event as PoliceCaseEvent;
  if (e.type === E.PoliceCaseOpened) {
    if (facts) throw new Error(`Police case ${facts.caseId} is opened twice in its stream`);
    const d = e.data;
    const principal = categoryOf(d.offences[0]);
    return {
      caseId: d.caseId,
      province: d.province,
      unit: { code: d.unit.code, type: d.unit.type },
      offences: [...d.offences],
      principalOffence: d.offences[0],
      principalCategory: principal,
      categories: distinct(d.offences.map(categoryOf)),
      openedOn: d.openedOn,
      status: 'open',
      forwardedOn: null,
      closedOn: null,
      closureReason: null,
      victims: [],
      referredVictims: [],
      suspects: [],
    };
  }
  if (!facts) throw new Error(`Event ${event.type} arrived before the case was opened`);
  switch (e.type) {
    case E.OffenceAdded: {
      const offences = [...facts.offences, e.data.offence];
      return { ...facts, offences, categories: distinct(offences.map(categoryOf)) };
    }
    case E.SuspectIdentified: {
      const d = e.data;
      const ageBand = d.ageBandAtIdentification;
      const suspect: SuspectFacts = {
        suspectId: d.suspectId,
        sex: d.sex,
        nationality: d.nationality,
        identifiedOn: d.identifiedOn,
        arrestedOn: null,
        ageBand,
        female: d.sex === 'F',
        minor: isMinor(ageBand),
        foreign: isForeignNationality(d.nationality),
      };
      return { ...facts, suspects: [...facts.suspects, suspect] };
    }
    case E.SuspectArrested:
      return {
        ...facts,
        suspects: facts.suspects.map((s) => {
          // A re-arrest after a release does not move the suspect to another period.
          if (s.suspectId !== e.data.suspectId || s.arrestedOn !== null) return s;
          const ageBand = e.data.ageBand;
          return { ...s, arrestedOn: e.data.arrestedOn, ageBand, minor: isMinor(ageBand) };
        }),
      };
    case E.SuspectReleased:
      // A release does not undo the arrest that was counted (see docs/statistics.md).
      return facts;
    case E.VictimRescued: {
      const d = e.data;
      const ageBand: AgeBand = d.ageBand;
      const victim: VictimFacts = {
        victimId: d.victimId,
        sex: d.sex,
        ageBand,
        minor: isMinor(ageBand),
        nationality: d.nationality,
        foreign: isForeignNationality(d.nationality),
        exploitationType: d.exploitationType,
        rescuedOn: d.rescuedOn,
        handedOverTo: null,
        handedOverOn: null,
      };
      return { ...facts, victims: [...facts.victims, victim] };
    }
    case E.VictimReferred: {
      // A victim of the case for hand-over and forwarding, never a rescue: kept apart from `victims`.
      const d = e.data;
      const referred: ReferredVictimFacts = {
        victimId: d.victimId,
        sex: d.sex,
        ageBand: d.ageBand,
        minor: isMinor(d.ageBand),
        exploitationType: d.exploitationType,
        referredOn: d.referredOn,
        screenedAt: d.screenedAt,
        handedOverTo: null,
        handedOverOn: null,
      };
      return { ...facts, referredVictims: [...facts.referredVictims, referred] };
    }
    case E.VictimHandedOver: {
      const handedOver = <V extends { victimId: string }>(v: V): V =>
        v.victimId === e.data.victimId ? { ...v, handedOverTo: e.data.destination, handedOverOn: e.data.handedOverOn } : v;
      return { ...facts, victims: facts.victims.map(handedOver), referredVictims: facts.referredVictims.map(handedOver) };
    }
    case E.CaseForwardedToProsecutor:
      return { ...facts, status: 'forwarded', forwardedOn: e.data.forwardedOn };
    case E.CaseClosedWithoutForwarding:
      return { ...facts, status: 'closed', closedOn: e.data.closedOn, closureReason: e.data.reason };
    case E.CaseReopened:
      return { ...facts, status: 'open', closedOn: null, closureReason: null };
    default: {
      const unexpected: never = e;
      throw new Error(`Unknown enforcement event type ${(unexpected as { type: string }).type}`);
    }
  }
}

/** Folds a whole case stream. */
export function policeCaseFactsOf(events: readonly { type: string; data: unknown }[]): PoliceCaseFacts | null {
  return events.reduce<PoliceCaseFacts | null>(applyEnforcementEvent, null);
}

function categoryOf(offence: string): OffenceCategory {
  const known = offenceByCode(offence);
  if (!known) throw new Error(`Offence ${offence} is not in the catalogue`);
  return known.category;
}

function distinct<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
