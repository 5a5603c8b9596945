import type { PoliceUnitRef } from '@casetrail/enforcement-contracts';
import type { CaseOutcome } from './year-profile';

/** What a planned HTTP call does, in the domain's words (one per enforcement route). */
export type PlannedStep =
  | 'open-case'
  | 'identify-suspect'
  | 'arrest-suspect'
  | 'release-suspect'
  | 'rescue-victim'
  | 'hand-over-victim'
  | 'forward-to-prosecutor'
  | 'close-without-forwarding'
  // The court file of a forwarded case (court routes, as prosecutor or judge).
  | 'receive-court-file'
  | 'open-court-file'
  | 'add-accused'
  | 'add-victim'
  | 'charge-person'
  | 'decide-prosecution'
  | 'order-detention'
  | 'place-under-supervision'
  | 'issue-closing-order'
  | 'deliver-verdict'
  | 'award-compensation'
  // The protection case of a victim handed over to social affairs (protection routes, as the
  // social worker of the case's province or the partner organisation's worker).
  | 'receive-protection-case'
  | 'register-protection-case'
  | 'record-consent'
  | 'refer-case'
  | 'admit-to-shelter'
  | 'record-shelter-departure'
  | 'record-service'
  | 'file-compensation-claim'
  | 'record-compensation-award'
  | 'record-compensation-received'
  | 'assess-family'
  | 'integrate-person'
  | 'record-follow-up-visit';

/** Who sends a court call: the prosecutor or the judge of the case's court. */
export type CourtRole = 'prosecutor' | 'judge';

/** Who sends a protection call: a social worker of the case's province, or a partner organisation's worker. */
export type ProtectionRole = 'social_worker' | 'partner_worker';

/**
 * The `receive-court-file` call: wait (bounded) for `GET /api/court/files/{case}` to answer,
 * the file the forwarding reactor opens with id = police case id and person ids = the police's
 * suspect and victim ids (`aliases`: court key → police key). When it does not come, the seed
 * opens the file itself: the `fallback` calls (OpenCourtFile, AddVictim, AddAccused) bind the
 * same court keys to the ids the court returns.
 */
export interface CourtFileReception {
  aliases: Array<[courtKey: string, policeKey: string]>;
  fallback: PlannedCall[];
}

/**
 * One API call. `path` holds placeholders `{case}`, `{S1}`, `{V2}` for ids the server returns
 * to earlier calls of the same case; `binds` names the placeholder this call's answer fills.
 */
export interface PlannedCall {
  step: PlannedStep;
  method: 'POST' | 'GET';
  path: string;
  body: Record<string, unknown>;
  /** The suspect or victim the call is about (its placeholder key), if any. */
  subject?: string;
  binds?: { key: string; field: 'caseId' | 'suspectId' | 'victimId' | 'fileId' | 'personId' | 'claimId' };
  /** Court calls: sent as this role of the case's court (police calls go as the case's unit). */
  as?: CourtRole;
  /** Protection calls: sent as this user (a social worker of the province, a partner's worker). */
  actor?: PlannedActor;
  /**
   * Only on `receive-protection-case`: the answer is awaited (bounded) while it is a 404, the case
   * the hand-over reactor opens with person id = police victim id.
   */
  awaitsReactor?: true;
  /** Only on `receive-court-file`. */
  reception?: CourtFileReception;
}

/** Who enters the case: the unit's own officers, scoped to the province (or national). */
export interface PlannedActor {
  /** Police when absent. Intake calls go as a border official of the place's province. */
  role?: 'police' | CourtRole | ProtectionRole | 'border_official';
  unit: string;
  provinces: string[];
}

export interface PlannedCase {
  /** Local label (`C001`…), also used as the unit's file reference; never sent as an id. */
  label: string;
  unit: PoliceUnitRef;
  province: string;
  actor: PlannedActor;
  outcome: CaseOutcome;
  /** The court of first instance a forwarded case goes to (`court-<province>`). */
  court?: { code: string; province: string };
  /** In the order they must be sent. */
  calls: PlannedCall[];
  /**
   * The protection cases of the victims handed over to social affairs, each sent in order once the
   * case's own calls are done (a refused protection call stops that person's calls only).
   */
  protection: PlannedProtection[];
}

/** The calls about one victim after the police handed them over to social affairs (II.D). */
export interface PlannedProtection {
  /** The police victim key (`V1`): its id is the protection case's person id. */
  subject: string;
  calls: PlannedCall[];
}

export interface YearPlan {
  year: number;
  seed: number;
  /** Last date any call may carry (31 December, or the day before today). */
  lastDate: string;
  cases: PlannedCase[];
  /** Persons social affairs receives directly (not from the police), each registered then followed. */
  registrations: PlannedRegistration[];
}

/** A person registered directly by a social worker (overseas authorities, judicial police…). */
export interface PlannedRegistration {
  /** Local label (`R0001`…); never sent. */
  label: string;
  province: string;
  channel: string;
  /** The registration (binds `P`, the person id the server makes), then what follows it. */
  protection: PlannedProtection;
}

/** Fills the placeholders of a path with the ids bound so far. */
export function resolvePath(template: string, ids: ReadonlyMap<string, string>): string {
  return template.replace(/\{([A-Za-z0-9]+)\}/g, (_, key: string) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`No id bound for {${key}} yet`);
    return encodeURIComponent(id);
  });
}

/** Fills a body's top-level string values that are exactly a placeholder (`"{cS1}"`): ids sent in a body. */
export function resolveBody(body: Record<string, unknown>, ids: ReadonlyMap<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([field, value]) => {
      const key = typeof value === 'string' ? /^\{([A-Za-z0-9]+)\}$/.exec(value)?.[1] : undefined;
      if (key === undefined) return [field, value];
      const id = ids.get(key);
      if (id === undefined) throw new Error(`No id bound for {${key}} yet`);
      return [field, id];
    }),
  );
}

export const CASES_PATH = '/api/enforcement/cases';
export const COURT_FILES_PATH = '/api/court/files';
export const PROTECTION_CASES_PATH = '/api/protection/cases';

/** The token a call is sent with: its own actor, the case's police unit, or the role at the case's court. */
export function actorOf(planned: PlannedCase, call: PlannedCall): PlannedActor {
  if (call.actor) return call.actor;
  if (!call.as) return planned.actor;
  if (!planned.court) throw new Error(`${planned.label}: a court call in a case with no court`);
  return { role: call.as, unit: planned.court.code, provinces: [planned.court.province] };
}
