import { leaksIn } from './out-of-scope-leaks';

const markers = { outsideIds: ['case-kandal-1'], outsideProvinces: ['kandal'], scope: ['battambang'], echoed: [] as string[] };

describe('leaks of records outside a scope', () => {
  it('finds nothing in an in-scope JSON body', () => {
    const body = JSON.stringify({ items: [{ caseId: 'case-btb-1', province: 'battambang', unitCode: 'police-battambang' }], provinces: ['battambang'] });
    expect(leaksIn(body, 'application/json', markers)).toEqual([]);
  });

  it('finds an outside id, unit and province value at any depth', () => {
    const body = JSON.stringify({ items: [{ caseId: 'case-kandal-1', deep: { recordProvince: 'kandal' }, unitCode: 'police-kandal' }] });
    expect(leaksIn(body, 'application/json', markers)).toEqual(['record id case-kandal-1', 'unit of kandal', 'province value kandal']);
  });

  it('reads CSV as text', () => {
    expect(leaksIn('year,province\r\n2020,kandal\r\n', 'text/csv', markers)).toEqual(['province kandal in the text']);
  });

  it('does not take a reference code that contains a province code for that province (a table lists every entry point)', () => {
    const outside = { ...markers, outsideProvinces: ['siem-reap'] };
    expect(leaksIn('province,dimension,code\r\nbattambang,entry_point,siem-reap-airport\r\n', 'text/csv', outside)).toEqual([]);
    expect(leaksIn('province,dimension,code\r\nsiem-reap,entry_point,siem-reap-airport\r\n', 'text/csv', outside)).toEqual(['province siem-reap in the text']);
  });

  it('does not count what the request itself asked for', () => {
    const body = JSON.stringify({ unitCode: 'police-kandal', rows: [] });
    expect(leaksIn(body, 'application/json', { ...markers, echoed: ['police-kandal'] })).toEqual([]);
  });
});
