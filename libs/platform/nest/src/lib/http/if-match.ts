import { applyDecorators, BadRequestException, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';

export const HONOURS_IF_MATCH = 'casetrail:honoursIfMatch';

/**
 * The route reads If-Match (with `@IfMatchRevision()`): documented on it, and let through by the
 * edge, which refuses If-Match on every other route instead of ignoring a precondition.
 */
export function HonoursIfMatch(description: string): MethodDecorator {
  return applyDecorators(SetMetadata(HONOURS_IF_MATCH, true), ApiHeader({ name: 'If-Match', required: false, description }));
}

/**
 * `If-Match` as the revision it names: `"3"` (our ETags are strong tags of the revision; the
 * quotes may be left out), or undefined when absent or `*` (any current revision). A weak tag
 * `W/"3"` is refused with 400, not 412: under the strong comparison If-Match uses it can never
 * match (RFC 9110 §13.1.1), so a client that retried after a 412 would loop; the header itself is
 * what must change (a proxy that weakens ETags, say). A list of tags is refused the same way.
 */
export function revisionOfIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  if (/^\s*W\//i.test(header)) {
    throw new BadRequestException('If-Match must be a strong entity tag, e.g. "3": a weak tag (W/) never matches');
  }
  const match = /^\s*"?(\d{1,15})"?\s*$/.exec(header);
  if (!match) throw new BadRequestException('If-Match must be the revision you last saw, as an entity tag, e.g. "3"');
  return Number(match[1]);
}

/** The request's If-Match revision (see `revisionOfIfMatch`). */
export function ifMatchRevisionOf(context: ExecutionContext): number | undefined {
  return revisionOfIfMatch(context.switchToHttp().getRequest<Request>().headers['if-match']);
}

/** The handler parameter: the If-Match revision (see `revisionOfIfMatch`); use with `@HonoursIfMatch`. */
export const IfMatchRevision = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => ifMatchRevisionOf(context));
