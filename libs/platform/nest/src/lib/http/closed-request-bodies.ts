import type { OpenAPIObject } from '@nestjs/swagger';

interface SchemaLike {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaLike>;
  items?: SchemaLike;
  allOf?: SchemaLike[];
  oneOf?: SchemaLike[];
  anyOf?: SchemaLike[];
  additionalProperties?: unknown;
}

interface OperationLike {
  requestBody?: { content?: Record<string, { schema?: SchemaLike }> };
  responses?: Record<string, { content?: Record<string, { schema?: SchemaLike }> }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Marks request-body object schemas `additionalProperties: false`: the validation pipe refuses
 * unknown fields in every body (`forbidNonWhitelisted`), and the document should say so, or
 * clients and generators (Schemathesis) send fields the API will refuse. Schemas that an answer
 * also uses are left open: an answer may grow a field without breaking its readers.
 */
export function closeRequestBodies(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaLike>;
  const inRequests: SchemaLike[] = [];
  const inResponses: SchemaLike[] = [];
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as OperationLike | undefined;
      if (!operation) continue;
      for (const media of Object.values(operation.requestBody?.content ?? {})) if (media.schema) inRequests.push(media.schema);
      for (const response of Object.values(operation.responses ?? {})) {
        for (const media of Object.values(response.content ?? {})) if (media.schema) inResponses.push(media.schema);
      }
    }
  }
  const shared = reachable(inResponses, schemas);
  for (const schema of reachable(inRequests, schemas)) {
    if (shared.has(schema) || schema.type !== 'object' || !schema.properties || schema.additionalProperties !== undefined) continue;
    schema.additionalProperties = false;
  }
  return document;
}

/** Every schema object reachable from `roots` through `$ref`, properties, items and combinators. */
function reachable(roots: SchemaLike[], schemas: Record<string, SchemaLike>): Set<SchemaLike> {
  const seen = new Set<SchemaLike>();
  const visit = (schema: SchemaLike | undefined): void => {
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
    seen.add(schema);
    if (schema.$ref) visit(schemas[schema.$ref.replace('#/components/schemas/', '')]);
    Object.values(schema.properties ?? {}).forEach(visit);
    visit(schema.items);
    [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}
