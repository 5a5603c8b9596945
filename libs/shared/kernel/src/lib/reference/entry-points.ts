/**
 * Places where people returning to Cambodia are received: international airports and border
 * checkpoints (report II.D.1). Codes are permanent slugs; add, never rename. The province is where
 * the place is, so a reception there is in that province's scope.
 */
export interface EntryPoint {
  code: string;
  name: string;
  kind: 'airport' | 'land_checkpoint';
  province: string;
  /** The country across the border, for a land checkpoint (ISO 3166-1 alpha-3). */
  borderWith?: string;
}

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { code: 'phnom-penh-airport', name: 'Phnom Penh International Airport', kind: 'airport', province: 'phnom-penh' },
  { code: 'sihanoukville-airport', name: 'Sihanoukville International Airport', kind: 'airport', province: 'preah-sihanouk' },
  { code: 'siem-reap-airport', name: 'Siem Reap International Airport', kind: 'airport', province: 'siem-reap' },
  { code: 'poipet', name: 'Poipet International Checkpoint', kind: 'land_checkpoint', province: 'banteay-meanchey', borderWith: 'THA' },
  { code: 'o-bei-choan', name: 'O Bei Choan Checkpoint', kind: 'land_checkpoint', province: 'banteay-meanchey', borderWith: 'THA' },
  { code: 'doung', name: 'Doung International Checkpoint', kind: 'land_checkpoint', province: 'battambang', borderWith: 'THA' },
  { code: 'cham-yeam', name: 'Cham Yeam International Checkpoint', kind: 'land_checkpoint', province: 'koh-kong', borderWith: 'THA' },
  { code: 'psar-prum', name: 'Psar Prum International Checkpoint', kind: 'land_checkpoint', province: 'pailin', borderWith: 'THA' },
  { code: 'bavet', name: 'Bavet International Checkpoint', kind: 'land_checkpoint', province: 'svay-rieng', borderWith: 'VNM' },
];

const BY_CODE = new Map(ENTRY_POINTS.map((e) => [e.code, e]));

export function isEntryPointCode(code: unknown): code is string {
  return typeof code === 'string' && BY_CODE.has(code);
}

export function entryPointByCode(code: string): EntryPoint | undefined {
  return BY_CODE.get(code);
}
