/**
 * What the port's JSON data becomes in a stored document, so that it fits the subset FerretDB 1.24
 * stores (see its "known differences"): no array directly inside an array, no key containing "."
 * or starting with "$". Real MongoDB takes both, but one encoding everywhere keeps tests honest.
 *
 * - a key is escaped only when it must be: "%" → "%25", "." → "%2E", a leading "$" → "%24", so
 *   ordinary keys are stored as they are and filter/sort paths on them need no change;
 * - an array inside an array is stored as `{ "%array": [...] }`; an escaped key never starts
 *   with a bare "%a", so the wrapper cannot collide with data.
 *
 * Encoding is a JSON round trip (as the in-memory reference makes: Dates become strings,
 * undefined fields vanish, NaN/Infinity become null) and a snapshot the caller cannot mutate.
 * Not handled: NUL characters in strings (FerretDB refuses them; the write fails loudly).
 */
const NESTED_ARRAY = '%array';

export function encodeKey(key: string): string {
  if (!key.includes('%') && !key.includes('.') && !key.startsWith('$')) return key;
  const escaped = key.replace(/%/g, '%25').replace(/\./g, '%2E');
  return escaped.startsWith('$') ? `%24${escaped.slice(1)}` : escaped;
}

function decodeKey(key: string): string {
  return key.includes('%') ? key.replace(/%2E/g, '.').replace(/%24/g, '$').replace(/%25/g, '%') : key;
}

export function encodeData<V>(value: V): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value), function (this: unknown, _key, parsed: unknown) {
    if (Array.isArray(parsed)) return Array.isArray(this) ? { [NESTED_ARRAY]: parsed } : parsed;
    if (parsed === null || typeof parsed !== 'object') return parsed;
    const keys = Object.keys(parsed);
    if (keys.every((k) => encodeKey(k) === k)) return parsed;
    // Rebuilt in the same key order: field order is part of what MongoDB stores.
    return Object.fromEntries(keys.map((k) => [encodeKey(k), (parsed as Record<string, unknown>)[k]]));
  });
}

export function decodeData(stored: unknown): unknown {
  if (Array.isArray(stored)) return stored.map(decodeData);
  if (stored === null || typeof stored !== 'object') return stored;
  const keys = Object.keys(stored);
  const record = stored as Record<string, unknown>;
  if (keys.length === 1 && keys[0] === NESTED_ARRAY && Array.isArray(record[NESTED_ARRAY])) {
    return (record[NESTED_ARRAY] as unknown[]).map(decodeData);
  }
  return Object.fromEntries(keys.map((k) => [decodeKey(k), decodeData(record[k])]));
}
