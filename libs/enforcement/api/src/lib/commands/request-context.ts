import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** The request's correlation id (set by the logger from `X-Correlation-Id`, or generated). */
export const CorrelationId = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<Request & { id?: unknown }>();
  return typeof request.id === 'string' ? request.id : globalThis.crypto.randomUUID();
});

/** `If-Match: <revision>` (quoted or not) as a number, or undefined when absent. */
export const IfMatchRevision = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<Request>().headers['if-match'];
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(-?\d{1,15})"?\s*$/.exec(String(header));
  if (!match) throw new BadRequestException('If-Match must be a case revision, e.g. "3"');
  return Number(match[1]);
});
