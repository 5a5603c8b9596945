/** The parts of an OpenAPI 3 document the security suites read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

export interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean; schema?: SchemaObject; example?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, unknown>;
  security?: unknown[];
}

export interface SchemaObject {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  /** 0 where an empty list is a valid answer of its own. */
  minItems?: number;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  allOf?: SchemaObject[];
}

export function operationOf(document: OpenApiDocument, method: string, path: string): OpenApiOperation {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${path} is not in the OpenAPI document`);
  return operation;
}

export function resolve(document: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(document, document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf?.length === 1) return resolve(document, schema.allOf[0]);
  return schema;
}

/** The JSON request body schema, resolved; undefined when the operation takes no body. */
export function requestBodySchema(document: OpenApiDocument, operation: OpenApiOperation): SchemaObject | undefined {
  return resolve(document, operation.requestBody?.content?.['application/json']?.schema);
}

/** A value built from the documented examples: what the document itself calls a valid request. */
export function sampleOf(document: OpenApiDocument, raw: SchemaObject | undefined): unknown {
  const schema = resolve(document, raw);
  if (!schema) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.type === 'array' ? [schema.enum[0]] : schema.enum[0];
  if (schema.type === 'array') return [sampleOf(document, schema.items)];
  if (schema.properties) {
    return Object.fromEntries(
      Object.entries(schema.properties)
        .filter(([name]) => schema.required?.includes(name))
        .map(([name, property]) => [name, sampleOf(document, property)]),
    );
  }
  if (schema.type === 'integer' || schema.type === 'number') return 1;
  if (schema.type === 'boolean') return true;
  return 'sample';
}

/** The required query parameters with their documented example values. */
export function requiredQuery(document: OpenApiDocument, operation: OpenApiOperation): Record<string, string> {
  return Object.fromEntries(
    (operation.parameters ?? [])
      .filter((p) => p.in === 'query' && p.required)
      .map((p) => [p.name, String(p.example ?? sampleOf(document, p.schema))]),
  );
}

/** The status the document promises on success (the lowest 2xx it lists). */
export function documentedSuccess(operation: OpenApiOperation): number | undefined {
  const codes = Object.keys(operation.responses ?? {})
    .map(Number)
    .filter((c) => c >= 200 && c < 300)
    .sort();
  return codes[0];
}
