import type { OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_OPERATION_EXTENSION } from '../auth/access-policy.decorators';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';
import { closeRequestBodies } from './closed-request-bodies';
import { addOperationLinks } from './openapi-links';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const UUID_V4_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$';

const PROBLEM_SCHEMA = { $ref: '#/components/schemas/Problem' };

/**
 * What the decorators cannot say, written into the generated document so it tells clients the
 * truth: public operations need no token (`security: []` overrides the global bearer
 * requirement), every error answer is `application/problem+json` (what the filter sends), every
 * operation that takes a body may answer 415 (the edge's media type and coding check), a 401
 * carries a bearer challenge, a request body takes no field it does not list
 * (`closeRequestBodies`), and which answer's ids lead to which operations (OpenAPI links,
 * `addOperationLinks`).
 */
export function finishOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as (Record<string, unknown> & { requestBody?: unknown; parameters?: { in?: string; schema?: Record<string, unknown> }[]; responses?: Record<string, { description?: string; content?: Record<string, unknown> }> }) | undefined;
      if (!operation) continue;
      // Ids are random UUIDs (version 4) and the path pipes accept that version only: say so.
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path' && parameter.schema?.['format'] === 'uuid' && !parameter.schema['pattern']) {
          parameter.schema['pattern'] = UUID_V4_PATTERN;
        }
      }
      if (operation[PUBLIC_OPERATION_EXTENSION]) {
        delete operation[PUBLIC_OPERATION_EXTENSION];
        operation['security'] = [];
      }
      if (operation.requestBody && operation.responses && !operation.responses['415']) {
        operation.responses['415'] = {
          description: 'The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed',
          content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_SCHEMA } },
        };
      }
      const unauthorized = operation.responses?.['401'] as { headers?: Record<string, unknown> } | undefined;
      if (unauthorized) {
        unauthorized.headers = {
          ...unauthorized.headers,
          'WWW-Authenticate': { description: 'Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750)', schema: { type: 'string' } },
        };
      }
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'];
        if (!/^[45]/.test(status) || !json || !response.content) continue;
        delete response.content['application/json'];
        response.content[PROBLEM_CONTENT_TYPE] = json;
      }
    }
  }
  return addOperationLinks(closeRequestBodies(document));
}
