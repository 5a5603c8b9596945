import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiConsumes } from '@nestjs/swagger';
import type { Request } from 'express';

/** What a route takes unless it declares otherwise: JSON (UTF-8, checked by the body parser). */
export const DEFAULT_REQUEST_BODY_TYPES: readonly string[] = ['application/json'];

export const REQUEST_BODY_TYPES = 'casetrail:requestBodyTypes';

/**
 * The media types a route's request body may have, when not JSON (an upload, say): enforced at
 * the edge (415 otherwise) and written into the OpenAPI document, from this one declaration.
 */
export function RequestBodyTypes(...types: [string, ...string[]]): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(REQUEST_BODY_TYPES, types), ApiConsumes(...types));
}

/**
 * Whether the request sends a body: chunked, or a positive Content-Length. An empty body (length
 * 0) needs no media type, so a command without fields can be sent bare.
 */
export function carriesBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0;
}

/** Whether a request's body is of one of the types (by express's `req.is`, as the parser decides). */
export function hasBodyOfType(req: Request, types: readonly string[]): boolean {
  return !carriesBody(req) || Boolean(req.is([...types]));
}
