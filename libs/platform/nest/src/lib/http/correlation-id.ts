import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** The request's correlation id (set by the logger from `X-Correlation-Id`, or generated). */
export function correlationIdOf(context: ExecutionContext): string {
  const request = context.switchToHttp().getRequest<Request & { id?: unknown }>();
  return typeof request.id === 'string' ? request.id : globalThis.crypto.randomUUID();
}

/** The handler parameter: the request's correlation id (see `correlationIdOf`). */
export const CorrelationId = createParamDecorator((_: unknown, context: ExecutionContext): string => correlationIdOf(context));
