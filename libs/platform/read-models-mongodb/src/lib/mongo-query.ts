import { InvalidReadModelRequestError, type FindOptions, type ReadModelFilter } from '@casetrail/read-models';
import { encodeKey } from './stored-data.codec';

/** Where the port's `data` lives in a stored MongoDB document. */
export const DATA_FIELD = 'data';

/**
 * Readers never see tombstones. `$ne: true` (not `deleted: { $exists: false }`) so that a document
 * written by hand with `deleted: false` still counts as live.
 */
export const LIVE_ONLY = { deleted: { $ne: true } } as const;

type MongoCondition = string | number | boolean | null | { $in: Array<string | number | boolean | null> } | { $regex: string };

/** A literal as a regular expression: every metacharacter escaped, so the text is matched as written. */
export function literalRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * Translates the port's filter (equality, `$in` and `$contains` on dot paths into `data`) to a MongoDB filter on
 * `data.<path>`, live documents only. Validates exactly what the in-memory reference refuses.
 *
 * Same semantics on the port's subset (paths that reach scalars): MongoDB equality is type-strict
 * ('5' ≠ 5, 1 ≠ true), and `null` matches null or missing, also inside `$in`. Outside it they
 * differ: MongoDB matches a field holding an array by any of its elements, and a path may walk
 * into arrays; the in-memory adapter does neither. Projections keep filtered fields scalar.
 */
export function toMongoFilter(filter: ReadModelFilter | undefined): Record<string, unknown> {
  const mongo: Record<string, unknown> = { ...LIVE_ONLY };
  for (const [path, condition] of Object.entries(filter ?? {})) {
    checkPath('filter', path);
    if (condition !== null && typeof condition === 'object' && Object.keys(condition).length === 1 && '$contains' in condition) {
      if (typeof condition.$contains !== 'string') throw new InvalidReadModelRequestError(`Filter on "${path}": $contains takes a string`);
      // A string field holding the literal: `$regex` matches strings only (not null, numbers or a missing field), as the reference does.
      mongo[storedPath(path)] = { $regex: literalRegex(condition.$contains) } satisfies MongoCondition;
    } else if (condition !== null && typeof condition === 'object') {
      const keys = Object.keys(condition);
      if (keys.length !== 1 || keys[0] !== '$in' || !Array.isArray((condition as { $in: unknown }).$in)) {
        throw new InvalidReadModelRequestError(`Filter on "${path}": only equality, $in and $contains are supported`);
      }
      (condition as { $in: unknown[] }).$in.forEach((value) => checkScalar(path, value));
      mongo[storedPath(path)] = { $in: [...(condition as { $in: Array<string | number | boolean | null> }).$in] } satisfies MongoCondition;
    } else {
      checkScalar(path, condition);
      // `$eq` rather than a bare value, so a value can never be read as an operator document.
      mongo[storedPath(path)] = { $eq: condition };
    }
  }
  return mongo;
}

/**
 * The port's sort on `data` paths, ties (and no sort) by id ascending. MongoDB orders mixed types
 * in BSON order (null/missing < numbers < strings < objects < arrays < booleans), as the in-memory
 * reference does, and strings by binary UTF-8 = code point order (the reference compares UTF-16
 * code units: the same except between astral characters and U+E000–U+FFFF).
 */
export function toMongoSort(sort: FindOptions['sort']): Record<string, 1 | -1> {
  const mongo: Record<string, 1 | -1> = {};
  for (const [path, direction] of Object.entries(sort ?? {})) {
    checkPath('sort', path);
    if (direction !== 1 && direction !== -1) {
      throw new InvalidReadModelRequestError(`Sort on "${path}": direction must be 1 or -1`);
    }
    mongo[storedPath(path)] = direction;
  }
  mongo['_id'] = 1;
  return mongo;
}

/** Skip/limit as MongoDB takes them; `null` = an empty page (MongoDB reads `limit: 0` as "no limit"). */
export function toMongoPage(options: FindOptions): { skip: number; limit: number } | null {
  const skip = options.skip ?? 0;
  if (!Number.isSafeInteger(skip) || skip < 0) throw new InvalidReadModelRequestError(`Bad skip ${String(options.skip)}`);
  if (options.limit === undefined) return { skip, limit: 0 };
  if (!Number.isSafeInteger(options.limit) || options.limit < 0) {
    throw new InvalidReadModelRequestError(`Bad limit ${String(options.limit)}`);
  }
  return options.limit === 0 ? null : { skip, limit: options.limit };
}

/** A port path (`place.province`) as stored: under `data`, each key escaped as the codec stores it. */
function storedPath(path: string): string {
  return [DATA_FIELD, ...path.split('.').map(encodeKey)].join('.');
}

function checkPath(what: string, path: string): void {
  if (path === '' || path.startsWith('$') || path.split('.').some((k) => k === '')) {
    throw new InvalidReadModelRequestError(`Bad ${what} path "${path}"`);
  }
}

function checkScalar(path: string, value: unknown): void {
  const ok = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (!ok || (typeof value === 'number' && !Number.isFinite(value))) {
    throw new InvalidReadModelRequestError(`Filter on "${path}": only strings, finite numbers, booleans and null compare`);
  }
}
