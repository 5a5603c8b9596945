import type { OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_OPERATION_EXTENSION } from '../auth/access-policy.decorators';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';
import { closeRequestBodies } from './closed-request-bodies';
import { addOperationLinks } from './openapi-links';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * What the decorators cannot say, written into the generated document so it tells clients the
 * truth: public operations need no token (`security: []` overrides the global bearer
 * requirement), every error answer is `application/problem+json` (what the filter sends), a
 * request body takes no field it does not list (`closeRequestBodies`), and which answer's ids
 * lead to which operations (OpenAPI links, `addOperationLinks`).
 */
export function finishOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as (Record<string, unknown> & { responses?: Record<string, { content?: Record<string, unknown> }> }) | undefined;
      if (!operation) continue;
      if (operation[PUBLIC_OPERATION_EXTENSION]) {
        delete operation[PUBLIC_OPERATION_EXTENSION];
        operation['security'] = [];
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
