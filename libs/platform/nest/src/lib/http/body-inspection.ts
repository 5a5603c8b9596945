import type { FieldProblem } from '../errors/problem';
import { normaliseText, textProblemOf } from '../validation/free-text';

/**
 * How deep a JSON body may nest (the body itself is level 1). Our deepest body is 2 levels; 32
 * leaves room for any form we will write, and stops a 2,000-level body from reaching code that
 * recurses (class-transformer and class-validator overflowed the stack: a RangeError, a 500).
 */
export const MAX_BODY_DEPTH = 32;

/** Keys that name the prototype machinery: never a field of ours, refused wherever they appear. */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

type PathSegment = string | number;

/**
 * Checks a parsed JSON body before any other code walks it: its depth first, level by level
 * without recursion; then, walking at most that deep, keys that could reach an object's
 * prototype (class-transformer dropped them silently; refused here like any unknown field, so
 * the client learns its body was not taken as sent), and every string, by the free-text rules
 * (`textProblemOf`). Strings are normalised to NFC in place, so validation and storage see the
 * form that is kept.
 *
 * A problem names its field by path, but a key is printed only when `nameable` says it is one of
 * the API's own words (the field names of the OpenAPI document) or a reserved key: any other key
 * is the client's text, and an answer never repeats input. The path then stops at the last
 * nameable ancestor.
 */
export function inspectJsonBody(body: unknown, nameable: (key: string) => boolean): FieldProblem[] {
  if (depthExceeds(body, MAX_BODY_DEPTH)) {
    return [{ field: '(body)', message: `(body) nests deeper than ${MAX_BODY_DEPTH} levels` }];
  }
  const problems: FieldProblem[] = [];
  walk(body, [], (value, path) => {
    if (typeof value === 'string') {
      const problem = textProblemOf(value);
      if (problem) problems.push(problemAt(path, nameable, problem));
      return normaliseText(value);
    }
    if (isObject(value)) {
      for (const key of Object.keys(value)) {
        if (RESERVED_KEYS.includes(key)) problems.push(problemAt([...path, key], nameable, 'is a reserved name, not a field'));
      }
    }
    return value;
  });
  return unique(problems);
}

/** Whether any container sits deeper than `max` levels; stops descending once it knows. */
function depthExceeds(value: unknown, max: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 1; level.length > 0; depth++) {
    const containers = level.filter((v) => isObject(v) || Array.isArray(v)) as object[];
    if (containers.length > 0 && depth > max) return true;
    level = containers.flatMap((c) => Object.values(c));
  }
  return false;
}

/**
 * Visits every value with its path, putting back what `visit` returns for a value inside an
 * object or array (the body itself is an object or array: its strings are inside it). The depth
 * is bounded before this runs.
 */
function walk(value: unknown, path: PathSegment[], visit: (value: unknown, path: PathSegment[]) => unknown): unknown {
  const visited = visit(value, path);
  if (Array.isArray(visited)) visited.forEach((item, index) => (visited[index] = walk(item, [...path, index], visit)));
  else if (isObject(visited)) {
    for (const key of Object.keys(visited)) {
      // A reserved key's value is refused anyway, and assigning to it could reach a prototype.
      if (!RESERVED_KEYS.includes(key)) visited[key] = walk(visited[key], [...path, key], visit);
    }
  }
  return visited;
}

function problemAt(path: PathSegment[], nameable: (key: string) => boolean, what: string): FieldProblem {
  const shown: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'string' && !nameable(segment) && !RESERVED_KEYS.includes(segment)) {
      const field = shown.join('.') || '(body)';
      return { field, message: `${field} has an unknown field: something inside it ${what}` };
    }
    shown.push(String(segment));
  }
  const field = shown.join('.') || '(body)';
  return { field, message: `${field} ${what}` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unique(problems: FieldProblem[]): FieldProblem[] {
  return [...new Map(problems.map((p) => [`${p.field}\n${p.message}`, p])).values()];
}
