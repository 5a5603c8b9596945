import type { RunningRuntime } from './runtime';

/*
 * Protection cases entered through the public API with a social worker's bearer token, as a
 * provincial department would: for browser checks that need cases a screen did not make. Names are
 * invented syllables, never real people.
 */

async function post<T>(runtime: RunningRuntime, token: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${runtime.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export interface SeedProtectionCase {
  province: string;
  receivedOn: string;
  sex: 'F' | 'M';
  ageInYears: number;
  exploitationType: string;
  fullName: string;
  /** A partner organisation the case is referred to (no consent recorded: its workers see no name). */
  referTo?: string;
}

/** Registers a person received from an NGO (direct registration), and refers the case when asked; returns the person id. */
export async function seedProtectionCase(runtime: RunningRuntime, c: SeedProtectionCase): Promise<string> {
  const token = await runtime.token('social_worker', [c.province], `dosvy-${c.province}`, `social-worker-${c.province}`);
  const { personId } = await post<{ personId: string }>(runtime, token, '/api/protection/cases', {
    province: c.province,
    receivedOn: c.receivedOn,
    channel: 'ngo_referral',
    sex: c.sex,
    nationality: 'KHM',
    ageInYears: c.ageInYears,
    exploitationType: c.exploitationType,
    personal: { fullName: c.fullName },
  });
  if (c.referTo) await post(runtime, token, `/api/protection/cases/${personId}/referrals`, { organisation: c.referTo, referredOn: c.receivedOn, purpose: 'case_management' });
  return personId;
}
