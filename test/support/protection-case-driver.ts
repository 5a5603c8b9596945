import request from 'supertest';
import type { App } from 'supertest/types';

/** Drives protection cases through the public HTTP API (as a social or partner worker would). */
export class ProtectionCaseDriver {
  constructor(
    private readonly http: App,
    private readonly token: string,
  ) {}

  post(path: string, body: object, headers: Record<string, string> = {}) {
    return request(this.http).post(path).set('Authorization', `Bearer ${this.token}`).set(headers).send(body);
  }

  get(path: string, headers: Record<string, string> = {}) {
    return request(this.http).get(path).set('Authorization', `Bearer ${this.token}`).set(headers);
  }

  /** Registers a person directly (a returnee received at a checkpoint, by default); answers the person id. */
  async register(body: object = {}): Promise<string> {
    const res = await this.post('/api/protection/cases', {
      province: 'battambang',
      receivedOn: '2020-05-04',
      channel: 'overseas_authorities',
      entryPoint: 'doung',
      countryReturnedFrom: 'THA',
      sex: 'F',
      nationality: 'KHM',
      ageInYears: 17,
      exploitationType: 'labour',
      ...body,
    });
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.personId;
  }

  /** A step of a case that must succeed (200, or 201 for what it adds). */
  async step(personId: string, rest: string, body: object, headers: Record<string, string> = {}) {
    const res = await this.post(`/api/protection/cases/${personId}${rest}`, body, headers);
    if (res.status !== 200 && res.status !== 201) throw new Error(`${rest}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { personId: string; revision: number; claimId?: string; visitNumber?: number };
  }

  refer(personId: string, organisation: string, referredOn = '2020-05-06', purpose = 'shelter') {
    return this.step(personId, '/referrals', { organisation, referredOn, purpose });
  }

  consent(personId: string, sharing: Array<{ organisation: string; purposes: string[] }>, recordedOn = '2020-05-06') {
    return this.step(personId, '/consent', { givenBy: 'person', recordedOn, sharing });
  }
}
