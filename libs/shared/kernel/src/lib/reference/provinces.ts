/**
 * The capital and the 24 provinces. The code is a stable kebab-case slug (readable in URLs and
 * logs); the ISO 3166-2:KH code is kept beside it for exchange with other systems. Names are the
 * English spellings the NCCT report uses.
 */
export interface Province {
  code: string;
  iso3166_2: string;
  name: string;
  kind: 'capital' | 'province';
}

const ENTRIES: ReadonlyArray<readonly [string, string, string]> = [
  ['phnom-penh', 'KH-12', 'Phnom Penh'],
  ['banteay-meanchey', 'KH-1', 'Banteay Meanchey'],
  ['battambang', 'KH-2', 'Battambang'],
  ['kampong-cham', 'KH-3', 'Kampong Cham'],
  ['kampong-chhnang', 'KH-4', 'Kampong Chhnang'],
  ['kampong-speu', 'KH-5', 'Kampong Speu'],
  ['kampong-thom', 'KH-6', 'Kampong Thom'],
  ['kampot', 'KH-7', 'Kampot'],
  ['kandal', 'KH-8', 'Kandal'],
  ['kep', 'KH-23', 'Kep'],
  ['koh-kong', 'KH-9', 'Koh Kong'],
  ['kratie', 'KH-10', 'Kratie'],
  ['mondulkiri', 'KH-11', 'Mondulkiri'],
  ['oddar-meanchey', 'KH-22', 'Oddar Meanchey'],
  ['pailin', 'KH-24', 'Pailin'],
  ['preah-sihanouk', 'KH-18', 'Preah Sihanouk'],
  ['preah-vihear', 'KH-13', 'Preah Vihear'],
  ['prey-veng', 'KH-14', 'Prey Veng'],
  ['pursat', 'KH-15', 'Pursat'],
  ['ratanakiri', 'KH-16', 'Ratanakiri'],
  ['siem-reap', 'KH-17', 'Siem Reap'],
  ['stung-treng', 'KH-19', 'Stung Treng'],
  ['svay-rieng', 'KH-20', 'Svay Rieng'],
  ['takeo', 'KH-21', 'Takeo'],
  ['tboung-khmum', 'KH-25', 'Tboung Khmum'],
];

export const PROVINCES: readonly Province[] = ENTRIES.map(([code, iso3166_2, name]) => ({
  code,
  iso3166_2,
  name,
  kind: code === 'phnom-penh' ? 'capital' : 'province',
}));

const BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

export function isProvinceCode(code: unknown): code is string {
  return typeof code === 'string' && BY_CODE.has(code);
}

export function provinceByCode(code: string): Province | undefined {
  return BY_CODE.get(code);
}
