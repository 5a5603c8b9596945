import type { EventStore } from '@casetrail/event-sourcing';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';

/*
 * Free text (references, codes, names, organisations, justifications) is kept in any script, in
 * NFC, and never with characters that drive a terminal or reorder what a reader sees.
 */

const KHMER = 'ករណី\u200Bជួញដូរ\u200Bមនុស្ស'; // "human trafficking case"; U+200B separates Khmer words
const KHMER_NAME = 'សុខ ដារា';
const THAI = 'คดีค้ามนุษย์ ๒๕๖๓';
const ARABIC = 'قضية الاتجار بالبشر';
const EMOJI = 'BTB 👩🏽‍⚖️ 🇰🇭';
const VIETNAMESE = 'Nguyễn Thị Ánh'; // NFC; sent decomposed below

const REFUSED: [string, string, RegExp][] = [
  ['NUL', '\u0000', /control character/],
  ['ESC (a terminal escape)', '\u001B[2J', /control character/],
  ['a C1 control (CSI)', '\u009B', /control character/],
  ['RIGHT-TO-LEFT OVERRIDE', '\u202E', /bidirectional/],
  ['FIRST STRONG ISOLATE', '\u2068', /bidirectional/],
  ['a lone surrogate', '\uD83D', /unpaired surrogate/],
];

describe('free text: any script, NFC, no control or bidi-override characters', () => {
  let app: EmbeddedApp;
  let police: PoliceCaseDriver;
  let store: EventStore;

  beforeAll(async () => {
    app = await startEmbeddedApp({ env: { CASETRAIL_RATE_LIMIT_PER_MINUTE: '100000' } });
    police = new PoliceCaseDriver(app.http, await app.token('police', ['battambang'], 'police-battambang', 'officer-text'));
    store = app.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await app.destroy();
  });

  const listed = async (caseId: string) =>
    ((await police.get('/api/enforcement/cases?pageSize=200')).body.items as { caseId: string; reference: string | null }[]).find((i) => i.caseId === caseId);

  it.each([
    ['Khmer with zero-width spaces', KHMER],
    ['Thai', THAI],
    ['Arabic (right-to-left, no override needed)', ARABIC],
    ['emoji sequences', EMOJI],
  ])('keeps a reference in %s exactly as sent', async (_name, reference) => {
    const caseId = await police.open({ reference });
    expect((await listed(caseId))?.reference).toBe(reference);
  });

  it('stores a name sent decomposed (NFD) in composed form (NFC), and a Khmer name unchanged', async () => {
    const caseId = await police.open();
    const vietnamese = await police.suspect(caseId, { personal: { fullName: VIETNAMESE.normalize('NFD') } });
    const khmer = await police.suspect(caseId, { personal: { fullName: KHMER_NAME } });
    const view = await police.get(`/api/enforcement/cases/${caseId}`);
    expect(view.status).toBe(200);
    const names = JSON.stringify(view.body);
    expect(VIETNAMESE.normalize('NFD')).not.toBe(VIETNAMESE);
    expect(view.body.state.suspects[vietnamese].personal.fullName).toBe(VIETNAMESE);
    expect(view.body.state.suspects[khmer].personal.fullName).toBe(KHMER_NAME);
    expect(names).not.toContain(VIETNAMESE.normalize('NFD'));
  });

  describe.each(REFUSED)('refuses %s', (_name, character, kind) => {
    const sends: [string, (p: PoliceCaseDriver) => Promise<{ status: number; body: { errors?: { field: string; message: string }[] } }>][] = [
      ['reference', (p) => p.post('/api/enforcement/cases', { unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang', offences: ['procuring'], openedOn: '2020-03-14', reference: `BTB-${character}-1` })],
      ['unit.code', (p) => p.post('/api/enforcement/cases', { unit: { code: `police-${character}battambang`, type: 'provincial_police' }, province: 'battambang', offences: ['procuring'], openedOn: '2020-03-14' })],
    ];
    it.each(sends)('in %s: 400 naming the field, nothing written', async (field, send) => {
      const before = await store.headPosition();
      const res = await send(police);
      expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 400, errors: [{ field, message: expect.stringMatching(kind) }] });
      expect(await store.headPosition()).toBe(before);
    });

    it('in a name and an organisation', async () => {
      const caseId = await police.open();
      const suspect = await police.post(`/api/enforcement/cases/${caseId}/suspects`, { sex: 'F', ageAtIdentification: 30, nationality: 'KHM', identifiedOn: '2020-03-15', personal: { fullName: `Sok${character}Dara` } });
      expect({ status: suspect.status, fields: suspect.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status: 400, fields: ['personal.fullName'] });
      const victimId = await police.victim(caseId);
      const handOver = await police.post(`/api/enforcement/cases/${caseId}/victims/${victimId}/hand-over`, { destination: 'partner_organisation', handedOverOn: '2020-03-17', organisation: `Shelter ${character}` });
      expect({ status: handOver.status, fields: handOver.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status: 400, fields: ['organisation'] });
    });
  });

  it('refuses a line break or tab in a one-line field (reference, code, name, organisation)', async () => {
    for (const text of ['BTB-2020\n031', 'BTB\r\n', 'BTB\t031', 'BTB\u2028031']) {
      const res = await police.post('/api/enforcement/cases', { unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang', offences: ['procuring'], openedOn: '2020-03-14', reference: text });
      expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 400, errors: [{ field: 'reference', message: 'reference must be a single line (no tab or line break)' }] });
    }
    const caseId = await police.open();
    const name = await police.post(`/api/enforcement/cases/${caseId}/suspects`, { sex: 'F', ageAtIdentification: 30, nationality: 'KHM', identifiedOn: '2020-03-15', personal: { fullName: 'Sok\nDara' } });
    expect(name.body.errors).toEqual([{ field: 'personal.fullName', message: 'personal.fullName must be a single line (no tab or line break)' }]);
  });

  it('holds the access purpose header (stored with the access record) to the same rules', async () => {
    const caseId = await police.open();
    for (const purpose of ['Prepare the file \u009B2J', 'Prepare\tthe file']) {
      const res = await police.get(`/api/enforcement/cases/${caseId}`).set('X-Access-Purpose', purpose);
      expect({ status: res.status, detail: res.body.detail }).toEqual({ status: 400, detail: expect.stringMatching(/^X-Access-Purpose (contains a control character|must be a single line)/) });
    }
    expect((await police.get(`/api/enforcement/cases/${caseId}`).set('X-Access-Purpose', 'Preparing the case file for prosecution')).status).toBe(200);
  });

  it('keeps line breaks in a justification, which is paragraphs of text', async () => {
    const caseId = await police.open();
    expect((await police.post(`/api/enforcement/cases/${caseId}/close`, { closedOn: '2020-04-01', reason: 'insufficient_evidence' })).status).toBe(200);
    const justification = `New evidence from the provincial court.\r\nWitness statement ${KHMER} received.\n\tSee file 12.`;
    const reopened = await police.post(`/api/enforcement/cases/${caseId}/reopen`, { reopenedOn: '2020-05-02', justification });
    expect(reopened.status).toBe(200);
    const history = await police.get(`/api/enforcement/cases/${caseId}/history`);
    expect(JSON.stringify(history.body)).toContain(JSON.stringify(justification).slice(1, -1));
  });
});
