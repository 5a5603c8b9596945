import {
  CourtFileEventType as E,
  type ClosingOrderOutcome,
  type CourtFileEvent,
  type ProsecutionAction,
  type RetentionReason,
  type TrialRoute,
} from '@casetrail/court-contracts';
import { openedBirthDateOf, type PersonalPart } from '@casetrail/kernel';
import {
  currentDetention,
  type AccusedRecord,
  type AppealRecord,
  type CompensationRecord,
  type DetentionRecord,
  type PersonRecord,
  type VerdictRecord,
  type VictimRecord,
} from './court-file.records';

/**
 * Where a file is. `prosecution` until the prosecutor decides ("processing" in the report);
 * `investigation` until the closing order; `trial` from a submission for trial or a closing order
 * sending the case to trial; `retained_without_processing` and `dismissed` end the file.
 */
export type CourtFileStage =
  | 'not_opened'
  | 'prosecution'
  | 'investigation'
  | 'trial'
  | 'retained_without_processing'
  | 'dismissed';

export type FileOrigin =
  | { kind: 'police'; policeCaseId: string; forwardingUnit: string; forwardedOn: string }
  | { kind: 'direct'; reference: string | null };

/** One court file, as folded from its stream. Plain data: safe to serialise. */
export interface CourtFileState {
  stage: CourtFileStage;
  fileId: string | null;
  court: string | null;
  province: string | null;
  origin: FileOrigin | null;
  /** Opening offences first (the first is the principal offence), then offences first charged later. */
  offences: string[];
  openedOn: string | null;
  accused: Record<string, AccusedRecord>;
  victims: Record<string, VictimRecord>;
  prosecutionDecision: {
    action: ProsecutionAction;
    decidedOn: string;
    reason: RetentionReason | null;
    trialRoute: TrialRoute | null;
    appearedOn: string | null;
  } | null;
  closingOrder: { outcome: ClosingOrderOutcome; issuedOn: string } | null;
  /** When the file entered each stage (statistics count files by the stage they were at). */
  entered: { prosecution: string | null; investigation: string | null; trial: string | null };
  /** When the file was retained without processing or dismissed. */
  closedOn: string | null;
  compensation: CompensationRecord[];
  appeals: AppealRecord[];
}

export function initialCourtFileState(): CourtFileState {
  return {
    stage: 'not_opened',
    fileId: null,
    court: null,
    province: null,
    origin: null,
    offences: [],
    openedOn: null,
    accused: {},
    victims: {},
    prosecutionDecision: null,
    closingOrder: null,
    entered: { prosecution: null, investigation: null, trial: null },
    closedOn: null,
    compensation: [],
    appeals: [],
  };
}

type PersonFields = Omit<PersonRecord, 'birthDate' | 'ageInYears' | 'personal' | 'source' | 'enteredOn'> & {
  ageInYears?: number;
  personal: PersonalPart;
};

function personRecord(d: PersonFields, enteredOn: string, source: PersonRecord['source']): PersonRecord {
  return {
    personId: d.personId,
    sex: d.sex,
    nationality: d.nationality,
    ageBand: d.ageBand,
    ageBandOn: d.ageBandOn,
    ageInYears: d.ageInYears ?? null,
    birthDate: openedBirthDateOf(d.personal),
    personal: { ...d.personal },
    enteredOn,
    source,
  };
}

function newAccused(person: PersonRecord, arrestedOn: string | null): AccusedRecord {
  return { ...person, arrestedOn, charges: [], detentions: [], supervisedSince: null, verdicts: [] };
}

export function evolveCourtFile(state: CourtFileState, event: CourtFileEvent): CourtFileState {
  switch (event.type) {
    case E.PoliceCaseReceived: {
      const d = event.data;
      const accused = Object.fromEntries(
        d.accused.map((a) => [a.personId, newAccused(personRecord(a, d.receivedOn, 'police'), a.arrestedOn)]),
      );
      const victims = Object.fromEntries(
        d.victims.map((v) => [v.personId, { ...personRecord(v, d.receivedOn, 'police'), exploitationType: v.exploitationType }]),
      );
      return {
        ...opened(state, d.fileId, d.court, d.province, d.offences, d.receivedOn),
        origin: { kind: 'police', policeCaseId: d.policeCaseId, forwardingUnit: d.forwardingUnit, forwardedOn: d.forwardedOn },
        accused,
        victims,
      };
    }
    case E.CourtFileOpened: {
      const d = event.data;
      return {
        ...opened(state, d.fileId, d.court, d.province, d.offences, d.openedOn),
        origin: { kind: 'direct', reference: d.reference ?? null },
      };
    }
    case E.AccusedAdded: {
      const d = event.data;
      const person = personRecord({ ...d, ageBandOn: d.addedOn }, d.addedOn, 'court');
      return { ...state, accused: { ...state.accused, [d.personId]: newAccused(person, null) } };
    }
    case E.VictimAdded: {
      const d = event.data;
      const person = personRecord({ ...d, ageBandOn: d.addedOn }, d.addedOn, 'court');
      return { ...state, victims: { ...state.victims, [d.personId]: { ...person, exploitationType: d.exploitationType } } };
    }
    case E.PersonCharged: {
      const { personId, ...charge } = event.data;
      const offences = [...state.offences, ...charge.offences.filter((o) => !state.offences.includes(o))];
      return updateAccused({ ...state, offences }, personId, (a) => ({ charges: [...a.charges, { ...charge, offences: [...charge.offences] }] }));
    }
    case E.ProsecutionDecided: {
      const d = event.data;
      const decision = {
        action: d.action,
        decidedOn: d.decidedOn,
        reason: d.reason ?? null,
        trialRoute: d.trialRoute ?? null,
        appearedOn: d.appearedOn ?? null,
      };
      const next = { ...state, prosecutionDecision: decision };
      switch (d.action) {
        case 'submitted_for_investigation':
          return { ...next, stage: 'investigation', entered: { ...state.entered, investigation: d.decidedOn } };
        case 'submitted_for_trial':
          return { ...next, stage: 'trial', entered: { ...state.entered, trial: d.decidedOn } };
        case 'retained_without_processing':
          return { ...next, stage: 'retained_without_processing', closedOn: d.decidedOn };
        default: {
          const unexpected: never = d.action;
          throw new Error(`Unknown prosecution action ${String(unexpected)}`);
        }
      }
    }
    case E.PreTrialDetentionOrdered: {
      const { personId, ...d } = event.data;
      const detention: DetentionRecord = { ...d, extensions: [], endedOn: null, endReason: null };
      return updateAccused(state, personId, (a) => ({ detentions: [...a.detentions, detention], supervisedSince: null }));
    }
    case E.PreTrialDetentionExtended: {
      const { personId, extendedOn, months } = event.data;
      return updateCurrentDetention(state, personId, (d) => ({ extensions: [...d.extensions, { extendedOn, months }] }));
    }
    case E.PreTrialDetentionEnded: {
      const { personId, endedOn, reason } = event.data;
      return updateCurrentDetention(state, personId, () => ({ endedOn, endReason: reason }));
    }
    case E.JudicialSupervisionOrdered:
      return updateAccused(state, event.data.personId, () => ({ supervisedSince: event.data.orderedOn }));
    case E.ClosingOrderIssued: {
      const { outcome, issuedOn } = event.data;
      const next = { ...state, closingOrder: { outcome, issuedOn } };
      return outcome === 'sent_to_trial'
        ? { ...next, stage: 'trial', entered: { ...state.entered, trial: issuedOn } }
        : { ...next, stage: 'dismissed', closedOn: issuedOn };
    }
    case E.VerdictDelivered: {
      const { personId, ...d } = event.data;
      const verdict: VerdictRecord = {
        outcome: d.outcome,
        deliveredOn: d.deliveredOn,
        termMonths: d.termMonths ?? null,
        custody: d.custody ?? null,
        fine: d.fine ? { ...d.fine } : null,
        sex: d.sex,
        ageBand: d.ageBand,
      };
      return updateAccused(state, personId, (a) => ({ verdicts: [...a.verdicts, verdict] }));
    }
    case E.CompensationAwarded:
      return { ...state, compensation: [...state.compensation, { ...event.data }] };
    case E.AppealLodged: {
      const d = event.data;
      const appeal: AppealRecord = { ...d, personId: d.personId ?? null, decision: null, decidedOn: null };
      return { ...state, appeals: [...state.appeals, appeal] };
    }
    case E.AppealDecided: {
      const d = event.data;
      return {
        ...state,
        appeals: state.appeals.map((a) => (a.appealNumber === d.appealNumber ? { ...a, decision: d.decision, decidedOn: d.decidedOn } : a)),
      };
    }
    default: {
      const unexpected: never = event;
      throw new Error(`Unknown court-file event ${(unexpected as { type: string }).type}`);
    }
  }
}

function opened(state: CourtFileState, fileId: string, court: string, province: string, offences: string[], on: string): CourtFileState {
  return {
    ...state,
    stage: 'prosecution',
    fileId,
    court,
    province,
    offences: [...offences],
    openedOn: on,
    entered: { ...state.entered, prosecution: on },
  };
}

function updateAccused(state: CourtFileState, personId: string, change: (a: AccusedRecord) => Partial<AccusedRecord>): CourtFileState {
  const accused = state.accused[personId];
  if (!accused) return state;
  return { ...state, accused: { ...state.accused, [personId]: { ...accused, ...change(accused) } } };
}

function updateCurrentDetention(
  state: CourtFileState,
  personId: string,
  change: (d: DetentionRecord) => Partial<DetentionRecord>,
): CourtFileState {
  return updateAccused(state, personId, (a) => {
    const current = currentDetention(a);
    if (!current) return {};
    return { detentions: a.detentions.map((d) => (d === current ? { ...d, ...change(d) } : d)) };
  });
}

