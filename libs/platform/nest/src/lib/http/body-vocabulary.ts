import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Every field name the OpenAPI document declares (the `properties` of any schema in it): the
 * words an error answer may print back. A key outside this set is the client's own text.
 */
export function fieldNamesOf(document: OpenAPIObject): ReadonlySet<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const properties = (node as { properties?: unknown }).properties;
    if (typeof properties === 'object' && properties !== null) for (const name of Object.keys(properties)) names.add(name);
    Object.values(node).forEach(visit);
  };
  visit(document);
  return names;
}
