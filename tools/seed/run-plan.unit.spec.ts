import { generateYear } from './generate-year';
import { SeedHttpClient } from './http-client';
import { summarisePlan } from './plan-summary';
import { acceptedKey, runPlan } from './run-plan';
import type { PlannedActor } from './year-plan';

/** A stand-in server: hands out ids, records each call; `refuse` picks calls to answer 409. */
function fakeServer(refuse: (path: string, body: Record<string, unknown>) => string | null = () => null) {
  const calls: Array<{ path: string; body: Record<string, unknown>; token: string }> = [];
  let next = 0;
  const fetch = (async (url: string, init: RequestInit) => {
    const path = new URL(url).pathname;
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    calls.push({ path, body, token: (init.headers as Record<string, string>)['authorization'] });
    const refusal = refuse(path, body);
    if (refusal) return new Response(JSON.stringify({ status: 409, title: 'Conflict', code: 'TEST_REFUSAL', detail: refusal }), { status: 409 });
    next += 1;
    const id = `id-${next}`;
    const answer = path.endsWith('/suspects') ? { suspectId: id } : path.endsWith('/victims') ? { victimId: id } : path === '/api/enforcement/cases' ? { caseId: id } : {};
    return new Response(JSON.stringify({ caseId: 'x', revision: 1, ...answer }), { status: Object.keys(answer).length > 0 ? 201 : 200 });
  }) as unknown as typeof globalThis.fetch;
  return { calls, client: new SeedHttpClient({ baseUrl: 'http://seed.test', fetch, retryDelayMs: 0 }) };
}

const tokenFor = async (actor: PlannedActor) => `token:${actor.unit}:${actor.provinces.join(',')}`;

describe('runPlan', () => {
  const plan = generateYear({ year: 2020, seed: 42, cases: 12, today: '2026-03-01' });
  const planned = plan.cases.reduce((n, c) => n + c.calls.length, 0);

  it('sends every call with the ids the server returned, as the unit of the case', async () => {
    const server = fakeServer();
    let ticks = 0;
    const result = await runPlan(plan, { client: server.client, concurrency: 3, tokenFor, onCall: () => ticks++ });
    expect(result.failures).toEqual([]);
    expect(result.accepted.size).toBe(planned);
    expect(ticks).toBe(planned);
    expect(server.calls).toHaveLength(planned);
    expect(server.calls.every((c) => !c.path.includes('{'))).toBe(true);
    const arrest = server.calls.find((c) => c.path.endsWith('/arrest'))!;
    expect(arrest.path).toMatch(/^\/api\/enforcement\/cases\/id-\d+\/suspects\/id-\d+\/arrest$/);
    const opened = server.calls.filter((c) => c.path === '/api/enforcement/cases');
    expect(opened.map((c) => c.token).sort()).toEqual(plan.cases.map((c) => `Bearer token:${c.actor.unit}:${c.actor.provinces.join(',')}`).sort());
    expect(summarisePlan(plan, (c, i) => result.accepted.has(acceptedKey(c, i)))).toEqual(summarisePlan(plan));
  });

  it('stops a case at its first refused call, goes on with the others, and masks names in the report', async () => {
    const target = plan.cases.find((c) => c.calls.some((call) => call.step === 'identify-suspect' && (call.body['personal'] as { fullName?: string } | undefined)?.fullName))!;
    const identify = target.calls.find((call) => call.step === 'identify-suspect' && call.body['personal'])!;
    const name = (identify.body['personal'] as { fullName: string }).fullName;
    const isTarget = (path: string, body: Record<string, unknown>) =>
      path.endsWith('/suspects') && (body['personal'] as { fullName?: string } | undefined)?.fullName === name && body['identifiedOn'] === identify.body['identifiedOn'];
    const server = fakeServer((path, body) => (isTarget(path, body) ? `Suspect ${name} refused` : null));
    const result = await runPlan(plan, { client: server.client, concurrency: 2, tokenFor });
    const failure = result.failures.find((f) => f.caseLabel === target.label)!;
    expect(failure).toMatchObject({ step: 'identify-suspect', status: 409, code: 'TEST_REFUSAL', detail: 'Suspect [name] refused' });
    expect(JSON.stringify(result.failures)).not.toContain(name);
    const caseIndex = plan.cases.indexOf(target);
    const stoppedAt = target.calls.indexOf(identify);
    expect(result.accepted.has(acceptedKey(caseIndex, stoppedAt))).toBe(false);
    expect(result.accepted.has(acceptedKey(caseIndex, stoppedAt - 1))).toBe(true);
    expect(result.skipped).toBeGreaterThanOrEqual(target.calls.length - stoppedAt - 1);
    expect(result.accepted.size + result.failures.length + result.skipped).toBe(planned);
  });
});
