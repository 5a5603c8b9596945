import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/**
 * The matched route as `<METHOD> <template>`, e.g. `GET /api/enforcement/cases/:caseId`: what an
 * access record names, never the URL itself (its ids and query stay out of the route field).
 */
export const RouteTemplate = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<Request>();
  const template = typeof request.route?.path === 'string' ? `${request.baseUrl ?? ''}${request.route.path}` : '/unknown';
  return `${request.method} ${template}`;
});
