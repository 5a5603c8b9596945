import { nameBasedUuid } from '@casetrail/platform-commands';
import { intakeRecordName, type IntakeRecordKind } from '@casetrail/intake-contracts';
import { forEachWithLimit } from '@casetrail/event-sourcing';
import type { SeedHttpClient } from './http-client';
import type { IntakeYearPlan, PlannedIntakeCall, PlannedIntakeRecord } from './plan-intake';
import type { CallFailure } from './run-plan';
import { resolvePath, type PlannedActor } from './year-plan';

export interface IntakeRunResult {
  /** Calls the server accepted (201/200). */
  accepted: number;
  /** Calls answered 409 because the record or referral is already there (the same seed entered before). */
  alreadyRecorded: number;
  /** Refused calls; each stops the rest of its record (a reception's screenings, a person's referrals). */
  failures: CallFailure[];
  /** Calls not sent after a refusal. */
  skipped: number;
}

export interface RunIntakeOptions {
  client: SeedHttpClient;
  concurrency: number;
  tokenFor(actor: PlannedActor): Promise<string>;
  /** Called once per planned call, sent or skipped. */
  onCall?(): void;
}

/** The record kind whose name-based id a call's answer carries. */
const KIND_OF: Partial<Record<PlannedIntakeCall['step'], IntakeRecordKind>> = {
  'record-reception': 'reception',
  'screen-person': 'screened-person',
  'record-body': 'body',
};

/**
 * Enters the intake plan through the API: records concurrently, the calls of one record in order
 * (a reception, then each person screened at it and their referrals). Entering the same seed
 * again finds every record already there: the ids are named by place and reference, the server
 * answers 409, and the seed counts the call as already recorded and goes on with the id it names.
 */
export async function runIntakePlan(plan: IntakeYearPlan, options: RunIntakeOptions): Promise<IntakeRunResult> {
  const result: IntakeRunResult = { accepted: 0, alreadyRecorded: 0, failures: [], skipped: 0 };
  await forEachWithLimit(plan.records, options.concurrency, async (record) => {
    const ids = new Map<string, string>();
    for (let i = 0; i < record.calls.length; i++) {
      const call = record.calls[i]!;
      const outcome = await options.client.post(resolvePath(call.path, ids), call.body, await options.tokenFor(call.actor));
      options.onCall?.();
      const kind = KIND_OF[call.step];
      if (outcome.ok || outcome.status === 409) {
        if (outcome.ok) result.accepted += 1;
        else result.alreadyRecorded += 1;
        if (call.binds) {
          const answered = (outcome.body as Record<string, unknown> | null)?.[call.binds.field];
          ids.set(call.binds.key, typeof answered === 'string' ? answered : nameBasedUuid(intakeRecordName(kind!, String(call.body['place']), String(call.body['reference']))));
        }
        continue;
      }
      result.failures.push(describeIntakeFailure(record, call, outcome.status, outcome.body, outcome.error));
      // A refused reception stops everything screened at it; a refused screening or referral, that person's referrals.
      let skip = record.calls.length - i - 1;
      if (call.step === 'screen-person' || call.step === 'refer-person') {
        const next = record.calls.findIndex((c, k) => k > i && c.step !== 'refer-person');
        if (next !== -1) skip = next - i - 1;
      }
      result.skipped += skip;
      for (let s = 0; s < skip; s++) options.onCall?.();
      i += skip;
    }
  });
  return result;
}

/** The problem's code and wording, with any name the record carries masked out. */
function describeIntakeFailure(record: PlannedIntakeRecord, call: PlannedIntakeCall, status: number, body: unknown, error?: string): CallFailure {
  const problem = (body ?? {}) as { code?: unknown; title?: unknown; detail?: unknown; errors?: unknown };
  const names = record.calls.map((c) => (c.body['personal'] as { fullName?: string } | undefined)?.fullName).filter((n): n is string => typeof n === 'string' && n.length > 0);
  const mask = (text: string) => names.reduce((t, name) => t.split(name).join('[name]'), text).slice(0, 300);
  const fields = Array.isArray(problem.errors) ? problem.errors.map((e) => String((e as { field?: unknown }).field ?? '?')) : undefined;
  return {
    caseLabel: record.label,
    step: call.step,
    status,
    ...(typeof problem.code === 'string' ? { code: problem.code } : {}),
    ...(typeof problem.title === 'string' ? { title: problem.title } : {}),
    ...(typeof problem.detail === 'string' ? { detail: mask(problem.detail) } : error ? { detail: error } : {}),
    ...(fields ? { fields } : {}),
  };
}
