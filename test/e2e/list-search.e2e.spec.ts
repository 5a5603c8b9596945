import { CourtFileDriver } from '../support/court-file-driver';
import { courtFileOfForwarding } from '../support/court-forwarding';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';

/*
 * Searching the case list and the court-file list by reference, and their year, unit and
 * offence filters, over HTTP on the embedded runtime: a match (anywhere in the reference, in any
 * case), no match, a 400 naming the field (never echoing the text), and the reader's scope still
 * applied to what a search finds. References are unique to this run, so other specs' data never
 * matches.
 */

const RUN = `Q${Date.now().toString(36).toUpperCase()}`;

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
type CaseRow = { caseId: string; reference: string | null; year: number; province: string };
type FileRow = { fileId: string; reference: string | null; year: number; openedOn: string; province: string; forwardingUnit: string | null; principalOffence: string };

describe('list search by reference, year, unit and offence (embedded runtime)', () => {
  let app: EmbeddedApp;

  beforeAll(async () => {
    app = await startEmbeddedApp();
  });
  afterAll(async () => {
    await app.destroy();
  });

  describe('GET /api/enforcement/cases', () => {
    let police: PoliceCaseDriver;
    let kandalPolice: PoliceCaseDriver;
    let battambangCase: string;
    let olderCase: string;
    let kandalCase: string;

    const ids = (body: Page<CaseRow>) => body.items.map((i) => i.caseId).sort();

    beforeAll(async () => {
      police = new PoliceCaseDriver(app.http, await app.token('police', ['battambang'], 'police-battambang'));
      kandalPolice = new PoliceCaseDriver(app.http, await app.token('police', ['kandal'], 'police-kandal'));
      battambangCase = await police.open({ reference: `BTB-${RUN}-031`, openedOn: '2020-03-14' });
      olderCase = await police.open({ reference: `btb-${RUN}-007`, openedOn: '2019-11-02' });
      await police.open({ openedOn: '2020-03-14' }); // no reference: never found by a search
      kandalCase = await kandalPolice.open({ unit: { code: 'police-kandal', type: 'provincial_police' }, province: 'kandal', reference: `KDL-${RUN}-031` });
    });

    it('finds a case by a prefix or any part of its reference, whatever the case of the letters', async () => {
      const prefix = await police.get(`/api/enforcement/cases?reference=BTB-${RUN}`);
      expect(prefix.status).toBe(200);
      expect(ids(prefix.body)).toEqual([battambangCase, olderCase].sort());
      expect(prefix.body.total).toBe(2);
      const lower = await police.get(`/api/enforcement/cases?reference=${encodeURIComponent(`btb-${RUN.toLowerCase()}-031`)}`);
      expect(ids(lower.body)).toEqual([battambangCase]);
      expect(lower.body.items[0]).toMatchObject({ caseId: battambangCase, reference: `BTB-${RUN}-031`, year: 2020, province: 'battambang' });
      // The folded copy the search reads stays in the read model.
      expect(lower.body.items[0]).not.toHaveProperty('referenceSearch');
      const middle = await police.get(`/api/enforcement/cases?reference=${RUN.toLowerCase()}-00`);
      expect(ids(middle.body)).toEqual([olderCase]);
    });

    it('combines the search with the year filter and pages the matches', async () => {
      const year = await police.get(`/api/enforcement/cases?reference=${RUN}&year=2019`);
      expect(ids(year.body)).toEqual([olderCase]);
      const paged = await police.get(`/api/enforcement/cases?reference=${RUN}&pageSize=1&page=2`);
      expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      // Newest first: the 2019 case is on the second page.
      expect(ids(paged.body)).toEqual([olderCase]);
    });

    it('answers an empty page when nothing matches', async () => {
      const none = await police.get(`/api/enforcement/cases?reference=${RUN}-999`);
      expect(none.status).toBe(200);
      expect(none.body).toMatchObject({ items: [], total: 0 });
    });

    it('keeps the scope: another province’s case is not found by its reference', async () => {
      const kdl = `KDL-${RUN}`;
      expect((await police.get(`/api/enforcement/cases?reference=${kdl}`)).body).toMatchObject({ items: [], total: 0 });
      expect((await police.get(`/api/enforcement/cases?reference=${RUN}-031`)).body.items.map((i: CaseRow) => i.caseId)).toEqual([battambangCase]);
      expect(ids((await kandalPolice.get(`/api/enforcement/cases?reference=${kdl.toLowerCase()}`)).body)).toEqual([kandalCase]);
      const national = new PoliceCaseDriver(app.http, await app.token('auditor', ['*']));
      expect(ids((await national.get(`/api/enforcement/cases?reference=${RUN}-031`)).body)).toEqual([battambangCase, kandalCase].sort());
    });

    it('refuses a bad reference with a 400 naming the field, without repeating the text', async () => {
      for (const bad of ['', 'x'.repeat(101), 'Zq7Canary%3Cscript%3E', 'Zq7Canary%0A', `reference=a&reference=b`]) {
        const url = bad.startsWith('reference=') ? `/api/enforcement/cases?${bad}` : `/api/enforcement/cases?reference=${bad}`;
        const res = await police.get(url);
        expect({ url, status: res.status }).toEqual({ url, status: 400 });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['reference']);
        expect(res.text).not.toContain('Zq7Canary');
      }
    });
  });

  describe('GET /api/court/files', () => {
    let prosecutor: CourtFileDriver;
    let kandalProsecutor: CourtFileDriver;
    let opened: string;
    let older: string;
    let kandalFile: string;
    let forwarded: string;

    const ids = (body: Page<FileRow>) => body.items.map((i) => i.fileId).sort();

    beforeAll(async () => {
      prosecutor = new CourtFileDriver(app.http, await app.token('prosecutor', ['battambang'], undefined, 'prosecutor-search'));
      kandalProsecutor = new CourtFileDriver(app.http, await app.token('prosecutor', ['kandal'], undefined, 'prosecutor-search-kandal'));
      opened = await prosecutor.open({ reference: `BTB-CR-${RUN}-031`, openedOn: '2020-03-14', offences: ['procuring'] });
      older = await prosecutor.open({ reference: `btb-cr-${RUN}-007`, openedOn: '2019-12-30' });
      kandalFile = await kandalProsecutor.open({ court: 'court-kandal', reference: `KDL-CR-${RUN}-031` });
      // A file from a police forwarding: no court reference, the forwarding unit known.
      const police = new PoliceCaseDriver(app.http, await app.token('police', ['battambang'], 'police-battambang'));
      const caseId = await police.open({ openedOn: '2020-03-14', reference: `BTB-${RUN}-FWD` });
      const suspect = await police.suspect(caseId);
      await police.arrest(caseId, suspect);
      await police.forward(caseId, '2020-03-20');
      forwarded = (await courtFileOfForwarding(app, caseId)).fileId;
    });

    it('finds a file by a prefix or any part of the court’s reference, whatever the case, and shows the reference and opening date', async () => {
      const prefix = await prosecutor.get(`/api/court/files?reference=btb-cr-${RUN.toLowerCase()}`);
      expect(prefix.status).toBe(200);
      expect(ids(prefix.body)).toEqual([opened, older].sort());
      const one = await prosecutor.get(`/api/court/files?reference=${RUN}-031`);
      expect(ids(one.body)).toEqual([opened]);
      expect(one.body.items[0]).toMatchObject({ fileId: opened, reference: `BTB-CR-${RUN}-031`, openedOn: '2020-03-14', year: 2020, forwardingUnit: null, principalOffence: 'procuring' });
      expect(one.body.items[0]).not.toHaveProperty('referenceSearch');
    });

    it('never finds a file from a police forwarding by the police reference: the court has none of its own', async () => {
      expect((await prosecutor.get(`/api/court/files?reference=${RUN}-FWD`)).body).toMatchObject({ items: [], total: 0 });
      const row = (await prosecutor.get('/api/court/files?unit=police-battambang&pageSize=200')).body.items.find((i: FileRow) => i.fileId === forwarded);
      expect(row).toMatchObject({ reference: null, year: 2020, forwardingUnit: 'police-battambang' });
    });

    it('filters by year, principal offence and forwarding unit, with the search', async () => {
      expect(ids((await prosecutor.get(`/api/court/files?reference=${RUN}&year=2019`)).body)).toEqual([older]);
      expect(ids((await prosecutor.get(`/api/court/files?reference=${RUN}&offence=procuring`)).body)).toEqual([opened]);
      expect((await prosecutor.get(`/api/court/files?reference=${RUN}&unit=police-battambang`)).body.total).toBe(0);
      const byUnit = (await prosecutor.get('/api/court/files?unit=police-battambang&year=2020&pageSize=200')).body;
      expect(byUnit.items.map((i: FileRow) => i.fileId)).toContain(forwarded);
      expect(byUnit.items.every((i: FileRow) => i.forwardingUnit === 'police-battambang' && i.year === 2020)).toBe(true);
    });

    it('answers an empty page when nothing matches', async () => {
      expect((await prosecutor.get(`/api/court/files?reference=${RUN}-999`)).body).toMatchObject({ items: [], total: 0 });
    });

    it('keeps the scope: another province’s file is not found by its reference', async () => {
      expect((await prosecutor.get(`/api/court/files?reference=KDL-CR-${RUN}`)).body).toMatchObject({ items: [], total: 0 });
      expect(ids((await kandalProsecutor.get(`/api/court/files?reference=kdl-cr-${RUN.toLowerCase()}`)).body)).toEqual([kandalFile]);
      const judge = new CourtFileDriver(app.http, await app.token('judge', ['battambang'], undefined, 'judge-search'));
      expect(ids((await judge.get(`/api/court/files?reference=${RUN}-031`)).body)).toEqual([opened]);
    });

    it('refuses a bad reference or year with a 400 naming the field, without repeating the text', async () => {
      for (const [query, field] of [
        ['reference=', 'reference'],
        [`reference=${'x'.repeat(101)}`, 'reference'],
        ['reference=Zq7Canary%2A', 'reference'],
        ['reference=Zq7Canary%09', 'reference'],
        ['year=1899', 'year'],
        ['offence=Zq7Canary', 'offence'],
        ['unit=Zq7Canary', 'unit'],
      ]) {
        const res = await prosecutor.get(`/api/court/files?${query}`);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
        expect(res.text).not.toContain('Zq7Canary');
      }
    });
  });
});
