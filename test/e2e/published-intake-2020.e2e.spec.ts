import request from 'supertest';
import { UPLOAD_FORMATS } from '@casetrail/intake-contracts';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';

/*
 * The NCCT report 2020's II.D.1 figures (returning workers received and interviewed at the ports of
 * entry, bodies received), turned into synthetic records entered through the intake API (the
 * police commissariats' 507 receptions as one uploaded CSV file, everything else one POST per
 * record), must come back from /api/statistics/intake/…, cell by cell. Expected values come from
 * the report and from the plans below, never from the system. Where the report leaves a split
 * open (the embassies' ages, the police lists' girls among "females" and "minors", places and
 * months), the plan chooses one and says so (docs/statistics.md, "Where the 2020 report does not
 * say").
 */

type Counts = { men: number; women: number; boys: number; girls: number };
const personsOf = (c: Counts) => c.men + c.women + c.boys + c.girls;

/** `total` in `parts` whole parts, the first ones one larger when it does not divide. */
function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

const date = (month: number, day: number) => `2020-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** II.D.1.1, the Ministry of Foreign Affairs' table: destination, motive, total, females (all counted as adults: the table gives no ages). */
const EMBASSIES = [
  ['MYS', 'illegal_work', 54, 16],
  ['CHN', 'suspected_trafficking', 82, 82],
  ['SGP', 'workload', 2, 2],
  ['VNM', 'illegal_border_crossing', 25, 25],
  ['THA', 'illegal_work', 10_406, 4_147],
  ['LAO', 'illegal_border_crossing', 2, 2],
  ['IDN', 'illegal_border_crossing', 3, 1],
] as const;

/**
 * II.D.1.1, social affairs from the overseas authorities: 220 (25 males, 184 females, 4 boys,
 * 7 girls) by entry point (Phnom Penh airport 152, Sihanoukville airport 2, Poipet 38, Bavet 28)
 * and by country (MYS 11, IDN 3, CHN 139, VNM 28, THA 38, SGP 1): one reception per place and
 * country, received by the ministry.
 */
const SOCIAL_AFFAIRS: ReadonlyArray<readonly [place: string, country: string, counts: Counts]> = [
  ['phnom-penh-airport', 'CHN', { men: 10, women: 120, boys: 2, girls: 5 }],
  ['sihanoukville-airport', 'CHN', { men: 0, women: 2, boys: 0, girls: 0 }],
  ['phnom-penh-airport', 'MYS', { men: 3, women: 8, boys: 0, girls: 0 }],
  ['phnom-penh-airport', 'IDN', { men: 1, women: 2, boys: 0, girls: 0 }],
  ['phnom-penh-airport', 'SGP', { men: 0, women: 1, boys: 0, girls: 0 }],
  ['poipet', 'THA', { men: 7, women: 28, boys: 1, girls: 2 }],
  ['bavet', 'VNM', { men: 4, women: 23, boys: 1, girls: 0 }],
];

/** II.D.1.1: 63,793 repatriated by the Thai authorities at O Bei Choan and Poipet, one reception a month at each. */
const THAI_REPATRIATIONS = { men: 31_733, women: 25_580, boys: 3_318, girls: 3_162 };
const THAI_RECEPTIONS = Array.from({ length: 24 }, (_, j) => {
  const counts = Object.fromEntries((['men', 'women', 'boys', 'girls'] as const).map((k) => [k, split(THAI_REPATRIATIONS[k], 24)[j]!])) as Counts;
  return { reference: `THA-${j}`, place: j % 2 === 0 ? 'o-bei-choan' : 'poipet', month: Math.floor(j / 2) + 1, counts };
});

/** The 106 suspected victims among them (9 males, 27 females, 49 boys, 21 girls), handed over to three partners. */
const SCREENED_GROUPS = [
  { sex: 'M', ageInYears: 30, n: 9 },
  { sex: 'F', ageInYears: 27, n: 27 },
  { sex: 'M', ageInYears: 15, n: 49 },
  { sex: 'F', ageInYears: 16, n: 21 },
] as const;
const PARTNERS = ['ngo-samaritans-purse', 'ngo-ijm', 'ngo-hope-for-justice'];
const SCREENED = SCREENED_GROUPS.flatMap((g) => Array.from({ length: g.n }, () => g)).map((g, k) => ({ ...g, reference: `SV-${k}`, reception: THAI_RECEPTIONS[k % 24]!, partner: PARTNERS[k % 3]! }));

/**
 * II.D.1.1, the five Capital and Provincial Police Commissariats: receptions, persons, females,
 * minors, at the province's international checkpoint. Females are women and girls, minors boys and
 * girls: the report does not say how many girls, the plan takes half the minors.
 */
const POLICE = [
  { province: 'banteay-meanchey', place: 'poipet', country: 'THA', receptions: 275, persons: 4_240, females: 1_420, minors: 490 },
  { province: 'battambang', place: 'doung', country: 'THA', receptions: 93, persons: 1_863, females: 814, minors: 122 },
  { province: 'pailin', place: 'psar-prum', country: 'THA', receptions: 20, persons: 786, females: 364, minors: 29 },
  { province: 'koh-kong', place: 'cham-yeam', country: 'THA', receptions: 111, persons: 322, females: 99, minors: 8 },
  { province: 'svay-rieng', place: 'bavet', country: 'VNM', receptions: 8, persons: 75, females: 47, minors: 38 },
] as const;

function policeRows() {
  return POLICE.flatMap((p) => {
    const girls = Math.floor(p.minors / 2);
    const totals: Counts = { men: p.persons - p.females - (p.minors - girls), women: p.females - girls, boys: p.minors - girls, girls };
    const parts = Object.fromEntries((['men', 'women', 'boys', 'girls'] as const).map((k) => [k, split(totals[k], p.receptions)])) as Record<keyof Counts, number[]>;
    return Array.from({ length: p.receptions }, (_, r) => ({
      reference: `PC-${p.province}-${r}`,
      place: p.place,
      received_on: date((r % 12) + 1, (r % 27) + 1),
      received_by: `police-commissariat-${p.province}`,
      returned_by: 'foreign_authorities',
      country_returned_from: p.country,
      reason: p.country === 'VNM' ? 'illegal_border_crossing' : 'illegal_work',
      men: parts.men[r]!,
      women: parts.women[r]!,
      boys: parts.boys[r]!,
      girls: parts.girls[r]!,
    }));
  });
}

/** II.D.1.2: 58 bodies (12 females) through Poipet by the Border Liaison Office; 41 (9 females) through Doung, brought by families, received by the Battambang police. */
const BODIES = [
  { place: 'poipet', receivedBy: 'border-liaison-office', broughtBy: 'foreign_authorities', n: 58, females: 12 },
  { place: 'doung', receivedBy: 'police-commissariat-battambang', broughtBy: 'family', n: 41, females: 9 },
] as const;

/** At most `size` requests at a time, in order. */
async function inBatches<T>(items: readonly T[], size: number, send: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(send));
}

type Row = { level: string; dimension: string | null; code: string | null; current: Record<string, number>; previous: Record<string, number> };
type Table = { rows: Row[] };

describe('the published 2020 intake figures (II.D.1), rebuilt from records entered over HTTP', () => {
  let app: EmbeddedApp;
  let official: string;
  let statistician: string;
  let requests = 0;

  const post = async (path: string, body: object) => {
    requests += 1;
    const res = await request(app.http).post(path).set('Authorization', `Bearer ${official}`).send(body);
    if (res.status !== 201 && res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const get = (path: string) => request(app.http).get(`/api/statistics/intake/${path}`).set('Authorization', `Bearer ${statistician}`);
  const rowOf = (body: Table, dimension: string, code: string) => body.rows.find((r) => r.dimension === dimension && r.code === code)!.current;
  const totalOf = (body: Table) => body.rows.find((r) => r.level === 'total')!;

  beforeAll(async () => {
    app = await startEmbeddedApp();
    official = await app.token('border_official', ['*'], undefined, 'border-official-national');
    statistician = await app.token('statistician', ['*'], undefined, 'statistician-1');
    const started = Date.now();
    const reception = (reference: string, place: string, receivedOn: string, receivedBy: string, returnedBy: string, countryReturnedFrom: string, reason: string, counts: Counts) =>
      post('/api/intake/receptions', { reference, place, receivedOn, receivedBy, returnedBy, countryReturnedFrom, reason, counts });

    await inBatches(EMBASSIES, 4, async ([country, reason, total, females]) => {
      await reception(`EMB-${country}`, `embassy-${country.toLowerCase()}`, date(6, 1), 'mofaic', 'embassy', country, reason, { men: total - females, women: females, boys: 0, girls: 0 });
    });
    await inBatches(SOCIAL_AFFAIRS, 4, async ([place, country, counts]) => {
      await reception(`SA-${place}-${country}`, place, date(7, 1), 'mosvy', 'foreign_authorities', country, 'suspected_trafficking', counts);
    });
    await inBatches(THAI_RECEPTIONS, 4, async (r) => {
      await reception(r.reference, r.place, date(r.month, 15), 'dosvy-banteay-meanchey', 'foreign_authorities', 'THA', 'illegal_work', r.counts);
    });
    await inBatches(SCREENED, 6, async (s) => {
      const screened = await post('/api/intake/screenings', {
        reference: s.reference,
        receptionReference: s.reception.reference,
        place: s.reception.place,
        screenedOn: date(s.reception.month, 15),
        screenedBy: 'dosvy-banteay-meanchey',
        outcome: 'suspected_victim',
        exploitationIndicated: 'labour',
        sex: s.sex,
        nationality: 'KHM',
        countryReturnedFrom: 'THA',
        ageInYears: s.ageInYears,
      });
      await post(`/api/intake/screenings/${screened.body.personId}/referrals`, { destination: 'partner_organisation', referredOn: date(s.reception.month, 16), organisation: s.partner });
    });

    const format = UPLOAD_FORMATS.receptions.required;
    const rows = policeRows();
    const csv = [format.join(','), ...rows.map((row) => format.map((column) => String(row[column as keyof typeof row])).join(','))].join('\r\n') + '\r\n';
    requests += 1;
    const uploaded = await request(app.http).post('/api/intake/uploads/receptions?fileName=police-commissariats-2020.csv').set('Authorization', `Bearer ${official}`).set('Content-Type', 'text/csv').send(csv);
    expect({ status: uploaded.status, body: uploaded.body }).toMatchObject({ status: 200, body: { rows: 507, accepted: 507, refused: 0, repeated: false } });

    const bodies = BODIES.flatMap((b) => Array.from({ length: b.n }, (_, i) => ({ ...b, i })));
    await inBatches(bodies, 6, async (b) => {
      await post('/api/intake/bodies', {
        reference: `BODY-${b.place}-${b.i}`,
        place: b.place,
        receivedOn: date((b.i % 12) + 1, 20),
        receivedBy: b.receivedBy,
        broughtBy: b.broughtBy,
        countryOfDeath: 'THA',
        sex: b.i < b.females ? 'F' : 'M',
        cause: b.i % 2 === 0 ? 'disease' : 'accident',
      });
    });
    process.stdout.write(`published-intake e2e: ${requests} requests in ${Date.now() - started} ms\n`);
  }, 600_000);
  afterAll(async () => {
    await app?.destroy();
  });

  it('serves the embassies\' table: 10,574 (4,275 females) by destination and motive', async () => {
    const res = await get('receptions?year=2020');
    expect(res.status).toBe(200);
    for (const [country, reason, total, females] of EMBASSIES) {
      expect([country, reason, rowOf(res.body, 'embassy_country_reason', `${country}:${reason}`)]).toMatchObject([country, reason, { persons: total, females }]);
    }
    expect(res.body.rows.filter((r: Row) => r.dimension === 'embassy_country_reason').map((r: Row) => r.code)).toHaveLength(EMBASSIES.length + 1);
    expect(rowOf(res.body, 'received_by_kind', 'foreign_affairs')).toMatchObject({ receptions: 7, persons: 10_574, females: 4_275 });
    const mofaic = await get('receptions?year=2020&receivedBy=mofaic');
    expect(totalOf(mofaic.body).current).toMatchObject({ persons: 10_574, females: 4_275 });
  });

  it('serves the 220 received by social affairs from overseas authorities by sex and age, entry point and country', async () => {
    const res = await get('receptions?year=2020&receivedBy=mosvy');
    expect(totalOf(res.body).current).toEqual({ receptions: 7, persons: 220, men: 25, women: 184, boys: 4, girls: 7, females: 191, minors: 11 });
    for (const [place, n] of Object.entries({ 'phnom-penh-airport': 152, 'sihanoukville-airport': 2, poipet: 38, bavet: 28 })) expect([place, rowOf(res.body, 'place', place).persons]).toEqual([place, n]);
    for (const [country, n] of Object.entries({ MYS: 11, IDN: 3, CHN: 139, VNM: 28, THA: 38, SGP: 1 })) expect([country, rowOf(res.body, 'country_returned_from', country).persons]).toEqual([country, n]);
  });

  it('serves the 63,793 repatriated by the Thai authorities at O Bei Choan and Poipet, by sex and age', async () => {
    const res = await get('receptions?year=2020&receivedBy=dosvy-banteay-meanchey');
    expect(totalOf(res.body).current).toMatchObject({ receptions: 24, persons: 63_793, men: 31_733, women: 25_580, boys: 3_318, girls: 3_162 });
    const at = (place: string) => THAI_RECEPTIONS.filter((r) => r.place === place).reduce((n, r) => n + personsOf(r.counts), 0);
    expect([rowOf(res.body, 'place', 'o-bei-choan').persons, rowOf(res.body, 'place', 'poipet').persons]).toEqual([at('o-bei-choan'), at('poipet')]);
    expect(totalOf(res.body).previous.persons).toBe(0);
  });

  it('serves the 106 suspected victims screened among them (9 males, 27 females, 49 boys, 21 girls), referred to partners', async () => {
    const res = await get('screenings?year=2020');
    expect(res.status).toBe(200);
    const suspected = { persons: 106, personsAdultMale: 9, personsAdultFemale: 27, personsMinorMale: 49, personsMinorFemale: 21 };
    expect(rowOf(res.body, 'outcome', 'suspected_victim')).toMatchObject({ ...suspected, referrals: 106 });
    expect(totalOf(res.body).current).toMatchObject(suspected);
    expect(rowOf(res.body, 'destination', 'partner_organisation')).toMatchObject({ persons: 0, referrals: 106, referralsMinorMale: 49 });
    expect(rowOf(res.body, 'destination', 'police').referrals).toBe(0);
    const january = await get('screenings?year=2020&month=1');
    expect(totalOf(january.body).current['persons']).toBe(SCREENED.filter((s) => s.reception.month === 1).length);
  });

  it('serves the police commissariats\' list: 507 receptions, 7,286 persons (2,744 females, 687 minors), per province', async () => {
    const res = await get('police-receptions?year=2020');
    expect(res.status).toBe(200);
    for (const p of POLICE) expect([p.province, rowOf(res.body, 'province', p.province)]).toEqual([p.province, { receptions: p.receptions, persons: p.persons, females: p.females, minors: p.minors }]);
    expect(totalOf(res.body).current).toEqual({ receptions: 507, persons: 7_286, females: 2_744, minors: 687 });
    expect(rowOf(res.body, 'province', 'kampot')).toEqual({ receptions: 0, persons: 0, females: 0, minors: 0 });
    const pailin = await get('police-receptions?year=2020&province=pailin');
    expect(pailin.body.rows.map((r: Row) => [r.code, r.current])).toEqual([
      ['pailin', { receptions: 20, persons: 786, females: 364, minors: 29 }],
      [null, { receptions: 20, persons: 786, females: 364, minors: 29 }],
    ]);
  });

  it('serves the returned bodies: 58 through Poipet (12 females), 41 through Doung (9 females)', async () => {
    const res = await get('bodies?year=2020');
    expect(rowOf(res.body, 'place', 'poipet')).toEqual({ bodies: 58, males: 46, females: 12 });
    expect(rowOf(res.body, 'place', 'doung')).toEqual({ bodies: 41, males: 32, females: 9 });
    expect(rowOf(res.body, 'received_by', 'border-liaison-office').bodies).toBe(58);
    expect(rowOf(res.body, 'brought_by', 'family').bodies).toBe(41);
    expect(totalOf(res.body).current).toEqual({ bodies: 99, males: 78, females: 21 });
  });

  it('serves the screening yield per checkpoint and month, as the plan implies', async () => {
    const res = await get('screening-yield?year=2020');
    expect(res.status).toBe(200);
    const policeAt = (place: string, month: number) => policeRows().filter((r) => r.place === place && Number(r.received_on.slice(5, 7)) === month).reduce((n, r) => n + r.men + r.women + r.boys + r.girls, 0);
    const socialAt = (place: string, month: number) => (month === 7 ? SOCIAL_AFFAIRS.filter(([p]) => p === place).reduce((n, [, , c]) => n + personsOf(c), 0) : 0);
    for (const r of THAI_RECEPTIONS) {
      const returnees = personsOf(r.counts) + policeAt(r.place, r.month) + socialAt(r.place, r.month);
      const suspectedVictims = SCREENED.filter((s) => s.reception === r).length;
      const row = res.body.rows.find((x: { level: string; place: string; month: number }) => x.level === 'month' && x.place === r.place && x.month === r.month);
      expect([r.place, r.month, row.current]).toEqual([r.place, r.month, { returnees, suspectedVictims, perThousand: Math.round((suspectedVictims / returnees) * 100_000) / 100 }]);
    }
    expect(res.body.rows.at(-1).current).toEqual({ returnees: 10_574 + 220 + 63_793 + 7_286, suspectedVictims: 106, perThousand: Math.round((106 / 81_873) * 100_000) / 100 });
  });

  it('follows the 106 referred to partners into the protection cases their reactor opened', async () => {
    let chain: Row | undefined;
    for (let attempt = 0; attempt < 150; attempt += 1) {
      const res = await get('referral-chain?year=2020');
      expect(res.status).toBe(200);
      chain = totalOf(res.body);
      if (chain.current['protectionCasesOpened'] === 106) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(chain!.current).toEqual({ referredToPolice: 0, becamePoliceVictims: 0, referredToProtection: 106, protectionCasesOpened: 106, policeRescues: 0, rescuedAfterScreening: 0 });
  });

  it('serves the same tables as CSV', async () => {
    const csv = await get('police-receptions?year=2020&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="intake-police-receptions-2020.csv"');
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^year,previous_year,month,province,level,dimension,code,label,receptions,receptions_previous,receptions_change,receptions_change_percent,persons,/);
    expect(lines.find((l) => l.includes(',province,banteay-meanchey,'))).toMatch(/^2020,2019,,,breakdown,province,banteay-meanchey,Banteay Meanchey,275,0,275,,4240,0,4240,,1420,0,1420,,490,0,490,$/);
    expect(lines.at(-2)).toMatch(/^2020,2019,,,total,,,Total,507,0,507,,7286,0,7286,,2744,0,2744,,687,0,687,$/);
  });
});
