import { isForeignNationality, isNationalityCode, NATIONALITIES } from './nationalities';
import { OFFENCES, offencesInCategory } from './offences';
import { PROVINCES } from './provinces';

const unique = (xs: string[]) => new Set(xs).size === xs.length;

describe('shared reference data', () => {
  it('has the capital and 24 provinces with unique codes', () => {
    expect(PROVINCES).toHaveLength(25);
    expect(unique(PROVINCES.map((p) => p.code))).toBe(true);
    expect(unique(PROVINCES.map((p) => p.iso3166_2))).toBe(true);
    expect(PROVINCES.filter((p) => p.kind === 'capital').map((p) => p.name)).toEqual(['Phnom Penh']);
  });

  it('lists the report offences per category, plus forced criminality', () => {
    expect(unique(OFFENCES.map((o) => o.code))).toBe(true);
    expect(offencesInCategory('trafficking')).toHaveLength(9);
    expect(offencesInCategory('sexual_exploitation')).toHaveLength(10);
    expect(OFFENCES.filter((o) => o.reportLabel === null).map((o) => o.code)).toEqual(['forced_criminality']);
  });

  it('knows ISO alpha-3 nationalities; only Cambodian is domestic', () => {
    expect(NATIONALITIES.length).toBeGreaterThan(240);
    expect(unique(NATIONALITIES.map((n) => n.code))).toBe(true);
    for (const code of ['KHM', 'CHN', 'VNM', 'THA', 'BGD', 'ISR', 'SWE', 'RUS', 'GBR', 'USA', 'XXA']) {
      expect(isNationalityCode(code)).toBe(true);
    }
    expect(isNationalityCode('khm')).toBe(false);
    expect(isForeignNationality('KHM')).toBe(false);
    expect(isForeignNationality('CHN')).toBe(true);
  });
});
