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
  | 'close-without-forwarding';

/**
 * One API call. `path` holds placeholders `{case}`, `{S1}`, `{V2}` for ids the server returns
 * to earlier calls of the same case; `binds` names the placeholder this call's answer fills.
 */
export interface PlannedCall {
  step: PlannedStep;
  method: 'POST';
  path: string;
  body: Record<string, unknown>;
  /** The suspect or victim the call is about (its placeholder key), if any. */
  subject?: string;
  binds?: { key: string; field: 'caseId' | 'suspectId' | 'victimId' };
}

/** Who enters the case: the unit's own officers, scoped to the province (or national). */
export interface PlannedActor {
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
  /** In the order they must be sent. */
  calls: PlannedCall[];
}

export interface YearPlan {
  year: number;
  seed: number;
  /** Last date any call may carry (31 December, or the day before today). */
  lastDate: string;
  cases: PlannedCase[];
}

/** Fills the placeholders of a path with the ids bound so far. */
export function resolvePath(template: string, ids: ReadonlyMap<string, string>): string {
  return template.replace(/\{([A-Za-z0-9]+)\}/g, (_, key: string) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`No id bound for {${key}} yet`);
    return encodeURIComponent(id);
  });
}

export const CASES_PATH = '/api/enforcement/cases';
