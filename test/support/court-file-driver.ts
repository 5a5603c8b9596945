import request from 'supertest';
import type { App } from 'supertest/types';

/** Drives court files through the public HTTP API (as a prosecutor or a judge would). */
export class CourtFileDriver {
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

  async open(body: Partial<{ court: string; openedOn: string; offences: string[]; reference: string }> = {}): Promise<string> {
    const res = await this.post('/api/court/files', { court: 'court-battambang', openedOn: '2020-03-14', offences: ['trafficking_in_persons_with_purpose'], ...body });
    if (res.status !== 201) throw new Error(`open failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.fileId;
  }

  async accused(fileId: string, body: object = {}): Promise<string> {
    const res = await this.post(`/api/court/files/${fileId}/accused`, { sex: 'M', nationality: 'KHM', ageInYears: 34, addedOn: '2020-03-15', ...body });
    if (res.status !== 201) throw new Error(`add accused failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.personId;
  }

  async victim(fileId: string, body: object = {}): Promise<string> {
    const res = await this.post(`/api/court/files/${fileId}/victims`, { sex: 'F', nationality: 'KHM', ageInYears: 16, addedOn: '2020-03-15', exploitationType: 'sexual', ...body });
    if (res.status !== 201) throw new Error(`add victim failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.personId;
  }

  async step(path: string, body: object, headers: Record<string, string> = {}) {
    const res = await this.post(path, body, headers);
    if (res.status !== 200 && res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { fileId: string; revision: number };
  }

  charge(fileId: string, personId: string, chargedOn = '2020-03-16') {
    return this.step(`/api/court/files/${fileId}/charges`, { personId, offences: ['trafficking_in_persons_with_purpose'], chargedOn });
  }

  decide(fileId: string, body: object = { action: 'submitted_for_investigation', decidedOn: '2020-03-17' }) {
    return this.step(`/api/court/files/${fileId}/prosecution-decision`, body);
  }
}
