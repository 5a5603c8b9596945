import { generateYear } from './generate-year';
import { SeedHttpClient } from './http-client';
import { summarisePlan } from './plan-summary';
import { acceptedKey, protectionKey, registrationKey, runPlan } from './run-plan';
import type { PlannedActor } from './year-plan';

/**
 * A stand-in server: hands out ids, records each call; `refuse` picks calls to answer 409. With
 * `reactor`, a forwarded case's court file exists (GET answers 200); without, GET answers 404.
 * With `protectionReactor` (default), the protection case of a victim handed over exists.
 */
function fakeServer(
  refuse: (path: string, body: Record<string, unknown>) => string | null = () => null,
  reactor: boolean | ((path: string) => boolean) = false,
  protectionReactor = true,
) {
  const calls: Array<{ method: string; path: string; body: Record<string, unknown>; token: string }> = [];
  let next = 0;
  const fetch = (async (url: string, init: RequestInit) => {
    const path = new URL(url).pathname;
    const token = (init.headers as Record<string, string>)['authorization'];
    if (init.method === 'GET') {
      calls.push({ method: 'GET', path, body: {}, token });
      if (path.startsWith('/api/protection/')) return new Response(JSON.stringify({ personId: path.split('/').at(-1) }), { status: protectionReactor ? 200 : 404 });
      return (typeof reactor === 'function' ? reactor(path) : reactor) ? new Response(JSON.stringify({ fileId: path.split('/').at(-1) }), { status: 200 }) : new Response('{}', { status: 404 });
    }
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    calls.push({ method: 'POST', path, body, token });
    const refusal = refuse(path, body);
    if (refusal) return new Response(JSON.stringify({ status: 409, title: 'Conflict', code: 'TEST_REFUSAL', detail: refusal }), { status: 409 });
    next += 1;
    const id = `id-${next}`;
    const court = path.startsWith('/api/court/');
    const answer =
      path === '/api/court/files' ? { fileId: id }
      : court && (path.endsWith('/victims') || path.endsWith('/accused')) ? { personId: id }
      : path.startsWith('/api/protection/') && path.endsWith('/claims') ? { claimId: id }
      : path === '/api/protection/cases' ? { personId: id }
      : path.endsWith('/suspects') ? { suspectId: id } : path.endsWith('/victims') ? { victimId: id } : path === '/api/enforcement/cases' ? { caseId: id } : {};
    return new Response(JSON.stringify({ caseId: 'x', revision: 1, ...answer }), { status: Object.keys(answer).length > 0 ? 201 : 200 });
  }) as unknown as typeof globalThis.fetch;
  return { calls, client: new SeedHttpClient({ baseUrl: 'http://seed.test', fetch, retryDelayMs: 0 }) };
}

const tokenFor = async (actor: PlannedActor) => `token:${actor.role ?? 'police'}:${actor.unit}:${actor.provinces.join(',')}`;
const noWait = { courtFileWaitMs: 0, protectionCaseWaitMs: 0, sleep: async () => undefined };

describe('runPlan', () => {
  const plan = generateYear({ year: 2020, seed: 42, cases: 12, today: '2026-03-01' });
  const planned = plan.cases.reduce((n, c) => n + c.calls.length, 0);
  const plannedProtection = plan.cases.reduce((n, c) => n + c.protection.reduce((k, p) => k + p.calls.length, 0), 0);

  it('sends every call with the ids the server returned, as the unit of the case', async () => {
    const server = fakeServer();
    let ticks = 0;
    const result = await runPlan(plan, { client: server.client, concurrency: 3, tokenFor, onCall: () => ticks++, ...noWait });
    expect(result.failures).toEqual([]);
    expect(result.protection.failures).toEqual([]);
    expect(result.accepted.size).toBe(planned);
    expect(result.protectionAccepted.size).toBe(plannedProtection);
    expect(plannedProtection).toBeGreaterThan(0);
    expect(ticks).toBe(planned + plannedProtection);
    // Without a reactor, each court file's reception is one look and the seed's own opening calls.
    const fallbacks = plan.cases.flatMap((c) => c.calls.flatMap((call) => call.reception?.fallback ?? []));
    expect(server.calls).toHaveLength(planned + fallbacks.length + plannedProtection);
    expect(result.courtFiles).toEqual({ received: 0, openedBySeed: plan.cases.filter((c) => c.court).length });
    expect(server.calls.every((c) => !c.path.includes('{') && !JSON.stringify(c.body).includes('{c'))).toBe(true);
    const arrest = server.calls.find((c) => c.path.endsWith('/arrest'))!;
    expect(arrest.path).toMatch(/^\/api\/enforcement\/cases\/id-\d+\/suspects\/id-\d+\/arrest$/);
    const opened = server.calls.filter((c) => c.path === '/api/enforcement/cases');
    expect(opened.map((c) => c.token).sort()).toEqual(plan.cases.map((c) => `Bearer token:police:${c.actor.unit}:${c.actor.provinces.join(',')}`).sort());
    // Court calls go as the prosecutor or judge of the court of the case's province, with the court's ids.
    const charge = server.calls.find((c) => c.path.endsWith('/charges'))!;
    expect(charge.path).toMatch(/^\/api\/court\/files\/id-\d+\/charges$/);
    expect(charge.body['personId']).toMatch(/^id-\d+$/);
    expect(charge.token).toMatch(/^Bearer token:prosecutor:court-[a-z-]+:[a-z-]+$/);
    expect(server.calls.filter((c) => c.path.endsWith('/verdict')).every((c) => c.token.startsWith('Bearer token:judge:court-'))).toBe(true);
    expect(summarisePlan(plan, (c, i) => result.accepted.has(acceptedKey(c, i)), (c, p, i) => result.protectionAccepted.has(protectionKey(c, p, i)))).toEqual(summarisePlan(plan));
  });

  it('takes each victim handed over to social affairs on in protection, by the police victim id, as the social worker of the province or the partner', async () => {
    const server = fakeServer();
    const result = await runPlan(plan, { client: server.client, concurrency: 2, tokenFor, ...noWait });
    expect(result.protection).toEqual({ received: plan.cases.reduce((n, c) => n + c.protection.length, 0), failures: [], skipped: 0 });
    // The police answered each rescue with a victim id: the protection case's person id is that id.
    const victimIds = new Set<string>();
    let n = 0;
    for (const c of server.calls) {
      if (c.method === 'POST') n += 1;
      if (c.method === 'POST' && /^\/api\/enforcement\/cases\/[^/]+\/victims$/.test(c.path)) victimIds.add(`id-${n}`);
    }
    const protectionCalls = server.calls.filter((c) => c.path.startsWith('/api/protection/'));
    expect(protectionCalls).toHaveLength(plannedProtection);
    for (const call of protectionCalls) {
      const personId = call.path.split('/')[4]!;
      expect({ path: call.path, known: victimIds.has(personId) }).toEqual({ path: call.path, known: true });
      expect(call.token).toMatch(/^Bearer token:(social_worker:dosvy-[a-z-]+:[a-z-]+|partner_worker:ngo-[a-z0-9-]+:\*)$/);
    }
    // Claims are paid on the id the server gave the claim.
    const receipt = protectionCalls.find((c) => c.path.endsWith('/receipts'));
    if (receipt) expect(receipt.path).toMatch(/^\/api\/protection\/cases\/id-\d+\/claims\/id-\d+\/receipts$/);
  });

  it('stops a person\'s protection calls at the first refused one, never the police or court calls, nor the other persons', async () => {
    const target = plan.cases.find((c) => c.protection.some((p) => p.calls.length > 3))!;
    const person = target.protection.find((p) => p.calls.length > 3)!;
    const refusedStep = person.calls[2]!;
    const body = JSON.stringify(refusedStep.body);
    const server = fakeServer((path, b) => (path.startsWith('/api/protection/') && JSON.stringify(b) === body ? 'Refused for the test' : null));
    const result = await runPlan(plan, { client: server.client, concurrency: 2, tokenFor, ...noWait });
    expect(result.failures).toEqual([]);
    expect(result.accepted.size).toBe(planned);
    expect(result.protection.failures).toEqual([expect.objectContaining({ caseLabel: target.label, step: refusedStep.step, status: 409, code: 'TEST_REFUSAL' })]);
    expect(result.protection.skipped).toBe(person.calls.length - 3);
    expect(result.protectionAccepted.size).toBe(plannedProtection - 1 - (person.calls.length - 3));
    const caseIndex = plan.cases.indexOf(target);
    const personIndex = target.protection.indexOf(person);
    expect(result.protectionAccepted.has(protectionKey(caseIndex, personIndex, 1))).toBe(true);
    expect(result.protectionAccepted.has(protectionKey(caseIndex, personIndex, 2))).toBe(false);
  });

  it('waits a bounded time for the first protection case, then no more, and never opens one itself: each person is a failure', async () => {
    const server = fakeServer(undefined, true, false);
    const slept: number[] = [];
    const persons = plan.cases.reduce((n, c) => n + c.protection.length, 0);
    const result = await runPlan(plan, { client: server.client, concurrency: 1, tokenFor, courtFileWaitMs: 0, protectionCaseWaitMs: 40, courtFilePollMs: 10, sleep: async (ms) => void slept.push(ms) });
    // The police and court are not held up by the missing protection context.
    expect(result.failures).toEqual([]);
    expect(result.accepted.size).toBe(planned);
    expect(result.protection.failures).toHaveLength(persons);
    expect(result.protection.failures[0]).toMatchObject({ step: 'receive-protection-case', status: 404 });
    expect(result.protection.skipped).toBe(plannedProtection - persons);
    expect(server.calls.filter((c) => c.method === 'POST' && c.path.startsWith('/api/protection/'))).toEqual([]);
    const looks = server.calls.filter((c) => c.method === 'GET' && c.path.startsWith('/api/protection/')).length;
    expect(looks).toBeGreaterThan(persons);
  });

  it('registers the persons received directly, each followed by the id the server made, a refusal stopping that person only', async () => {
    const withRegistrations = generateYear({ year: 2020, seed: 42, cases: 2, registrations: 6, today: '2026-03-01' });
    const registrationCalls = withRegistrations.registrations.reduce((n, r) => n + r.protection.calls.length, 0);
    const refused = withRegistrations.registrations[1]!;
    const server = fakeServer((path, b) => (path === '/api/protection/cases' && JSON.stringify(b) === JSON.stringify(refused.protection.calls[0]!.body) ? 'Refused for the test' : null));
    const result = await runPlan(withRegistrations, { client: server.client, concurrency: 2, tokenFor, ...noWait });
    expect(result.protection.failures).toEqual([expect.objectContaining({ caseLabel: refused.label, step: 'register-protection-case', status: 409 })]);
    expect(result.protection.skipped).toBe(refused.protection.calls.length - 1);
    const accepted = [...result.protectionAccepted].filter((k) => k.startsWith('R'));
    expect(accepted).toHaveLength(registrationCalls - refused.protection.calls.length);
    expect(result.protectionAccepted.has(registrationKey(0, 0))).toBe(true);
    expect(result.protectionAccepted.has(registrationKey(1, 0))).toBe(false);
    // Each registered person's later calls name the id the server answered the registration with.
    // The fake numbers the ids of the POSTs it accepts, in order.
    const isRefused = (c: { path: string; body: object }) => c.path === '/api/protection/cases' && JSON.stringify(c.body) === JSON.stringify(refused.protection.calls[0]!.body);
    const registered = new Map<string, string>();
    let n = 0;
    for (const c of server.calls) {
      if (c.method !== 'POST' || isRefused(c)) continue;
      n += 1;
      if (c.path === '/api/protection/cases') registered.set(`id-${n}`, c.token);
    }
    const followOns = server.calls.filter((c) => /^\/api\/protection\/cases\/id-\d+\//.test(c.path) && registered.has(c.path.split('/')[4]!));
    expect(followOns.length).toBe(registrationCalls - refused.protection.calls.length - registered.size);
    expect([...registered.values()].every((t) => /^Bearer token:social_worker:dosvy-[a-z-]+:[a-z-]+$/.test(t))).toBe(true);
    expect(summarisePlan(withRegistrations, undefined, undefined, (r, i) => result.protectionAccepted.has(registrationKey(r, i))).protection.registered).toEqual(
      summarisePlan({ ...withRegistrations, registrations: withRegistrations.registrations.filter((r) => r !== refused) }).protection.registered,
    );
  });

  it('skips the protection calls of a victim whose hand-over was refused', async () => {
    const target = plan.cases.find((c) => c.protection.length > 0)!;
    const person = target.protection[0]!;
    const handOver = target.calls.find((c) => c.step === 'hand-over-victim' && c.subject === person.subject)!;
    const server = fakeServer((path, b) => (path.endsWith('/hand-over') && JSON.stringify(b) === JSON.stringify(handOver.body) ? 'Refused for the test' : null));
    const result = await runPlan({ ...plan, cases: [target] }, { client: server.client, concurrency: 1, tokenFor, ...noWait });
    expect(result.failures).toEqual([expect.objectContaining({ step: 'hand-over-victim' })]);
    // The case stops at the refused hand-over: only the persons handed over before it go on in protection.
    const refusedAt = target.calls.indexOf(handOver);
    const before = target.protection.filter((p) => target.calls.findIndex((c) => c.step === 'hand-over-victim' && c.subject === p.subject) < refusedAt);
    const sent = before.reduce((n, p) => n + p.calls.length, 0);
    const total = target.protection.reduce((n, p) => n + p.calls.length, 0);
    expect(server.calls.filter((c) => c.path.startsWith('/api/protection/'))).toHaveLength(sent);
    expect(result.protection.skipped).toBe(total - sent);
    expect(result.protection.skipped).toBeGreaterThanOrEqual(person.calls.length);
    expect(result.protection.failures).toEqual([]);
  });

  it('stops a case at its first refused call, goes on with the others, and masks names in the report', async () => {
    const target = plan.cases.find((c) => c.calls.some((call) => call.step === 'identify-suspect' && (call.body['personal'] as { fullName?: string } | undefined)?.fullName))!;
    const identify = target.calls.find((call) => call.step === 'identify-suspect' && call.body['personal'])!;
    const name = (identify.body['personal'] as { fullName: string }).fullName;
    const isTarget = (path: string, body: Record<string, unknown>) =>
      path.endsWith('/suspects') && (body['personal'] as { fullName?: string } | undefined)?.fullName === name && body['identifiedOn'] === identify.body['identifiedOn'];
    const server = fakeServer((path, body) => (isTarget(path, body) ? `Suspect ${name} refused` : null));
    const result = await runPlan(plan, { client: server.client, concurrency: 2, tokenFor, ...noWait });
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

  it('takes the court file the server opened from the forwarding, with the police ids, and opens none itself', async () => {
    const server = fakeServer(undefined, true);
    const result = await runPlan(plan, { client: server.client, concurrency: 2, tokenFor, ...noWait });
    expect(result.failures).toEqual([]);
    expect(result.accepted.size).toBe(planned);
    expect(result.courtFiles).toEqual({ received: plan.cases.filter((c) => c.court).length, openedBySeed: 0 });
    expect(server.calls.filter((c) => c.path === '/api/court/files')).toEqual([]);
    // The file id is the police case id, the accused's id the police suspect id.
    const caseIds = new Set(server.calls.filter((c) => c.method === 'GET').map((c) => c.path.split('/').at(-1)));
    const suspectIds = new Set<string>();
    // Police answers: the fake numbers ids in call order; a suspect's id is the answer to its POST .../suspects.
    let n = 0;
    for (const c of server.calls) {
      if (c.method === 'POST') n += 1;
      if (c.method === 'POST' && c.path.endsWith('/suspects')) suspectIds.add(`id-${n}`);
    }
    for (const charge of server.calls.filter((c) => c.path.endsWith('/charges'))) {
      expect(caseIds.has(charge.path.split('/')[4])).toBe(true);
      expect(suspectIds.has(String(charge.body['personId']))).toBe(true);
    }
  });

  it('waits a bounded time for a court file, then opens it itself and stops waiting for the others', async () => {
    const server = fakeServer();
    const slept: number[] = [];
    const one = { ...plan, cases: plan.cases.filter((c) => c.court).slice(0, 3) };
    const result = await runPlan(one, { client: server.client, concurrency: 1, tokenFor, courtFileWaitMs: 50, courtFilePollMs: 10, sleep: async (ms) => void slept.push(ms) });
    expect(result.failures).toEqual([]);
    expect(result.courtFiles).toEqual({ received: 0, openedBySeed: 3 });
    const looks = server.calls.filter((c) => c.method === 'GET').length;
    // The first file is looked for until the wait runs out; the next two once each.
    expect(looks).toBeGreaterThan(3);
    expect(slept.every((ms) => ms === 10)).toBe(true);
  });

  it('never opens a second file for a case once the server has shown it opens files itself: a late file is a failure', async () => {
    const forwarded = plan.cases.filter((c) => c.court).slice(0, 2);
    let looks = 0;
    // The reactor opens the first case's file, then (slow, or failing) not the second's.
    const server = fakeServer(() => null, () => (looks += 1) === 1);
    const result = await runPlan({ ...plan, cases: forwarded }, { client: server.client, concurrency: 1, tokenFor, courtFileWaitMs: 30, courtFilePollMs: 10, sleep: async () => undefined });
    expect(result.courtFiles).toEqual({ received: 1, openedBySeed: 0 });
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ status: 404, detail: 'The forwarding reactor opened no court file in time' });
    expect(server.calls.filter((c) => c.method === 'POST' && c.path === '/api/court/files')).toEqual([]);
  });
});
