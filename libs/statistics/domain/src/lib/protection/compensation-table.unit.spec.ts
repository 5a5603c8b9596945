import { buildCompensationTable } from './compensation-table';
import { aCase, aClaim, aReceipt, anAward, rowOf } from './protection.test-fixtures';

const facts = [
  // Chab Dai: awarded $1,000.00 in 2020, received in two parts (2020 and 2021).
  aCase({ personId: 'A', claims: [aClaim('K1', '2020-02-01', { awards: [anAward('2020-06-01', 100_000)], receipts: [aReceipt('2020-07-01', 60_000), aReceipt('2021-02-01', 40_000)] })] }),
  // APLE: two claims of one victim (two court cases), one in riel; a victim counts once.
  aCase({
    personId: 'B',
    claims: [
      aClaim('K2', '2020-03-01', { supportingOrganisation: 'ngo-aple', awards: [anAward('2020-05-01', 50_000)], receipts: [aReceipt('2020-05-02', 50_000)] }),
      aClaim('K3', '2020-03-02', { supportingOrganisation: 'ngo-aple', awards: [anAward('2020-05-03', 4_000_000, 'KHR')] }),
    ],
  }),
  // Filed in 2019, awarded in 2020 after an integration in Kampot.
  aCase({ personId: 'C', claims: [aClaim('K4', '2019-11-01', { supportingOrganisation: 'ngo-ijm', awards: [anAward('2020-01-15', 20_000, 'USD', 'kampot')] })] }),
];

describe('buildCompensationTable', () => {
  const table = buildCompensationTable(facts, { year: 2020 });

  it('has one row per supporting organisation with a figure, then the total, and every currency in every row', () => {
    expect(table.rows.map((r) => [r.level, r.organisation, r.kind])).toEqual([
      ['organisation', 'ngo-aple', 'partner_organisation'],
      ['organisation', 'ngo-chab-dai', 'partner_organisation'],
      ['organisation', 'ngo-ijm', 'partner_organisation'],
      ['total', null, null],
    ]);
    expect(table.currencies).toEqual(['KHR', 'USD']);
    expect(rowOf(table, undefined).current.awarded).toEqual({ KHR: 4_000_000, USD: 170_000 });
  });

  it('counts claims filed, and victims awarded and paid once each, by their first award or receipt of the year', () => {
    const total = rowOf(table);
    expect(total.current.counts).toEqual({ claimsFiled: 3, victimsAwarded: 3, victimsReceived: 2 });
    expect(total.previous.counts).toEqual({ claimsFiled: 1, victimsAwarded: 0, victimsReceived: 0 });
    const aple = table.rows.find((r) => r.organisation === 'ngo-aple')!;
    expect(aple.current).toEqual({ counts: { claimsFiled: 2, victimsAwarded: 1, victimsReceived: 1 }, awarded: { KHR: 4_000_000, USD: 50_000 }, received: { KHR: 0, USD: 50_000 } });
  });

  it('sums money received per currency in the year it is received, never converted', () => {
    const chabDai = table.rows.find((r) => r.organisation === 'ngo-chab-dai')!;
    expect([chabDai.current.received, chabDai.label]).toEqual([{ KHR: 0, USD: 60_000 }, 'Chab Dai Coalition']);
    const next = buildCompensationTable(facts, { year: 2021 });
    expect(rowOf(next).current).toEqual({ counts: { claimsFiled: 0, victimsAwarded: 0, victimsReceived: 1 }, awarded: { KHR: 0, USD: 0 }, received: { KHR: 0, USD: 40_000 } });
    expect(rowOf(next).change.awarded['USD']).toEqual({ absolute: -170_000, percent: -100 });
  });

  it('places each figure in the case\'s province at its event', () => {
    const kampot = buildCompensationTable(facts, { year: 2020, province: 'kampot' });
    expect(rowOf(kampot).current).toEqual({ counts: { claimsFiled: 0, victimsAwarded: 1, victimsReceived: 0 }, awarded: { USD: 20_000 }, received: { USD: 0 } });
  });
});
