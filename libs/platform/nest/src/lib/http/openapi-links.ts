import { ApiExtension, type OpenAPIObject } from '@nestjs/swagger';

/** Carries `ApiParamSources` into the document; `addOperationLinks` reads it and removes it. */
export const PARAM_SOURCES_EXTENSION = 'x-casetrail-param-sources';

/**
 * Path parameters of this operation that earlier answers name otherwise, for the OpenAPI links:
 * e.g. `{ personId: ['suspectId', 'victimId'] }`. An id of the same name needs nothing.
 */
export const ApiParamSources = (sources: Record<string, readonly string[]>) => ApiExtension(PARAM_SOURCES_EXTENSION, sources);

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface SchemaLike {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaLike>;
  allOf?: SchemaLike[];
}

interface OperationLike {
  operationId?: string;
  parameters?: Array<{ name?: string; in?: string; $ref?: string }>;
  responses?: Record<string, { content?: Record<string, { schema?: SchemaLike }>; links?: Record<string, unknown> }>;
  [PARAM_SOURCES_EXTENSION]?: Record<string, readonly string[]>;
}

interface Operation {
  path: string;
  method: (typeof METHODS)[number];
  operationId: string | undefined;
  operation: OperationLike;
  pathParams: string[];
  /** The exact name of its `If-Match` header parameter, when it takes one. */
  ifMatch: string | undefined;
  sources: Record<string, readonly string[]>;
}

/**
 * Adds OpenAPI links (`responses.201.links`) from each creation's answer to every operation
 * whose path parameters the answer's ids, or the creating request's own path parameters, fill:
 * the 201 of `POST /cases` (`caseId`) leads to `/cases/{caseId}/…`, the 201 of
 * `POST /cases/{caseId}/suspects` (`suspectId`) to `…/suspects/{suspectId}/arrest`. An `If-Match`
 * header of the next operation takes the answer's `ETag` (the revision it left). Derived from
 * the documented answer schemas, so a new route is linked without a word in its controller.
 * Clients learn the flow from them, and Schemathesis's stateful phase follows them (it opens a
 * case, then acts on that case). Links written by hand are kept.
 *
 * Only creations (201) lead on: Schemathesis starts its scenarios at operations that have
 * links, and a scenario that starts at a command on a random id ends at once.
 */
export function addOperationLinks(document: OpenAPIObject): OpenAPIObject {
  const operations = collectOperations(document);
  for (const producer of operations) {
    if (producer.method !== 'post') continue;
    for (const [status, response] of Object.entries(producer.operation.responses ?? {})) {
      if (status !== '201') continue;
      const ids = idProperties(document, response.content?.['application/json']?.schema);
      if (ids.length === 0) continue;
      // What a follow-up request can take from this exchange: the answer's ids first.
      const provided = new Map<string, string>();
      for (const id of ids) provided.set(id, `$response.body#/${id}`);
      for (const param of producer.pathParams) if (!provided.has(param)) provided.set(param, `$request.path.${param}`);
      const links: Record<string, unknown> = {};
      for (const consumer of operations) {
        if (!consumer.operationId || consumer.pathParams.length === 0) continue;
        const parameters = fill(consumer, provided);
        if (parameters) links[consumer.operationId] = { operationId: consumer.operationId, parameters };
      }
      if (Object.keys(links).length > 0) response.links = { ...links, ...response.links };
    }
  }
  return document;
}

function collectOperations(document: OpenAPIObject): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as OperationLike | undefined;
      if (!operation) continue;
      const sources = operation[PARAM_SOURCES_EXTENSION] ?? {};
      delete operation[PARAM_SOURCES_EXTENSION];
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const ifMatch = operation.parameters?.find((p) => p.in === 'header' && p.name?.toLowerCase() === 'if-match')?.name;
      operations.push({ path, method, operationId: operation.operationId, operation, pathParams, ifMatch, sources });
    }
  }
  return operations;
}

/** The link parameters for `consumer`, or undefined when one of its path parameters has no source. */
function fill(consumer: Operation, provided: Map<string, string>): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (const param of consumer.pathParams) {
    const source = [param, ...(consumer.sources[param] ?? [])].find((name) => provided.has(name));
    if (!source) return undefined;
    parameters[param] = provided.get(source)!;
  }
  // Absent from an answer without an ETag: the expression then resolves to nothing.
  if (consumer.ifMatch) parameters[`header.${consumer.ifMatch}`] = '$response.header.ETag';
  return parameters;
}

/** The string properties named `…Id` of an object schema (through `$ref` and a single `allOf`). */
function idProperties(document: OpenAPIObject, raw: SchemaLike | undefined): string[] {
  const schema = resolve(document, raw);
  return Object.entries(schema?.properties ?? {})
    .filter(([name, property]) => /Id$/.test(name) && resolve(document, property)?.type === 'string')
    .map(([name]) => name);
}

function resolve(document: OpenAPIObject, schema: SchemaLike | undefined, depth = 0): SchemaLike | undefined {
  if (!schema || depth > 10) return schema;
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(document, document.components?.schemas?.[name] as SchemaLike | undefined, depth + 1);
  }
  if (schema.allOf?.length === 1) return resolve(document, schema.allOf[0], depth + 1);
  return schema;
}
