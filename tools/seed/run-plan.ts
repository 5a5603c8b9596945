import { forEachWithLimit, type SeedHttpClient } from './http-client';
import { resolvePath, type PlannedActor, type PlannedCase, type PlannedStep, type YearPlan } from './year-plan';

/** A refused or failed call, described without any personal data. */
export interface CallFailure {
  caseLabel: string;
  step: PlannedStep;
  /** HTTP status, or 0 when no answer came. */
  status: number;
  code?: string;
  title?: string;
  detail?: string;
  /** Names of the invalid fields (validation problems). */
  fields?: string[];
}

export interface RunResult {
  /** `caseIndex:callIndex` of every accepted call. */
  accepted: Set<string>;
  failures: CallFailure[];
  /** Calls not sent because an earlier call of their case failed. */
  skipped: number;
}

export interface RunPlanOptions {
  client: SeedHttpClient;
  concurrency: number;
  /** A bearer token for the unit's officers (called once per actor; cache in the caller if costly). */
  tokenFor(actor: PlannedActor): Promise<string>;
  /** Called once per planned call, sent or skipped (drives the progress bar). */
  onCall?(): void;
}

export const acceptedKey = (caseIndex: number, callIndex: number) => `${caseIndex}:${callIndex}`;

/**
 * Enters the plan: cases run concurrently, the calls of one case in order (each may need an id
 * an earlier one returned). A failed call stops its case; the rest of the plan goes on.
 */
export async function runPlan(plan: YearPlan, options: RunPlanOptions): Promise<RunResult> {
  const result: RunResult = { accepted: new Set(), failures: [], skipped: 0 };
  await forEachWithLimit(plan.cases, options.concurrency, async (planned, caseIndex) => {
    const token = await options.tokenFor(planned.actor);
    const ids = new Map<string, string>();
    for (let callIndex = 0; callIndex < planned.calls.length; callIndex++) {
      const call = planned.calls[callIndex];
      const outcome = await options.client.post(resolvePath(call.path, ids), call.body, token);
      options.onCall?.();
      const boundId = call.binds ? (outcome.body as Record<string, unknown> | null)?.[call.binds.field] : undefined;
      if (!outcome.ok || (call.binds && typeof boundId !== 'string')) {
        result.failures.push(describeFailure(planned, call.step, outcome.status, outcome.body, outcome.error));
        const rest = planned.calls.length - callIndex - 1;
        result.skipped += rest;
        for (let i = 0; i < rest; i++) options.onCall?.();
        return;
      }
      if (call.binds) ids.set(call.binds.key, boundId as string);
      result.accepted.add(acceptedKey(caseIndex, callIndex));
    }
  });
  return result;
}

/** Keeps the problem's code and wording, with any name the case carries masked out. */
function describeFailure(planned: PlannedCase, step: PlannedStep, status: number, body: unknown, error?: string): CallFailure {
  const problem = (body ?? {}) as { code?: unknown; title?: unknown; detail?: unknown; errors?: unknown };
  const names = planned.calls
    .map((c) => (c.body['personal'] as { fullName?: string } | undefined)?.fullName)
    .filter((n): n is string => typeof n === 'string' && n.length > 0);
  const mask = (text: string) => names.reduce((t, name) => t.split(name).join('[name]'), text).slice(0, 300);
  const fields = Array.isArray(problem.errors)
    ? problem.errors.map((e) => String((e as { field?: unknown }).field ?? '?'))
    : undefined;
  return {
    caseLabel: planned.label,
    step,
    status,
    ...(typeof problem.code === 'string' ? { code: problem.code } : {}),
    ...(typeof problem.title === 'string' ? { title: problem.title } : {}),
    ...(typeof problem.detail === 'string' ? { detail: mask(problem.detail) } : error ? { detail: error } : {}),
    ...(fields ? { fields } : {}),
  };
}
