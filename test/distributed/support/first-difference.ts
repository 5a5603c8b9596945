import { isDeepStrictEqual } from 'node:util';

/** The path of the first place two JSON values differ, with both sides (for failure messages). */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(actual, expected)) return null;
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object' && Array.isArray(actual) === Array.isArray(expected)) {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(e)])) {
      const found = firstDifference(a[key], e[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: got ${JSON.stringify(actual)?.slice(0, 300)}, expected ${JSON.stringify(expected)?.slice(0, 300)}`;
}
