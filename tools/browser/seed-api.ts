import type { RunningRuntime } from './runtime';

/*
 * A small, realistic synthetic dataset entered through the public API with bearer tokens, as the
 * units' officers and the courts' prosecutors and judges would: for screens that need records to
 * show (browser checks, screenshots). Names are invented syllables, never real people.
 */

type Token = string;

async function call<T = Record<string, unknown>>(runtime: RunningRuntime, token: Token, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${runtime.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.ok) return (await response.json()) as T;
    // The court opens its file from the forwarding a moment later.
    if (response.status === 404 && method === 'GET' && attempt < 40) {
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  }
}

export interface SeedPerson {
  sex: 'F' | 'M';
  age: number;
  nationality?: string;
  fullName: string;
}

export interface SeedCase {
  province: string;
  unit: string;
  /** YYYY-MM-DD; the other steps fall on the same day. */
  openedOn: string;
  reference: string;
  offences: string[];
  suspects: (SeedPerson & { arrested: boolean })[];
  victims: (SeedPerson & { exploitationType: string; handOverTo?: 'social_affairs' | 'family' | 'partner_organisation' })[];
  forward: boolean;
}

export interface SeededCase {
  caseId: string;
  province: string;
  forwarded: boolean;
  /** Victims handed over to social affairs: the protection reactor opens a case for each, under the same id. */
  handedToSocialAffairs: string[];
}

/** Enters one police case with its suspects, arrests, rescues and hand-overs; forwards it when asked. */
export async function seedPoliceCase(runtime: RunningRuntime, c: SeedCase): Promise<SeededCase> {
  const token = await runtime.token('police', [c.province], c.unit, `officer-${c.unit}`);
  const on = c.openedOn;
  const { caseId } = await call<{ caseId: string }>(runtime, token, 'POST', '/api/enforcement/cases', {
    unit: { code: c.unit, type: c.unit.startsWith('gendarmerie') ? 'gendarmerie' : 'provincial_police' },
    province: c.province,
    offences: c.offences,
    openedOn: on,
    reference: c.reference,
  });
  const base = `/api/enforcement/cases/${caseId}`;
  for (const s of c.suspects) {
    const { suspectId } = await call<{ suspectId: string }>(runtime, token, 'POST', `${base}/suspects`, {
      sex: s.sex,
      ageAtIdentification: s.age,
      nationality: s.nationality ?? 'KHM',
      identifiedOn: on,
      personal: { fullName: s.fullName },
    });
    if (s.arrested) await call(runtime, token, 'POST', `${base}/suspects/${suspectId}/arrest`, { arrestedOn: on });
  }
  const handedToSocialAffairs: string[] = [];
  for (const v of c.victims) {
    const { victimId } = await call<{ victimId: string }>(runtime, token, 'POST', `${base}/victims`, {
      sex: v.sex,
      ageAtRescue: v.age,
      nationality: v.nationality ?? 'KHM',
      exploitationType: v.exploitationType,
      rescuedOn: on,
      personal: { fullName: v.fullName },
    });
    if (v.handOverTo) await call(runtime, token, 'POST', `${base}/victims/${victimId}/hand-over`, { destination: v.handOverTo, handedOverOn: on });
    if (v.handOverTo === 'social_affairs') handedToSocialAffairs.push(victimId);
  }
  if (c.forward) await call(runtime, token, 'POST', `${base}/forward`, { forwardedOn: on, court: c.province });
  return { caseId, province: c.province, forwarded: c.forward, handedToSocialAffairs };
}

interface CourtFileAnswer {
  state: { accused: Record<string, { personId: string }>; offences: string[] };
}

/**
 * Takes a forwarded case through the prosecutor (charges, sent to the investigating judge) and
 * the judge (pre-trial detention, so the deadlines screen has one) on `on`.
 */
export async function seedCourtSteps(runtime: RunningRuntime, caseId: string, province: string, on: string): Promise<void> {
  const prosecutor = await runtime.token('prosecutor', [province], `court-${province}`, `prosecutor-${province}`);
  const judge = await runtime.token('judge', [province], `court-${province}`, `judge-${province}`);
  const file = `/api/court/files/${caseId}`;
  const { state } = await call<CourtFileAnswer>(runtime, prosecutor, 'GET', file);
  const accused = Object.values(state.accused);
  for (const a of accused) await call(runtime, prosecutor, 'POST', `${file}/charges`, { personId: a.personId, offences: state.offences, chargedOn: on });
  await call(runtime, prosecutor, 'POST', `${file}/prosecution-decision`, { action: 'submitted_for_investigation', decidedOn: on });
  for (const a of accused) await call(runtime, judge, 'POST', `${file}/accused/${a.personId}/detention`, { orderedOn: on, offenceClass: 'felony' });
}

/** The day `days` before `date` (YYYY-MM-DD), kept within the same year. */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  const out = d.toISOString().slice(0, 10);
  return out.slice(0, 4) === date.slice(0, 4) ? out : `${date.slice(0, 4)}-01-01`;
}

/**
 * The dataset of the screen checks and screenshots: cases in Battambang and Siem Reap this year,
 * three forwarded and carried into court, one still open with a suspect not yet arrested.
 */
export async function seedSmallDataset(runtime: RunningRuntime, today: string): Promise<SeededCase[]> {
  const cases: SeedCase[] = [
    {
      province: 'battambang',
      unit: 'police-battambang',
      openedOn: daysBefore(today, 20),
      reference: 'BTB-0101',
      offences: ['trafficking_in_persons_with_purpose'],
      suspects: [
        { sex: 'M', age: 41, fullName: 'Sok Vannak', arrested: true },
        { sex: 'F', age: 35, nationality: 'THA', fullName: 'Malee Srisuk', arrested: true },
      ],
      victims: [
        { sex: 'F', age: 16, fullName: 'Chan Sreyneang', exploitationType: 'labour', handOverTo: 'social_affairs' },
        { sex: 'F', age: 14, fullName: 'Keo Dara', exploitationType: 'labour', handOverTo: 'family' },
      ],
      forward: true,
    },
    {
      province: 'battambang',
      unit: 'police-battambang',
      openedOn: daysBefore(today, 12),
      reference: 'BTB-0102',
      offences: ['procuring'],
      suspects: [{ sex: 'M', age: 29, fullName: 'Heng Ratha', arrested: true }],
      victims: [{ sex: 'F', age: 19, fullName: 'Lim Sopheap', exploitationType: 'sexual', handOverTo: 'partner_organisation' }],
      forward: true,
    },
    {
      province: 'siem-reap',
      unit: 'police-siem-reap',
      openedOn: daysBefore(today, 9),
      reference: 'SRP-0201',
      offences: ['forced_criminality'],
      suspects: [{ sex: 'M', age: 33, nationality: 'CHN', fullName: 'Wei Lun', arrested: true }],
      victims: [
        { sex: 'M', age: 22, fullName: 'Pich Bopha', exploitationType: 'forced_criminality', handOverTo: 'social_affairs' },
        { sex: 'M', age: 17, nationality: 'VNM', fullName: 'Nguyen Van An', exploitationType: 'forced_criminality' },
      ],
      forward: true,
    },
    {
      province: 'siem-reap',
      unit: 'police-siem-reap',
      openedOn: daysBefore(today, 3),
      reference: 'SRP-0202',
      offences: ['child_prostitution_offences'],
      suspects: [{ sex: 'F', age: 44, fullName: 'Touch Kolab', arrested: false }],
      victims: [{ sex: 'F', age: 13, fullName: 'Mean Chenda', exploitationType: 'sexual' }],
      forward: false,
    },
  ];
  const seeded: SeededCase[] = [];
  for (const c of cases) seeded.push(await seedPoliceCase(runtime, c));
  // Every forwarding is at least three days old: the court's steps come two days before today.
  for (const s of seeded.filter((x) => x.forwarded)) await seedCourtSteps(runtime, s.caseId, s.province, daysBefore(today, 2));
  return seeded;
}
