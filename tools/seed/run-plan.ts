import { forEachWithLimit } from '@casetrail/event-sourcing';
import type { SeedHttpClient } from './http-client';
import type { IntakeStep } from './plan-intake';
import { actorOf, resolveBody, resolvePath, type PlannedActor, type PlannedCall, type PlannedCase, type PlannedStep, type YearPlan } from './year-plan';

/** A refused or failed call, described without any personal data. */
export interface CallFailure {
  caseLabel: string;
  step: PlannedStep | IntakeStep;
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
  /** Court files of forwarded cases: found opened by the forwarding reactor, or opened by the seed. */
  courtFiles: { received: number; openedBySeed: number };
  /** `caseIndex:personIndex:callIndex` of every accepted protection call (`protectionKey`), and `registrationKey`s. */
  protectionAccepted: Set<string>;
  /**
   * Protection cases the hand-over reactor opened (found), the refused protection calls (each stops
   * its person's calls only), and the protection calls not sent (after a refusal, or the hand-over's).
   */
  protection: { received: number; failures: CallFailure[]; skipped: number };
}

export interface RunPlanOptions {
  client: SeedHttpClient;
  concurrency: number;
  /** A bearer token for the unit's officers (called once per actor; cache in the caller if costly). */
  tokenFor(actor: PlannedActor): Promise<string>;
  /** Called once per planned call, sent or skipped (drives the progress bar). */
  onCall?(): void;
  /**
   * How long to wait for the court file of a forwarded case (opened by the forwarding reactor)
   * before the seed opens it itself. Once one file had to be opened by the seed, the others are
   * asked for once, without waiting: there is no reactor. Default 10 s.
   */
  courtFileWaitMs?: number;
  /** Between two looks at a court file that is not there yet (each look spends rate-limit budget). Default 1 s. */
  courtFilePollMs?: number;
  /**
   * How long to wait for the protection case the hand-over reactor opens for a victim handed over
   * to social affairs. When the first one never comes (a server without the protection context,
   * or without its reactor), the others are asked for once, without waiting. Default 10 s.
   */
  protectionCaseWaitMs?: number;
  /** Injected in tests; a timer otherwise. */
  sleep?(ms: number): Promise<void>;
}

export const acceptedKey = (caseIndex: number, callIndex: number) => `${caseIndex}:${callIndex}`;
export const protectionKey = (caseIndex: number, personIndex: number, callIndex: number) => `${caseIndex}:${personIndex}:${callIndex}`;
export const registrationKey = (registrationIndex: number, callIndex: number) => `R${registrationIndex}:${callIndex}`;

/**
 * Enters the plan: cases run concurrently, the calls of one case in order (each may need an id
 * an earlier one returned). A failed call stops its case; the rest of the plan goes on.
 */
export async function runPlan(plan: YearPlan, options: RunPlanOptions): Promise<RunResult> {
  const result: RunResult = {
    accepted: new Set(),
    failures: [],
    skipped: 0,
    courtFiles: { received: 0, openedBySeed: 0 },
    protectionAccepted: new Set(),
    protection: { received: 0, failures: [], skipped: 0 },
  };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  // Whether the server opens court files from forwardings: unknown until one file tells.
  let reactor: boolean | undefined;
  // Whether the server opens protection cases from hand-overs: the same.
  let protectionReactor: boolean | undefined;

  /** Sends one call; binds its answer's id. Null when accepted, else the failure. */
  const send = async (planned: PlannedCase, call: PlannedCall, ids: Map<string, string>): Promise<CallFailure | null> => {
    const token = await options.tokenFor(actorOf(planned, call));
    if (call.reception) return receive(planned, call, ids, token);
    if (call.awaitsReactor) return awaitProtectionCase(planned, call, ids, token);
    const outcome = await options.client.post(resolvePath(call.path, ids), resolveBody(call.body, ids), token);
    const boundId = call.binds ? (outcome.body as Record<string, unknown> | null)?.[call.binds.field] : undefined;
    if (!outcome.ok || (call.binds && typeof boundId !== 'string')) return describeFailure(planned, call.step, outcome.status, outcome.body, outcome.error);
    if (call.binds) ids.set(call.binds.key, boundId as string);
    return null;
  };

  /** The court file of a forwarded case: the reactor's (id = police case id), else one the seed opens. */
  const receive = async (planned: PlannedCase, call: PlannedCall, ids: Map<string, string>, token: string): Promise<CallFailure | null> => {
    const path = resolvePath(call.path, ids);
    const deadline = Date.now() + (reactor === false ? 0 : options.courtFileWaitMs ?? 10_000);
    for (;;) {
      const outcome = await options.client.get(path, token);
      if (outcome.ok) {
        reactor = true;
        result.courtFiles.received += 1;
        ids.set('file', ids.get('case')!);
        for (const [courtKey, policeKey] of call.reception!.aliases) ids.set(courtKey, ids.get(policeKey)!);
        return null;
      }
      if (outcome.status !== 404) return describeFailure(planned, call.step, outcome.status, outcome.body, outcome.error);
      if (Date.now() >= deadline) break;
      await sleep(options.courtFilePollMs ?? 1000);
    }
    // A server that opened files from forwardings before and not this one: a slow or failed
    // reaction, never a reason to open a second file for the case (its own could still come).
    if (reactor === true) return describeFailure(planned, call.step, 404, { detail: 'The forwarding reactor opened no court file in time' });
    reactor = false;
    for (const fallback of call.reception!.fallback) {
      const failure = await send(planned, fallback, ids);
      if (failure) return failure;
    }
    result.courtFiles.openedBySeed += 1;
    return null;
  };

  /** The protection case the hand-over reactor opens (person id = police victim id): awaited, never opened by the seed. */
  const awaitProtectionCase = async (planned: PlannedCase, call: PlannedCall, ids: Map<string, string>, token: string): Promise<CallFailure | null> => {
    const path = resolvePath(call.path, ids);
    const deadline = Date.now() + (protectionReactor === false ? 0 : options.protectionCaseWaitMs ?? 10_000);
    for (;;) {
      const outcome = await options.client.get(path, token);
      if (outcome.ok) {
        protectionReactor = true;
        result.protection.received += 1;
        return null;
      }
      if (outcome.status !== 404 || Date.now() >= deadline) {
        if (outcome.status === 404 && protectionReactor === undefined) protectionReactor = false;
        const detail = outcome.status === 404 ? { detail: 'The hand-over reactor opened no protection case in time (does the server host the protection context?)' } : outcome.body;
        return describeFailure(planned, call.step, outcome.status, detail, outcome.error);
      }
      await sleep(options.courtFilePollMs ?? 1000);
    }
  };

  /** A person's protection calls in order; the first refused stops them. */
  const follow = async (planned: PlannedCase, calls: readonly PlannedCall[], ids: Map<string, string>, stoppedBefore: boolean, key: (callIndex: number) => string) => {
    let stopped = stoppedBefore;
    for (let callIndex = 0; callIndex < calls.length; callIndex++) {
      if (stopped) {
        result.protection.skipped += 1;
      } else {
        const failure = await send(planned, calls[callIndex], ids);
        if (failure) {
          result.protection.failures.push(failure);
          stopped = true;
        } else {
          result.protectionAccepted.add(key(callIndex));
        }
      }
      options.onCall?.();
    }
  };

  await forEachWithLimit(plan.cases, options.concurrency, async (planned, caseIndex) => {
    const ids = new Map<string, string>();
    for (let callIndex = 0; callIndex < planned.calls.length; callIndex++) {
      const call = planned.calls[callIndex];
      const failure = await send(planned, call, ids);
      options.onCall?.();
      if (failure) {
        result.failures.push(failure);
        const rest = planned.calls.length - callIndex - 1;
        result.skipped += rest;
        for (let i = 0; i < rest; i++) options.onCall?.();
        break;
      }
      result.accepted.add(acceptedKey(caseIndex, callIndex));
    }
    // Then each person handed over to social affairs, once their hand-over is in (ids of the case's calls).
    for (const [personIndex, person] of (planned.protection ?? []).entries()) {
      const handOver = planned.calls.findIndex((c) => c.step === 'hand-over-victim' && c.subject === person.subject);
      const handedOver = handOver !== -1 && result.accepted.has(acceptedKey(caseIndex, handOver));
      await follow(planned, person.calls, ids, !handedOver, (callIndex) => protectionKey(caseIndex, personIndex, callIndex));
    }
  });
  // The persons received directly: registered, then followed, each on its own.
  await forEachWithLimit(plan.registrations ?? [], options.concurrency, async (registration, index) => {
    // Its calls name their own actor: the case here only labels failures and masks the name they carry.
    const asCase = { label: registration.label, calls: registration.protection.calls } as PlannedCase;
    await follow(asCase, registration.protection.calls, new Map(), false, (callIndex) => registrationKey(index, callIndex));
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
