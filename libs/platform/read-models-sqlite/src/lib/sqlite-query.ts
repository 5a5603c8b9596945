import { InvalidReadModelRequestError, type FilterScalar, type FindOptions, type ReadModelFilter } from '@casetrail/read-models';

/** SQL for a filter or sort, and its parameters in order. The SQL is the statement's shape: equal shapes share one prepared statement. */
export interface CompiledSql {
  sql: string;
  params: unknown[];
}

/**
 * A dot path into `data` as an SQLite JSON path with every key quoted (`place.province` ->
 * `$."place"."province"`), so keys are read as labels whatever they hold. A key holding `"`
 * cannot be quoted in SQLite's path syntax and is refused, as are empty keys and `$` paths.
 */
export function jsonPath(path: string): string {
  if (typeof path !== 'string' || path === '' || path.startsWith('$')) throw new InvalidReadModelRequestError(`Bad path "${String(path)}"`);
  const keys = path.split('.');
  if (keys.some((k) => k === '' || k.includes('"'))) throw new InvalidReadModelRequestError(`Bad path "${path}"`);
  return `$${keys.map((k) => `."${k}"`).join('')}`;
}

/**
 * How a scalar is compared: by its JSON text. `data -> path` answers the JSON text of the value
 * at the path as stored (SQLite keeps the text of scalars as written) or SQL NULL when missing,
 * and both the stored document and the filter value were written by `JSON.stringify`, which is
 * deterministic for scalars. So one comparison of texts is the port's type-strict equality: the
 * string "5" (`"5"`) never equals the number 5 (`5`), nor `true` the number 1.
 */
function jsonText(value: FilterScalar, path: string): string {
  if (value !== null && typeof value !== 'string' && typeof value !== 'boolean' && !(typeof value === 'number' && Number.isFinite(value))) {
    throw new InvalidReadModelRequestError(`Filter on "${path}": only strings, finite numbers, booleans and null compare`);
  }
  return JSON.stringify(value);
}

/**
 * The WHERE conditions of a filter (ANDed; `1` for none). Equality: `data -> path = json`;
 * `null` also matches a missing field (MongoDB's rule). `$in`: the JSON texts bound as one JSON
 * array, so any number of values is one statement shape. `$contains`: strings only, `instr` on
 * the text (binary, case-sensitive; the empty text matches every string).
 */
export function compileFilter(filter: ReadModelFilter | undefined): CompiledSql {
  const clauses: string[] = [];
  const params: unknown[] = [];
  for (const [path, condition] of Object.entries(filter ?? {})) {
    const at = jsonPath(path);
    if (condition === null) {
      clauses.push(`coalesce(data -> ?, 'null') = 'null'`);
      params.push(at);
    } else if (typeof condition !== 'object') {
      clauses.push('data -> ? = ?');
      params.push(at, jsonText(condition, path));
    } else {
      const keys = Object.keys(condition);
      if (keys.length === 1 && keys[0] === '$contains') {
        const text = (condition as { $contains: unknown }).$contains;
        if (typeof text !== 'string') throw new InvalidReadModelRequestError(`Filter on "${path}": $contains takes a string`);
        clauses.push(`(json_type(data, ?) = 'text' AND instr(data ->> ?, ?) > 0)`);
        params.push(at, at, text);
      } else if (keys.length === 1 && keys[0] === '$in' && Array.isArray((condition as { $in: unknown }).$in)) {
        const values = (condition as { $in: FilterScalar[] }).$in;
        if (values.length === 0) {
          clauses.push('0');
          continue;
        }
        const texts = [...new Set(values.map((v) => jsonText(v, path)))];
        const withNull = texts.includes('null');
        clauses.push(withNull ? `coalesce(data -> ?, 'null') IN (SELECT value FROM json_each(?))` : 'data -> ? IN (SELECT value FROM json_each(?))');
        params.push(at, JSON.stringify(texts));
      } else {
        throw new InvalidReadModelRequestError(`Filter on "${path}": only equality, $in and $contains are supported`);
      }
    }
  }
  return { sql: clauses.length === 0 ? '1' : clauses.join(' AND '), params };
}

// BSON order for the types stored: null/missing < numbers < strings < objects < arrays < booleans.
const TYPE_RANK = `CASE json_type(data, ?) WHEN 'integer' THEN 1 WHEN 'real' THEN 1 WHEN 'text' THEN 2 WHEN 'object' THEN 3 WHEN 'array' THEN 4 WHEN 'true' THEN 5 WHEN 'false' THEN 5 ELSE 0 END`;

/**
 * ORDER BY terms: per sort key the type rank (as MongoDB orders types), then the value (numbers
 * numerically, strings by binary UTF-8 order like MongoDB, false before true; objects and arrays
 * tie, as in the in-memory reference); ties by id ascending.
 */
export function compileSort(sort: FindOptions['sort']): CompiledSql {
  const terms: string[] = [];
  const params: unknown[] = [];
  for (const [path, direction] of Object.entries(sort ?? {})) {
    if (direction !== 1 && direction !== -1) throw new InvalidReadModelRequestError(`Sort on "${path}": direction must be 1 or -1`);
    const at = jsonPath(path);
    const order = direction === 1 ? 'ASC' : 'DESC';
    terms.push(`${TYPE_RANK} ${order}`, `(CASE WHEN json_type(data, ?) IN ('object', 'array') THEN NULL ELSE data ->> ? END) ${order}`);
    params.push(at, at, at);
  }
  terms.push('id ASC');
  return { sql: terms.join(', '), params };
}

/** LIMIT/OFFSET parameters; `limit: 0` is an empty page (as in the in-memory reference). */
export function pageParams(options: FindOptions): [limit: number, offset: number] {
  const skip = options.skip ?? 0;
  if (!Number.isSafeInteger(skip) || skip < 0) throw new InvalidReadModelRequestError(`Bad skip ${String(options.skip)}`);
  if (options.limit === undefined) return [-1, skip];
  if (!Number.isSafeInteger(options.limit) || options.limit < 0) throw new InvalidReadModelRequestError(`Bad limit ${String(options.limit)}`);
  return [options.limit, skip];
}
