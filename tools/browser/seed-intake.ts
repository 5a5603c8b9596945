import type { RunningRuntime } from './runtime';

/*
 * Intake records entered through the public API with a border official's bearer token, as a
 * checkpoint's unit would: a reception at Poipet, a person screened from it and referred to the
 * police, a returned body. For the screens checks, which need records no screen made. Names are
 * invented syllables, never real people.
 */

async function post<T>(runtime: RunningRuntime, token: string, path: string, body: unknown, ifMatch?: string): Promise<{ data: T; etag: string | null }> {
  const response = await fetch(`${runtime.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return { data: (await response.json()) as T, etag: response.headers.get('ETag') };
}

export interface SeededIntake {
  receptionId: string;
  personId: string;
  bodyId: string;
}

/** One reception, one screened person referred to the police, one body, at Poipet on `day`. */
export async function seedIntake(runtime: RunningRuntime, day: string): Promise<SeededIntake> {
  const token = await runtime.token('border_official', ['banteay-meanchey'], 'border-liaison-office', 'border-official-seed');
  const reception = { reference: 'SEED-R1', place: 'poipet', receivedOn: day, receivedBy: 'border-liaison-office', returnedBy: 'foreign_authorities', countryReturnedFrom: 'THA', reason: 'illegal_work', counts: { men: 12, women: 7, boys: 1, girls: 1 } };
  const { data: r } = await post<{ receptionId: string }>(runtime, token, '/api/intake/receptions', reception);
  const { data: p, etag } = await post<{ personId: string; revision: number }>(runtime, token, '/api/intake/screenings', {
    reference: 'SEED-P1',
    receptionReference: 'SEED-R1',
    place: 'poipet',
    screenedOn: day,
    screenedBy: 'border-liaison-office',
    outcome: 'suspected_victim',
    exploitationIndicated: 'labour',
    sex: 'M',
    nationality: 'KHM',
    countryReturnedFrom: 'THA',
    ageInYears: 16,
    personal: { fullName: 'Vuthy Keo' },
  });
  await post(runtime, token, `/api/intake/screenings/${p.personId}/referrals`, { destination: 'police', referredOn: day, policeUnit: 'police-banteay-meanchey', suspectedOffence: 'unlawful_recruitment_for_exploitation' }, etag ?? `"${p.revision}"`);
  const { data: b } = await post<{ bodyId: string }>(runtime, token, '/api/intake/bodies', { reference: 'SEED-B1', place: 'poipet', receivedOn: day, receivedBy: 'border-liaison-office', broughtBy: 'foreign_authorities', countryOfDeath: 'THA', sex: 'M', cause: 'accident' });
  return { receptionId: r.receptionId, personId: p.personId, bodyId: b.bodyId };
}
