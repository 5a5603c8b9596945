import { createHash } from 'node:crypto';
import request from 'supertest';
import { Workbook } from 'exceljs';
import type { EventStore } from '@casetrail/event-sourcing';
import { intakeRecordName, receptionStreamId, returnedBodyStreamId, screenedPersonStreamId, uploadStreamId } from '@casetrail/intake-contracts';
import { nameBasedUuid } from '@casetrail/platform-commands';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { csvLine, RECEPTION_COLUMNS, syntheticReception, syntheticReceptionsCsv } from '../../tools/intake-upload/synthetic-rows';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SCREENED_NAME = 'Synthetic Screened Person (upload e2e)';
const sha256 = (body: string | Buffer) => createHash('sha256').update(body).digest('hex');
const csv = (rows: ReadonlyArray<Record<string, string>>, columns: readonly string[] = RECEPTION_COLUMNS) => `${columns.join(',')}\n${rows.map((r) => csvLine(columns, r)).join('')}`;
const receptionId = (place: string, reference: string) => nameBasedUuid(intakeRecordName('reception', place, reference));

/*
 * Bulk upload over HTTP on the embedded runtime (SQLite on disk): a file of rows checked as the
 * API checks a body and recorded by the same commands; refusals by line and column without a
 * value; the same file twice, the same rows in another file, changed figures; XLSX; the header;
 * roles and scope; screenings with their referral; personal data never in an answer or the log.
 */
describe('intake bulk upload over HTTP (embedded runtime, SQLite on disk)', () => {
  let app: EmbeddedApp;
  let store: EventStore;
  let official: string;
  let kandalOfficial: string;
  let auditor: string;
  let partner: string;
  let national: string;
  const logs: string[] = [];
  let restoreStdout: (() => void) | undefined;

  const upload = (token: string, kind: string, body: string | Buffer, type = 'text/csv', fileName?: string) =>
    request(app.http)
      .post(`/api/intake/uploads/${kind}${fileName ? `?fileName=${encodeURIComponent(fileName)}` : ''}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', type)
      .send(body);
  const get = (token: string, path: string) => request(app.http).get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    // Installed before the app starts, so pino writes through it: every log line of the suite is kept to be searched.
    const original = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      logs.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
    restoreStdout = () => {
      process.stdout.write = original;
    };
    app = await startEmbeddedApp({ env: { CASETRAIL_LOG_LEVEL: 'debug' } });
    store = app.app.get<EventStore>(EVENT_STORE);
    official = await app.token('border_official', ['banteay-meanchey'], 'border-liaison-office', 'official-bmc');
    kandalOfficial = await app.token('border_official', ['kandal'], undefined, 'official-kdl');
    auditor = await app.token('auditor', ['banteay-meanchey'], undefined, 'auditor-bmc');
    partner = await app.token('partner_worker', ['*'], 'ngo-ijm', 'partner-ijm');
    national = await app.token('statistician', ['*'], undefined, 'statistician-national');
  });
  afterAll(async () => {
    restoreStdout?.();
    await app?.destroy();
  });

  describe('a receptions CSV with good and bad rows', () => {
    const good = [1, 2, 3].map((n) => syntheticReception('E2E-A', n));
    const rows = [
      good[0]!,
      { ...syntheticReception('E2E-A', 10), received_on: '2020-02-30' },
      good[1]!,
      { ...syntheticReception('E2E-A', 11), men: '0', women: '0', boys: '0', girls: '0' },
      { ...syntheticReception('E2E-A', 12), place: 'nowhere', men: 'many' },
      good[2]!,
      { ...syntheticReception('E2E-A', 13), received_on: '2999-01-01' },
    ];
    const body = csv(rows);
    let first: request.Response;

    it('records the good rows and refuses each bad one by its line and column, never repeating a value', async () => {
      first = await upload(official, 'receptions', body, 'text/csv', 'poipet-2020.csv');
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ uploadId: sha256(body), kind: 'receptions', format: 'csv', fileName: 'poipet-2020.csv', rows: 7, accepted: 3, alreadyRecorded: 0, refused: 4, repeated: false });
      const refusals = first.body.refusals as Array<{ line: number; field?: string; reason: string }>;
      expect(refusals.map((r) => [r.line, r.field])).toEqual([
        [3, 'received_on'],
        [5, undefined],
        [6, 'place'],
        [8, 'received_on'],
      ]);
      expect(refusals[1]!.reason).toMatch(/at least one person/);
      expect(refusals[2]!.reason).toMatch(/men/);
      expect(refusals[3]!.reason).toMatch(/after today/);
      const text = JSON.stringify(refusals);
      for (const value of ['2020-02-30', 'nowhere', 'many', '2999-01-01']) expect(text).not.toContain(value);
      for (const row of good) expect(await store.readStream(receptionStreamId(receptionId(row.place!, row.reference!)))).toHaveLength(1);
      const [recorded] = await store.readStream(uploadStreamId(first.body.uploadId));
      expect(recorded).toMatchObject({ type: 'intake.UploadCompleted', actor: { userId: 'official-bmc' }, data: { rows: 7, accepted: 3, refused: 4, province: 'banteay-meanchey' } });
    });

    it('the same file again appends nothing and answers its record (repeated)', async () => {
      const before = await store.headPosition();
      const again = await upload(official, 'receptions', body);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ ...first.body, repeated: true });
      expect(await store.headPosition()).toBe(before);
    });

    it('the same rows in another file count as already recorded; changed figures are refused (correct instead)', async () => {
      const changed = { ...good[1]!, women: String(Number(good[1]!.women) + 1) };
      const other = csv([good[0]!, changed, syntheticReception('E2E-A', 4)]);
      const res = await upload(official, 'receptions', other);
      expect(res.body).toMatchObject({ rows: 3, accepted: 1, alreadyRecorded: 1, refused: 1, repeated: false });
      expect(res.body.refusals).toEqual([{ line: 3, field: 'reference', reason: 'already recorded with other figures; correct it instead' }]);
      expect(await store.readStream(receptionStreamId(receptionId(good[1]!.place!, good[1]!.reference!)))).toHaveLength(1);
    });

    it('a corrected reception still counts its row as first recorded; a withdrawn one refuses it', async () => {
      const corrected = good[0]!;
      const withdrawn = good[2]!;
      const correctedId = receptionId(corrected.place!, corrected.reference!);
      const correction = await request(app.http)
        .post(`/api/intake/receptions/${correctedId}/corrections`)
        .set('Authorization', `Bearer ${official}`)
        .set('If-Match', '"0"')
        .send({
          place: corrected.place,
          receivedOn: corrected.received_on,
          receivedBy: corrected.received_by,
          returnedBy: corrected.returned_by,
          countryReturnedFrom: corrected.country_returned_from,
          reason: corrected.reason,
          counts: { men: Number(corrected.men) + 1, women: Number(corrected.women), boys: Number(corrected.boys), girls: Number(corrected.girls) },
          correctedOn: '2020-12-01',
          justification: 'One man was not counted',
        });
      expect(correction.status).toBe(200);
      const withdrawal = await request(app.http)
        .post(`/api/intake/receptions/${receptionId(withdrawn.place!, withdrawn.reference!)}/withdrawal`)
        .set('Authorization', `Bearer ${official}`)
        .set('If-Match', '"0"')
        .send({ withdrawnOn: '2020-12-01', justification: 'Entered twice' });
      expect(withdrawal.status).toBe(200);
      const res = await upload(official, 'receptions', csv([corrected, withdrawn]));
      expect(res.body).toMatchObject({ rows: 2, accepted: 0, alreadyRecorded: 1, refused: 1 });
      expect(res.body.refusals).toEqual([{ line: 3, field: 'reference', reason: 'the reception of this place and reference was withdrawn; it is not recorded again' }]);
    });

    it('shows the record, and lists it in the uploader’s province only', async () => {
      const seen = await get(auditor, `/api/intake/uploads/${first.body.uploadId}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ status: 'completed', uploadId: first.body.uploadId, rows: 7, refused: 4, uploadedBy: 'official-bmc', fileName: 'poipet-2020.csv' });
      expect(seen.body.refusals).toHaveLength(4);
      expect((await get(kandalOfficial, `/api/intake/uploads/${first.body.uploadId}`)).status).toBe(404);
      const listed = await get(auditor, '/api/intake/uploads?kind=receptions');
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((i: { uploadId: string }) => i.uploadId)).toContain(first.body.uploadId);
      expect(listed.body.items[0]).not.toHaveProperty('refusals');
      expect((await get(kandalOfficial, '/api/intake/uploads')).body).toMatchObject({ items: [], total: 0 });
      expect((await get(national, '/api/intake/uploads')).body.total).toBeGreaterThanOrEqual(2);
      expect((await get(auditor, `/api/intake/uploads/${'0'.repeat(64)}`)).status).toBe(404);
      expect((await get(auditor, '/api/intake/uploads/not-a-hash')).status).toBe(400);
    });
  });

  describe('the header', () => {
    it('refuses a file whose header misses a column or has an unknown one (422, before any row), naming the missing column and the unknown one by its place', async () => {
      const row = syntheticReception('E2E-H', 1);
      const columns = RECEPTION_COLUMNS.filter((c) => c !== 'reason').concat('Sok Dara');
      const res = await upload(official, 'receptions', csv([row], columns));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('UPLOAD_HEADER');
      expect(res.body.detail).toMatch(/column K is not a column of receptions/);
      expect(res.body.detail).toMatch(/missing column reason/);
      expect(res.body.detail).not.toContain('Sok Dara');
      expect(await store.readStream(receptionStreamId(receptionId(row.place!, row.reference!)))).toEqual([]);
    });

    it('refuses an empty file, and a CSV that is not UTF-8', async () => {
      expect((await upload(official, 'receptions', '')).status).toBe(422);
      const latin1 = Buffer.concat([Buffer.from(csv([syntheticReception('E2E-H', 2)])), Buffer.from([0xe9, 0x0a])]);
      expect((await upload(official, 'receptions', latin1)).status).toBe(400);
    });

    it('refuses a file that cannot be read (422): an unclosed quote, bytes that are no workbook; a row longer than the header is refused alone', async () => {
      const unclosed = `${RECEPTION_COLUMNS.join(',')}\n${csvLine(RECEPTION_COLUMNS, syntheticReception('E2E-H', 4))}"E2E-H-5,poipet\n`;
      const broken = await upload(official, 'receptions', unclosed);
      expect(broken.status).toBe(422);
      expect(broken.body.detail).toMatch(/not valid CSV at line 3/);
      const before = syntheticReception('E2E-H', 4);
      expect(await store.readStream(receptionStreamId(receptionId(before.place!, before.reference!)))).toHaveLength(1);
      for (const bytes of [Buffer.from('PK\u0003\u0004 not really a zip'), Buffer.from(csv([syntheticReception('E2E-H', 6)]))]) {
        const res = await upload(official, 'receptions', bytes, XLSX);
        expect(res.status).toBe(422);
        expect(res.body.detail).toMatch(/not a readable XLSX workbook/);
      }
      const longer = `${RECEPTION_COLUMNS.join(',')}\n${csvLine(RECEPTION_COLUMNS, syntheticReception('E2E-H', 7)).trimEnd()},Sok Dara\n`;
      const res = await upload(official, 'receptions', longer);
      expect(res.body).toMatchObject({ rows: 1, accepted: 0, refused: 1, refusals: [{ line: 2, reason: 'the row has more cells than the header has columns' }] });
    });

    it('takes the columns in any order and case, and refuses an unknown kind, JSON and other media types', async () => {
      const columns = [...RECEPTION_COLUMNS].reverse();
      const body = `${columns.map((c) => c.toUpperCase()).join(',')}\n${csvLine(columns, syntheticReception('E2E-H', 3))}`;
      expect((await upload(official, 'receptions', body)).body).toMatchObject({ rows: 1, accepted: 1 });
      expect((await upload(official, 'people', body)).status).toBe(400);
      expect((await upload(official, 'receptions', body, 'text/plain')).status).toBe(415);
      expect((await request(app.http).post('/api/intake/uploads/receptions').set('Authorization', `Bearer ${official}`).send({ rows: [] })).status).toBe(415);
    });
  });

  describe('roles and scope', () => {
    it('refuses roles that do not record (403) and rows of places outside the uploader’s provinces', async () => {
      const body = csv([syntheticReception('E2E-S', 1)]);
      expect((await upload(auditor, 'receptions', body)).status).toBe(403);
      expect((await upload(partner, 'receptions', body)).status).toBe(403);
      expect((await upload(national, 'receptions', body)).status).toBe(403);
      const res = await upload(kandalOfficial, 'receptions', body);
      expect(res.body).toMatchObject({ rows: 1, accepted: 0, refused: 1 });
      expect(res.body.refusals[0]).toMatchObject({ line: 2 });
      expect(res.body.refusals[0].reason).toMatch(/outside your scope/);
    });
  });

  describe('an XLSX workbook', () => {
    it('reads the first sheet, its first row the header; dates typed as dates are dates', async () => {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('Receptions');
      sheet.addRow([...RECEPTION_COLUMNS]);
      const rows = [1, 2].map((n) => syntheticReception('E2E-X', n));
      for (const row of rows) sheet.addRow(RECEPTION_COLUMNS.map((c) => (c === 'received_on' ? new Date(`${row[c]}T00:00:00Z`) : ['men', 'women', 'boys', 'girls'].includes(c) ? Number(row[c]) : row[c])));
      sheet.getColumn(RECEPTION_COLUMNS.indexOf('received_on') + 1).numFmt = 'yyyy-mm-dd';
      sheet.addRow([]);
      sheet.addRow(RECEPTION_COLUMNS.map((c) => (c === 'reference' ? 'E2E-X-bad' : c === 'received_by' ? 'nobody' : syntheticReception('E2E-X', 3)[c])));
      workbook.addWorksheet('Codes').addRow(['reference', 'not', 'a', 'row']);
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      const res = await upload(official, 'receptions', file, XLSX, 'poipet.xlsx');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ uploadId: sha256(file), format: 'xlsx', rows: 3, accepted: 2, refused: 1 });
      expect(res.body.refusals).toEqual([expect.objectContaining({ line: 5, field: 'received_by' })]);
      const [recorded] = await store.readStream(receptionStreamId(receptionId(rows[0]!.place!, rows[0]!.reference!)));
      expect(recorded?.data).toMatchObject({ receivedOn: rows[0]!.received_on, counts: { men: Number(rows[0]!.men) } });
    });
  });

  describe('screenings with referral columns', () => {
    const SCREENING_COLUMNS = ['reference', 'reception_reference', 'place', 'screened_on', 'screened_by', 'outcome', 'exploitation_indicated', 'sex', 'nationality', 'country_returned_from', 'age_in_years', 'name', 'referral_destination', 'referral_on', 'referral_organisation'];
    const reception = syntheticReception('E2E-R', 1);
    const person = (n: number, overrides: Record<string, string> = {}) => ({
      reference: `E2E-P-${n}`,
      reception_reference: reception.reference!,
      place: reception.place!,
      screened_on: reception.received_on!,
      screened_by: 'border-liaison-office',
      outcome: 'suspected_victim',
      exploitation_indicated: 'labour',
      sex: 'F',
      nationality: 'KHM',
      country_returned_from: 'THA',
      age_in_years: '16',
      name: `${SCREENED_NAME} ${n}`,
      referral_destination: 'partner_organisation',
      referral_on: reception.received_on!,
      referral_organisation: 'ngo-ijm',
      ...overrides,
    });
    let answer: request.Response;

    it('screens and refers each person of the file; a row without its reception, or with a referral the decider refuses, is refused', async () => {
      expect((await upload(official, 'receptions', csv([reception]))).body).toMatchObject({ accepted: 1 });
      const rows = [
        person(1),
        person(2, { referral_destination: '', referral_on: '', referral_organisation: '' }),
        person(3, { reception_reference: 'E2E-R-none' }),
        person(4, { outcome: 'not_identified', exploitation_indicated: '' }),
        person(5, { referral_organisation: '' }),
      ];
      answer = await upload(official, 'screenings', csv(rows, SCREENING_COLUMNS));
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ rows: 5, accepted: 2, refused: 3 });
      expect(answer.body.refusals).toEqual([
        expect.objectContaining({ line: 4, field: 'reception_reference' }),
        expect.objectContaining({ line: 5, reason: expect.stringMatching(/^the screening is recorded; the referral is refused: .*family only/) }),
        expect.objectContaining({ line: 6, field: 'referral_organisation', reason: expect.stringMatching(/^the screening is recorded; the referral is refused: referral_organisation is required/) }),
      ]);
      const events = await store.readStream(screenedPersonStreamId(nameBasedUuid(intakeRecordName('screened-person', reception.place!, 'E2E-P-1'))));
      expect(events.map((e) => e.type)).toEqual(['intake.PersonScreened', 'intake.PersonReferred']);
      expect(events[1]?.data).toMatchObject({ destination: 'partner_organisation', organisation: 'ngo-ijm' });
    });

    it('the same persons in another file: already recorded (screened and referred alike); a fixed referral is recorded', async () => {
      const rows = [person(1), person(2, { referral_destination: '', referral_on: '', referral_organisation: '' }), person(5), person(1, { reference: 'E2E-P-1', outcome: 'person_at_risk', exploitation_indicated: 'at_risk' })];
      const res = await upload(official, 'screenings', csv(rows, SCREENING_COLUMNS));
      expect(res.body).toMatchObject({ rows: 4, accepted: 1, alreadyRecorded: 2, refused: 1 });
      expect(res.body.refusals).toEqual([expect.objectContaining({ line: 5, field: 'reference', reason: 'already screened with other facts; revise the screening instead' })]);
    });

    it('never answers, stores in clear or logs a name', async () => {
      expect(JSON.stringify(answer.body)).not.toContain('Synthetic');
      const [screened] = await store.readStream(screenedPersonStreamId(nameBasedUuid(intakeRecordName('screened-person', reception.place!, 'E2E-P-1'))));
      expect(JSON.stringify(screened?.data)).not.toContain('Synthetic');
      const uploads = logs.filter((line) => line.includes('/api/intake/uploads/screenings'));
      expect(uploads.length).toBeGreaterThan(0);
      expect(logs.join('')).not.toContain('Synthetic');
    });
  });

  describe('returned bodies', () => {
    const BODY_COLUMNS = ['reference', 'place', 'received_on', 'received_by', 'brought_by', 'country_of_death', 'sex', 'cause'];
    const body = (n: number, overrides: Record<string, string> = {}) => ({
      reference: `E2E-BODY-${n}`,
      place: 'poipet',
      received_on: '2020-06-11',
      received_by: 'border-liaison-office',
      brought_by: 'foreign_authorities',
      country_of_death: 'THA',
      sex: n % 2 ? 'M' : 'F',
      cause: 'disease',
      ...overrides,
    });

    it('records bodies as the API does; the same body again is already recorded, other figures refused', async () => {
      const first = await upload(official, 'bodies', csv([body(1), body(2), body(3, { cause: 'old_age' })], BODY_COLUMNS));
      expect(first.body).toMatchObject({ kind: 'bodies', rows: 3, accepted: 2, refused: 1, refusals: [expect.objectContaining({ line: 4, field: 'cause' })] });
      const [received] = await store.readStream(returnedBodyStreamId(nameBasedUuid(intakeRecordName('body', 'poipet', 'E2E-BODY-1'))));
      expect(received).toMatchObject({ type: 'intake.BodyReceived', data: { reference: 'E2E-BODY-1', province: 'banteay-meanchey', sex: 'M', cause: 'disease' } });
      const again = await upload(official, 'bodies', csv([body(1), body(2, { cause: 'accident' }), body(3)], BODY_COLUMNS));
      expect(again.body).toMatchObject({ rows: 3, accepted: 1, alreadyRecorded: 1, refused: 1, refusals: [{ line: 3, field: 'reference', reason: 'already recorded with other figures; correct it instead' }] });
    });
  });

  it('takes the same file sent twice at once as one upload: each row recorded once, one answer repeated', async () => {
    const body = [...syntheticReceptionsCsv({ rows: 300, referencePrefix: 'E2E-C' })].join('');
    const [a, b] = await Promise.all([upload(official, 'receptions', body), upload(official, 'receptions', body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.repeated, b.body.repeated].sort()).toEqual([false, true]);
    expect({ ...a.body, repeated: null }).toEqual({ ...b.body, repeated: null });
    expect(a.body).toMatchObject({ rows: 300, accepted: 300 });
    expect(await store.readStream(uploadStreamId(sha256(body)))).toHaveLength(1);
  });

  it('counts a 2,000-row file in batches, every row once', async () => {
    const body = [...syntheticReceptionsCsv({ rows: 2000, referencePrefix: 'E2E-B' })].join('');
    const res = await upload(official, 'receptions', body);
    expect(res.body).toMatchObject({ rows: 2000, accepted: 2000, refused: 0 });
    const again = await upload(official, 'receptions', `${body}`.replace('reference,', 'REFERENCE,'));
    expect(again.body).toMatchObject({ rows: 2000, accepted: 0, alreadyRecorded: 2000, repeated: false });
  });
});
