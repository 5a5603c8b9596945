import request from 'supertest';
import type { App } from 'supertest/types';

/** Drives police cases through the public HTTP API (as a client would). */
export class PoliceCaseDriver {
  constructor(
    private readonly http: App,
    private readonly token: string,
  ) {}

  post(path: string, body: object, headers: Record<string, string> = {}) {
    return request(this.http)
      .post(path)
      .set('Authorization', `Bearer ${this.token}`)
      .set(headers)
      .send(body);
  }

  get(path: string) {
    return request(this.http).get(path).set('Authorization', `Bearer ${this.token}`);
  }

  async open(body: Partial<{ unit: object; province: string; offences: string[]; openedOn: string; reference: string }> = {}): Promise<string> {
    const res = await this.post('/api/enforcement/cases', {
      unit: { code: 'police-battambang', type: 'provincial_police' },
      province: 'battambang',
      offences: ['trafficking_in_persons_with_purpose'],
      openedOn: '2020-03-14',
      ...body,
    });
    if (res.status !== 201) throw new Error(`open failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.caseId;
  }

  async suspect(caseId: string, body: object = {}): Promise<string> {
    const res = await this.post(`/api/enforcement/cases/${caseId}/suspects`, {
      sex: 'M',
      ageAtIdentification: 35,
      nationality: 'KHM',
      identifiedOn: '2020-03-15',
      ...body,
    });
    if (res.status !== 201) throw new Error(`identify failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.suspectId;
  }

  async arrest(caseId: string, suspectId: string, arrestedOn = '2020-03-16') {
    return this.expectOk(await this.post(`/api/enforcement/cases/${caseId}/suspects/${suspectId}/arrest`, { arrestedOn }));
  }

  async victim(caseId: string, body: object = {}): Promise<string> {
    const res = await this.post(`/api/enforcement/cases/${caseId}/victims`, {
      sex: 'F',
      ageAtRescue: 16,
      nationality: 'KHM',
      exploitationType: 'sexual',
      rescuedOn: '2020-03-16',
      ...body,
    });
    if (res.status !== 201) throw new Error(`rescue failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.victimId;
  }

  async handOver(caseId: string, victimId: string, destination = 'social_affairs', handedOverOn = '2020-03-17') {
    return this.expectOk(await this.post(`/api/enforcement/cases/${caseId}/victims/${victimId}/hand-over`, { destination, handedOverOn }));
  }

  async forward(caseId: string, forwardedOn = '2020-03-20') {
    return this.expectOk(await this.post(`/api/enforcement/cases/${caseId}/forward`, { forwardedOn }));
  }

  private expectOk(res: request.Response) {
    if (res.status !== 200) throw new Error(`${res.request.url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { caseId: string; revision: number };
  }
}
