import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { HttpExceptionWithHeaders } from '../errors/http-exception-with-headers';
import { DEFAULT_REQUEST_BODY_TYPES, hasBodyOfType, REQUEST_BODY_TYPES } from './request-body-types';

/**
 * The checks of a request that need to know its route, run after the guards (so a stranger gets
 * 401, not a lesson about bodies) and before any pipe or handler: the body's media type.
 */
@Injectable()
export class RequestEdgeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const types = this.reflector.getAllAndOverride<readonly string[] | undefined>(REQUEST_BODY_TYPES, [context.getHandler(), context.getClass()]) ?? DEFAULT_REQUEST_BODY_TYPES;
    if (!hasBodyOfType(req, types)) {
      // RFC 9110 §15.5.16: a 415 for a media type may say in Accept which ones would do.
      throw new HttpExceptionWithHeaders(415, `The request body must be ${types.join(' or ')}`, { Accept: types.join(', ') });
    }
    return next.handle();
  }
}
