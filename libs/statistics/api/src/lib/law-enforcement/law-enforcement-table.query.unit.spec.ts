import { offenceByCode } from '@casetrail/kernel';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { buildLawEnforcementTable, type PoliceCaseFacts } from '@casetrail/statistics-domain';
import { tableYearsOf } from '../projections/police-case-facts.projection';
import { writeFacts } from '../testing/statistics.test-support';
import { lawEnforcementTableFromReadModels } from './law-enforcement-table.query';

/** A case opened in one year whose rescue and arrest fall in later years (the table counts each in its own year). */
function spreadCase(caseId: string, openedOn: string, rescuedOn: string, arrestedOn: string | null, province = 'kampot'): PoliceCaseFacts {
  return {
    caseId,
    province,
    unit: { code: `police-${province}`, type: 'provincial_police' },
    offences: ['procuring'],
    principalOffence: 'procuring',
    principalCategory: offenceByCode('procuring')!.category,
    categories: [offenceByCode('procuring')!.category],
    openedOn,
    status: 'open',
    forwardedOn: null,
    closedOn: null,
    closureReason: null,
    victims: [{ victimId: `${caseId}-v`, sex: 'F', ageBand: '15_17', minor: true, nationality: 'KHM', foreign: false, exploitationType: 'sexual', rescuedOn, handedOverTo: null, handedOverOn: null }],
    referredVictims: [],
    suspects: [{ suspectId: `${caseId}-s`, sex: 'M', nationality: 'THA', identifiedOn: openedOn, arrestedOn, ageBand: '18_plus', female: false, minor: false, foreign: true }],
  };
}

const facts = [
  spreadCase('a', '2018-12-30', '2020-01-02', '2021-03-01'),
  spreadCase('b', '2020-05-01', '2020-05-01', null),
  spreadCase('c', '2016-01-01', '2016-01-02', '2016-01-03'),
  spreadCase('d', '2019-07-01', '2019-07-02', '2019-12-31', 'siem-reap'),
];

describe('lawEnforcementTableFromReadModels', () => {
  it('names the years a case counts in: opening, rescues and first arrests', () => {
    expect(tableYearsOf(facts[0]!)).toBe('|2018|2020|2021|');
    expect(tableYearsOf(facts[1]!)).toBe('|2020|');
  });

  it.each([2016, 2017, 2018, 2019, 2020, 2021, 2022])('reads only the cases of %i and the year before, with the table over every case unchanged', async (year) => {
    const store = new InMemoryReadModelStore();
    await writeFacts(store, { policeCases: facts });
    expect(await lawEnforcementTableFromReadModels(store, { year })).toEqual(buildLawEnforcementTable(facts, { year }));
    expect(await lawEnforcementTableFromReadModels(store, { year, province: 'kampot' })).toEqual(buildLawEnforcementTable(facts, { year, province: 'kampot' }));
  });

  it('counts a case once when it falls in both years of the table', async () => {
    const store = new InMemoryReadModelStore();
    await writeFacts(store, { policeCases: [facts[3]!] });
    const table = await lawEnforcementTableFromReadModels(store, { year: 2020 });
    const total = table.rows.find((r) => r.level === 'total')!;
    expect(total.previous.cases).toBe(1);
    expect(total.previous.victims).toBe(1);
    expect(total.previous.suspectsArrested).toBe(1);
  });
});
