import type { FieldProblem } from '../errors/problem';

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
 * Checks a parsed JSON body before any other code walks it, in one pass without deep recursion:
 * its depth, and keys that could reach an object's prototype (class-transformer dropped them
 * silently; refused here like any unknown field, so the client learns its body was not taken
 * as sent).
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
    if (!isObject(value)) return;
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.includes(key)) problems.push(problemAt([...path, key], nameable, 'is a reserved name, not a field'));
    }
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

/** Visits every value with its path; the depth is bounded before this runs. */
function walk(value: unknown, path: PathSegment[], visit: (value: unknown, path: PathSegment[]) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (isObject(value)) for (const key of Object.keys(value)) walk(value[key], [...path, key], visit);
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
