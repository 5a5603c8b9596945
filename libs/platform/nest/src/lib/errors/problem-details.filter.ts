import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, NotFoundException, type ExceptionFilter } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import {
  ConcurrencyRetriesExhaustedError,
  DomainRuleViolation,
  IdempotencyConflictError,
  InvalidAppendError,
  WrongExpectedRevisionError,
} from '@casetrail/event-sourcing';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, type FieldProblem, type Problem } from './problem';
import { FieldValidationException } from '../validation/field-validation.exception';
import { HttpExceptionWithHeaders } from './http-exception-with-headers';

const TYPE_BASE = 'https://casetrail.dev/problems/';
const BEARER_REALM = 'casetrail';

const RULE_VIOLATION: Record<DomainRuleViolation['kind'], [number, string]> = {
  conflict: [409, 'Conflict'],
  unprocessable: [422, 'Unprocessable Content'],
  forbidden: [403, 'Forbidden'],
};

/**
 * Turns every error into problem+json. Known errors keep their message (written for users);
 * anything else becomes a bare 500 — no stack, no internal message, nothing echoed. No answer
 * carries `instance`: it would repeat the path as the client sent it (an invalid id included),
 * which the client knows already.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    // Nest's answer when no route matches ("Cannot GET /path") repeats the path as sent.
    if (exception instanceof NotFoundException && exception.message === `Cannot ${request.method} ${request.originalUrl}`) {
      problem.detail = 'No route matches this method and path';
    }
    if (exception instanceof HttpExceptionWithHeaders) response.set(exception.headers);
    if (problem.status === 401) response.setHeader('WWW-Authenticate', bearerChallenge(request));
    if (problem.status >= 500) {
      // The error's class and route only: data of the request never reaches the log.
      const path = request.originalUrl?.split('?')[0];
      this.logger.error(`${exception instanceof Error ? exception.name : 'Error'} on ${request.method} ${path}`);
      if (exception instanceof Error && exception.stack) this.logger.debug(exception.stack);
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
  }

  toProblem(exception: unknown): Problem {
    if (exception instanceof FieldValidationException) {
      return this.problem(400, 'validation', 'Bad Request', 'The request has invalid fields', 'VALIDATION_FAILED', exception.fields);
    }
    if (exception instanceof DomainRuleViolation) {
      const [status, title] = RULE_VIOLATION[exception.kind];
      return this.problem(status, 'rule-violation', title, exception.message, exception.code);
    }
    if (exception instanceof WrongExpectedRevisionError) {
      return this.problem(409, 'concurrency', 'Conflict', `The record changed: it is at revision ${exception.actual}, the request expected ${String(exception.expected)}`, exception.code);
    }
    if (exception instanceof ConcurrencyRetriesExhaustedError || exception instanceof IdempotencyConflictError) {
      return this.problem(409, 'concurrency', 'Conflict', exception.message, exception.code);
    }
    if (exception instanceof InvalidAppendError) {
      return this.problem(422, 'invalid-append', 'Unprocessable Content', exception.message, exception.code);
    }
    if (exception instanceof ThrottlerException) {
      return this.problem(429, 'rate-limited', 'Too Many Requests', 'Too many requests; slow down', 'RATE_LIMITED');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail = typeof body === 'string' ? body : ((body as { message?: unknown }).message ?? exception.message);
      return this.problem(status, slug(status), titleOf(status), Array.isArray(detail) ? detail.join('; ') : String(detail));
    }
    return this.problem(500, 'internal', 'Internal Server Error', 'An unexpected error occurred');
  }

  private problem(status: number, type: string, title: string, detail: string, code?: string, errors?: FieldProblem[]): Problem {
    return { type: TYPE_BASE + type, title, status, detail, ...(code ? { code } : {}), ...(errors ? { errors } : {}) };
  }
}

/**
 * The challenge of a 401 (RFC 6750 §3): `error="invalid_token"` when a bearer token was sent and
 * refused; no error code when the request carried no bearer credentials at all.
 */
export function bearerChallenge(request: Request): string {
  const sentBearer = /^Bearer\s/i.test(request.headers.authorization ?? '');
  return `Bearer realm="${BEARER_REALM}"${sentBearer ? ', error="invalid_token"' : ''}`;
}

/** "NOT_FOUND" → "Not Found". */
function titleOf(status: number): string {
  const name = HttpStatus[status];
  if (typeof name !== 'string') return 'Error';
  return name.toLowerCase().split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

function slug(status: number): string {
  return (HttpStatus[status] ?? 'error').toString().toLowerCase().replace(/_/g, '-');
}
