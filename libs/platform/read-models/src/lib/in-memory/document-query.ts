import type { ContainsCondition, FindOptions, FilterScalar, ReadModelFilter } from '../read-model-store.port';
import { InvalidReadModelRequestError } from '../read-model.errors';

/**
 * Filter and sort semantics of the port, written the way MongoDB behaves on the subset we use,
 * so the in-memory adapter is a faithful reference.
 */
export function readPath(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function equalsScalar(value: unknown, expected: FilterScalar): boolean {
  // MongoDB: `{ field: null }` also matches a missing field.
  if (expected === null) return value === null || value === undefined;
  return value === expected;
}

export function checkFilter(filter: ReadModelFilter | undefined): void {
  for (const [path, condition] of Object.entries(filter ?? {})) {
    if (path === '' || path.startsWith('$') || path.split('.').some((k) => k === '')) {
      throw new InvalidReadModelRequestError(`Bad filter path "${path}"`);
    }
    if (condition !== null && typeof condition === 'object') {
      const keys = Object.keys(condition);
      if (keys.length === 1 && keys[0] === '$contains') {
        if (typeof (condition as ContainsCondition).$contains !== 'string') {
          throw new InvalidReadModelRequestError(`Filter on "${path}": $contains takes a string`);
        }
      } else if (keys.length !== 1 || keys[0] !== '$in' || !Array.isArray((condition as { $in: unknown }).$in)) {
        throw new InvalidReadModelRequestError(`Filter on "${path}": only equality, $in and $contains are supported`);
      }
    }
  }
}

export function matchesFilter(data: unknown, filter: ReadModelFilter | undefined): boolean {
  for (const [path, condition] of Object.entries(filter ?? {})) {
    const value = readPath(data, path);
    if (condition !== null && typeof condition === 'object' && '$contains' in condition) {
      if (typeof value !== 'string' || !value.includes(condition.$contains)) return false;
    } else if (condition !== null && typeof condition === 'object') {
      if (!condition.$in.some((expected) => equalsScalar(value, expected))) return false;
    } else if (!equalsScalar(value, condition)) {
      return false;
    }
  }
  return true;
}

// BSON comparison order for the types we store: null/missing < numbers < strings < objects < arrays < booleans.
function typeRank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  if (Array.isArray(value)) return 4;
  if (typeof value === 'object') return 3;
  if (typeof value === 'boolean') return 5;
  return 6;
}

function compareValues(a: unknown, b: unknown): number {
  const rankA = typeRank(a);
  const rankB = typeRank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (rankA === 1 || rankA === 5) return Number(a) - Number(b);
  // Strings: code-unit order (MongoDB's default binary order for the BMP), never locale order.
  if (rankA === 2) return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
  return 0;
}

export function compareBySort<T extends { id: string; data: unknown }>(sort: FindOptions['sort']) {
  const keys = Object.entries(sort ?? {});
  return (a: T, b: T): number => {
    for (const [path, direction] of keys) {
      const order = compareValues(readPath(a.data, path), readPath(b.data, path));
      if (order !== 0) return order * direction;
    }
    return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
  };
}
