import { UPLOAD_FORMATS } from '@casetrail/intake-contracts';

/*
 * Synthetic upload files, for the benchmark and the tests: receptions at the two Banteay Meanchey
 * checkpoints on the Thai border, returned by the Thai authorities, one row per group, in the
 * published column order. Deterministic: the same arguments give the same bytes (so the same
 * upload id). Lines are generated one at a time, so a file of any size streams.
 */

export const RECEPTION_COLUMNS = UPLOAD_FORMATS.receptions.required;

export interface SyntheticReceptionOptions {
  rows: number;
  /** Makes the references (and so the records) of one file differ from another's. */
  referencePrefix: string;
  /** The first row's number (to cut one series into several files). */
  from?: number;
}

/** The cells of reception row `n`, by column. */
export function syntheticReception(prefix: string, n: number): Record<string, string> {
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  return {
    reference: `${prefix}-${String(n).padStart(6, '0')}`,
    place: n % 2 === 0 ? 'poipet' : 'o-bei-choan',
    received_on: `2020-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    received_by: 'border-liaison-office',
    returned_by: 'foreign_authorities',
    country_returned_from: 'THA',
    reason: 'illegal_work',
    men: String(1 + (n % 7)),
    women: String(n % 5),
    boys: String(n % 3 === 0 ? 1 : 0),
    girls: String(n % 4 === 0 ? 1 : 0),
  };
}

/** A CSV line of the cells in `columns` order (cells here never need quoting). */
export function csvLine(columns: readonly string[], cells: Record<string, string>): string {
  return `${columns.map((c) => cells[c] ?? '').join(',')}\n`;
}

/** The lines of a receptions CSV: the header, then `rows` rows. */
export function* syntheticReceptionsCsv(options: SyntheticReceptionOptions): Generator<string> {
  yield `${RECEPTION_COLUMNS.join(',')}\n`;
  const from = options.from ?? 1;
  for (let n = from; n < from + options.rows; n++) yield csvLine(RECEPTION_COLUMNS, syntheticReception(options.referencePrefix, n));
}
