import request from 'supertest';
import { randomBytes } from 'node:crypto';
import { intakeRecordName } from '@casetrail/intake-contracts';
import { nameBasedUuid } from '@casetrail/platform-commands';
import type { EmbeddedApp } from '../../support/embedded-app';
import { protectionCaseOfHandOver } from '../../support/protection-hand-over';
import { HOME } from './expected-status';
import { partnerOf } from './protection-fixtures';

/** Dates of the fixture records, in the order the deciders want them. */
export const INTAKE_DATES = { received: '2020-04-02', screened: '2020-04-02', referred: '2020-04-03', revised: '2020-04-09', corrected: '2020-04-10', withdrawn: '2020-04-11' };

/**
 * The intake place of a province's fixture records: Doung in HOME (Battambang); elsewhere Poipet
 * (Banteay Meanchey), since AWAY (Kandal) has no checkpoint or airport. Either way a HOME token
 * reaches the first and not the second, which is what the matrix's scope variants ask.
 */
export function intakePlaceOf(province: string): string {
  return province === HOME ? 'doung' : 'poipet';
}

/** A reference no other fixture uses: records are named by place and reference, and a second one is 409. */
export const freshReference = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;

export function receptionBody(province: string, reference = freshReference('R')) {
  return {
    reference,
    place: intakePlaceOf(province),
    receivedOn: INTAKE_DATES.received,
    receivedBy: 'border-liaison-office',
    returnedBy: 'foreign_authorities',
    countryReturnedFrom: 'THA',
    reason: 'illegal_work',
    counts: { men: 12, women: 8, boys: 1, girls: 1 },
  };
}

export function screeningBody(province: string, receptionReference: string, reference = freshReference('S')) {
  return {
    reference,
    receptionReference,
    place: intakePlaceOf(province),
    screenedOn: INTAKE_DATES.screened,
    screenedBy: 'border-liaison-office',
    outcome: 'suspected_victim',
    exploitationIndicated: 'labour',
    sex: 'F',
    nationality: 'KHM',
    countryReturnedFrom: 'THA',
    ageInYears: 17,
  };
}

export function bodyBody(province: string, reference = freshReference('B')) {
  return {
    reference,
    place: intakePlaceOf(province),
    receivedOn: INTAKE_DATES.received,
    receivedBy: 'border-liaison-office',
    broughtBy: 'foreign_authorities',
    countryOfDeath: 'THA',
    sex: 'M',
    cause: 'disease',
  };
}

/** A CSV file of one fresh reception at the province's place, in the published format (`UPLOAD_FORMATS.receptions`). */
export function receptionsCsv(province: string, reference = freshReference('U')): string {
  const r = receptionBody(province, reference);
  const header = 'reference,place,received_on,received_by,returned_by,country_returned_from,reason,men,women,boys,girls';
  const row = [r.reference, r.place, r.receivedOn, r.receivedBy, r.returnedBy, r.countryReturnedFrom, r.reason, r.counts.men, r.counts.women, r.counts.boys, r.counts.girls].join(',');
  return `${header}\n${row}\n`;
}

/** A correction that changes the figures (the same figures again would be 409). */
export function receptionCorrection(province: string) {
  const { reference: _reference, ...figures } = receptionBody(province);
  return { ...figures, counts: { men: 11, women: 9, boys: 1, girls: 1 }, correctedOn: INTAKE_DATES.corrected, justification: 'Recounted at the checkpoint (matrix)' };
}

export function bodyCorrection(province: string) {
  const { reference: _reference, ...figures } = bodyBody(province);
  return { ...figures, cause: 'accident', correctedOn: INTAKE_DATES.corrected, justification: 'The cause was reported wrongly (matrix)' };
}

const idOf = (kind: 'reception' | 'screened-person' | 'body', place: string, reference: string) => nameBasedUuid(intakeRecordName(kind, place, reference));

/**
 * Intake records made through the API by a national border official, at the place of a province
 * (`intakePlaceOf`): receptions, persons screened at them (named by the reception's reference),
 * referred to the province's partner when asked (the matrix's partner tokens reach them), bodies.
 */
export class IntakeFixtures {
  private token: Promise<string> | undefined;

  constructor(private readonly app: EmbeddedApp) {}

  private async post(path: string, body: object): Promise<Record<string, unknown>> {
    this.token ??= this.app.token('border_official', ['*'], undefined, 'border-official-fixtures');
    const res = await request(this.app.http).post(path).set('Authorization', `Bearer ${await this.token}`).send(body);
    if (res.status !== 200 && res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, unknown>;
  }

  async reception(province: string): Promise<{ receptionId: string; receptionReference: string }> {
    const body = receptionBody(province);
    await this.post('/api/intake/receptions', body);
    return { receptionId: idOf('reception', body.place, body.reference), receptionReference: body.reference };
  }

  /**
   * A person screened at a fresh reception of the province, with a name; referred to the
   * province's partner when `referred`, whose protection case (the same person id) protection's
   * reactor then opens: awaited, so the reads see it.
   */
  async screenedPerson(province: string, referred = false): Promise<{ receptionId: string; receptionReference: string; screenedPersonId: string }> {
    const reception = await this.reception(province);
    const body = { ...screeningBody(province, reception.receptionReference), personal: { fullName: 'Synthetic Returnee (matrix)' } };
    await this.post('/api/intake/screenings', body);
    const screenedPersonId = idOf('screened-person', body.place, body.reference);
    if (referred) {
      await this.post(`/api/intake/screenings/${screenedPersonId}/referrals`, { destination: 'partner_organisation', referredOn: INTAKE_DATES.referred, organisation: partnerOf(province) });
      await protectionCaseOfHandOver(this.app, screenedPersonId);
    }
    return { ...reception, screenedPersonId };
  }

  /** A file uploaded by a border official of the province (the upload's record is in the uploader's province). */
  async upload(province: string): Promise<{ uploadId: string }> {
    const token = await this.app.token('border_official', [province], undefined, `border-official-${province}-fixtures`);
    const res = await request(this.app.http).post('/api/intake/uploads/receptions').set('Authorization', `Bearer ${token}`).set('Content-Type', 'text/csv').send(receptionsCsv(province));
    if (res.status !== 200) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
    return { uploadId: (res.body as { uploadId: string }).uploadId };
  }

  async body(province: string): Promise<{ bodyId: string }> {
    const body = bodyBody(province);
    await this.post('/api/intake/bodies', body);
    return { bodyId: idOf('body', body.place, body.reference) };
  }
}
