import type { AgeBand, OffenceCategory, RecordedAgeBand, Sex } from '@casetrail/kernel';
import { isMinor, offenceByCode } from '@casetrail/kernel';
import type {
  AppealDecision,
  Appellant,
  ClosingOrderOutcome,
  CourtFileEvent,
  CustodyStatus,
  ProsecutionAction,
  VerdictOutcome,
} from '@casetrail/court-contracts';
import { CourtFileEventType as E, isFinalVerdictOutcome } from '@casetrail/court-contracts';

/**
 * The statistical facts of one court file, folded from its court events. Like the police-case
 * facts it holds no name, no birth date, nothing of the events' `personal` part (never read here):
 * sex and age bands come in clear on the events, derived when each command was decided. So
 * forgetting a person changes no fact and no figure.
 */
export interface CourtFileFacts {
  fileId: string;
  /** Court code `court-<province>`. */
  court: string;
  /** The court's province: the tables' province filter and the reader's scope. */
  province: string;
  origin: CourtFileOrigin;
  /** Opening offences first (the first is the principal offence), then offences first charged later. */
  offences: string[];
  /** The first opening offence; the tables attribute the whole file to it. */
  principalOffence: string;
  principalCategory: OffenceCategory;
  /** The day the file was opened: the day the court received the forwarding, or the direct opening. */
  openedOn: string;
  /** The day the forwarding was received; null for a file opened directly. */
  receivedOn: string | null;
  /** When the file entered each stage (null: never entered). */
  entered: { prosecution: string; investigation: string | null; trial: string | null };
  /** When the file was retained without processing or dismissed. */
  closedOn: string | null;
  prosecutionDecision: { action: ProsecutionAction; decidedOn: string } | null;
  closingOrder: { outcome: ClosingOrderOutcome; issuedOn: string } | null;
  victims: CourtVictimFacts[];
  accused: CourtAccusedFacts[];
  compensation: CompensationFacts[];
  appeals: AppealFacts[];
}

export type CourtFileOrigin =
  | { kind: 'police'; policeCaseId: string; forwardingUnit: string; forwardedOn: string }
  | { kind: 'direct'; policeCaseId: null };

export interface CourtVictimFacts {
  personId: string;
  sex: Sex;
  /** As recorded when the victim entered the file: at the rescue (police) or at `addedOn` (court). */
  ageBand: AgeBand;
  minor: boolean;
  /** The day the victim entered the file (forwarding received, or added by the court). */
  enteredOn: string;
}

export interface ChargeFacts {
  chargedOn: string;
  chargedBy: 'prosecutor' | 'investigating_judge';
  offences: string[];
  /** At the charge date. */
  sex: Sex;
  ageBand: RecordedAgeBand;
}

export interface DetentionFacts {
  orderedOn: string;
  /** Null while the detention is in force. */
  endedOn: string | null;
  /** At the order date. */
  sex: Sex;
  ageBand: RecordedAgeBand;
}

export interface SupervisionFacts {
  orderedOn: string;
  sex: Sex;
  ageBand: RecordedAgeBand;
}

export interface VerdictFacts {
  outcome: VerdictOutcome;
  deliveredOn: string;
  /** No other first-instance verdict may follow (imprisonment, suspended sentence, fine, acquittal). */
  final: boolean;
  /** With imprisonment only: held in custody, or at liberty. */
  custody: CustodyStatus | null;
  /** At the verdict date. */
  sex: Sex;
  ageBand: RecordedAgeBand;
}

export interface CourtAccusedFacts {
  personId: string;
  sex: Sex;
  /** The day the person entered the file. */
  enteredOn: string;
  source: 'police' | 'court';
  /** The police arrest date, for an accused forwarded by the police; null otherwise. */
  arrestedOn: string | null;
  /** In the order recorded; the first is the first charge. Empty: never charged. */
  charges: ChargeFacts[];
  detentions: DetentionFacts[];
  supervisions: SupervisionFacts[];
  /** First-instance verdicts in order: deferrals or bail, then at most one final verdict. */
  verdicts: VerdictFacts[];
}

export interface CompensationFacts {
  victimId: string;
  /** Integer minor units of `currency` (ISO 4217), never converted. */
  amount: number;
  currency: string;
  awardedOn: string;
}

export interface AppealFacts {
  appealNumber: number;
  appellant: Appellant;
  lodgedOn: string;
  personId: string | null;
  decision: AppealDecision | null;
  decidedOn: string | null;
}

/** Folds one court event into a file's facts (`null` before the file is opened). Pure. */
export function applyCourtEvent(facts: CourtFileFacts | null, event: { type: string; data: unknown }): CourtFileFacts {
  const e = event as CourtFileEvent;
  if (e.type === E.PoliceCaseReceived || e.type === E.CourtFileOpened) {
    if (facts) throw new Error(`Court file ${facts.fileId} is opened twice in its stream`);
    return opened(e);
  }
  if (!facts) throw new Error(`Event ${event.type} arrived before the court file was opened`);
  switch (e.type) {
    case E.AccusedAdded: {
      const d = e.data;
      return { ...facts, accused: [...facts.accused, newAccused(d.personId, d.sex, d.addedOn, 'court', null)] };
    }
    case E.VictimAdded: {
      const d = e.data;
      return { ...facts, victims: [...facts.victims, victim(d.personId, d.sex, d.ageBand, d.addedOn)] };
    }
    case E.PersonCharged: {
      const { personId, ...d } = e.data;
      const charge: ChargeFacts = { chargedOn: d.chargedOn, chargedBy: d.chargedBy, offences: [...d.offences], sex: d.sex, ageBand: d.ageBand };
      const offences = [...facts.offences, ...d.offences.filter((o) => !facts.offences.includes(o))];
      return updateAccused({ ...facts, offences }, personId, (a) => ({ charges: [...a.charges, charge] }));
    }
    case E.ProsecutionDecided: {
      const { action, decidedOn } = e.data;
      const next: CourtFileFacts = { ...facts, prosecutionDecision: { action, decidedOn } };
      if (action === 'submitted_for_investigation') return { ...next, entered: { ...facts.entered, investigation: decidedOn } };
      if (action === 'submitted_for_trial') return { ...next, entered: { ...facts.entered, trial: decidedOn } };
      return { ...next, closedOn: decidedOn };
    }
    case E.PreTrialDetentionOrdered: {
      const d = e.data;
      const detention: DetentionFacts = { orderedOn: d.orderedOn, endedOn: null, sex: d.sex, ageBand: d.ageBand };
      return updateAccused(facts, d.personId, (a) => ({ detentions: [...a.detentions, detention] }));
    }
    case E.PreTrialDetentionExtended:
      // An extension changes how long a detention may last, not whether the accused is in jail.
      return facts;
    case E.PreTrialDetentionEnded: {
      const { personId, endedOn } = e.data;
      return updateAccused(facts, personId, (a) => ({
        detentions: a.detentions.map((d, i) => (i === a.detentions.length - 1 && d.endedOn === null ? { ...d, endedOn } : d)),
      }));
    }
    case E.JudicialSupervisionOrdered: {
      const { personId, orderedOn, sex, ageBand } = e.data;
      return updateAccused(facts, personId, (a) => ({ supervisions: [...a.supervisions, { orderedOn, sex, ageBand }] }));
    }
    case E.ClosingOrderIssued: {
      const { outcome, issuedOn } = e.data;
      const next: CourtFileFacts = { ...facts, closingOrder: { outcome, issuedOn } };
      return outcome === 'sent_to_trial' ? { ...next, entered: { ...facts.entered, trial: issuedOn } } : { ...next, closedOn: issuedOn };
    }
    case E.VerdictDelivered: {
      const d = e.data;
      const verdict: VerdictFacts = {
        outcome: d.outcome,
        deliveredOn: d.deliveredOn,
        final: isFinalVerdictOutcome(d.outcome),
        custody: d.custody ?? null,
        sex: d.sex,
        ageBand: d.ageBand,
      };
      return updateAccused(facts, d.personId, (a) => ({ verdicts: [...a.verdicts, verdict] }));
    }
    case E.CompensationAwarded: {
      const { victimId, amount, currency, awardedOn } = e.data;
      return { ...facts, compensation: [...facts.compensation, { victimId, amount, currency, awardedOn }] };
    }
    case E.AppealLodged: {
      const { appealNumber, appellant, lodgedOn, personId } = e.data;
      const appeal: AppealFacts = { appealNumber, appellant, lodgedOn, personId: personId ?? null, decision: null, decidedOn: null };
      return { ...facts, appeals: [...facts.appeals, appeal] };
    }
    case E.AppealDecided: {
      const { appealNumber, decision, decidedOn } = e.data;
      return { ...facts, appeals: facts.appeals.map((a) => (a.appealNumber === appealNumber ? { ...a, decision, decidedOn } : a)) };
    }
    default: {
      const unexpected: never = e;
      throw new Error(`Unknown court event type ${(unexpected as { type: string }).type}`);
    }
  }
}

/** Folds a whole court-file stream. */
export function courtFileFactsOf(events: readonly { type: string; data: unknown }[]): CourtFileFacts | null {
  return events.reduce<CourtFileFacts | null>(applyCourtEvent, null);
}

function opened(e: Extract<CourtFileEvent, { type: typeof E.PoliceCaseReceived | typeof E.CourtFileOpened }>): CourtFileFacts {
  const base = (fileId: string, court: string, province: string, offences: string[], on: string) => ({
    fileId,
    court,
    province,
    offences: [...offences],
    principalOffence: offences[0],
    principalCategory: categoryOf(offences[0]),
    openedOn: on,
    entered: { prosecution: on, investigation: null, trial: null },
    closedOn: null,
    prosecutionDecision: null,
    closingOrder: null,
    compensation: [],
    appeals: [],
  });
  if (e.type === E.CourtFileOpened) {
    const d = e.data;
    return { ...base(d.fileId, d.court, d.province, d.offences, d.openedOn), origin: { kind: 'direct', policeCaseId: null }, receivedOn: null, victims: [], accused: [] };
  }
  // Only what the tables need is copied: never `personal`, `ageInYears` or nationality.
  const d = e.data;
  return {
    ...base(d.fileId, d.court, d.province, d.offences, d.receivedOn),
    origin: { kind: 'police', policeCaseId: d.policeCaseId, forwardingUnit: d.forwardingUnit, forwardedOn: d.forwardedOn },
    receivedOn: d.receivedOn,
    victims: d.victims.map((v) => victim(v.personId, v.sex, v.ageBand, d.receivedOn)),
    accused: d.accused.map((a) => newAccused(a.personId, a.sex, d.receivedOn, 'police', a.arrestedOn)),
  };
}

function victim(personId: string, sex: Sex, ageBand: AgeBand, enteredOn: string): CourtVictimFacts {
  return { personId, sex, ageBand, minor: isMinor(ageBand), enteredOn };
}

function newAccused(personId: string, sex: Sex, enteredOn: string, source: CourtAccusedFacts['source'], arrestedOn: string | null): CourtAccusedFacts {
  return { personId, sex, enteredOn, source, arrestedOn, charges: [], detentions: [], supervisions: [], verdicts: [] };
}

function updateAccused(facts: CourtFileFacts, personId: string, change: (a: CourtAccusedFacts) => Partial<CourtAccusedFacts>): CourtFileFacts {
  // The decider names only accused of the file; like the court's own evolve, anything else changes nothing.
  return { ...facts, accused: facts.accused.map((a) => (a.personId === personId ? { ...a, ...change(a) } : a)) };
}

function categoryOf(offence: string): OffenceCategory {
  const known = offenceByCode(offence);
  if (!known) throw new Error(`Offence ${offence} is not in the catalogue`);
  return known.category;
}
