import { isUtf8 } from 'node:buffer';
import { HttpException } from '@nestjs/common';
import { HttpExceptionWithHeaders } from '../errors/http-exception-with-headers';
import { json, type ErrorRequestHandler, type RequestHandler } from 'express';

const INVALID_UTF8 = 'entity.encoding.invalid';

/**
 * body-parser's errors by `type`, in words of our own: its messages (and Nest's mapping of a
 * SyntaxError) can quote the body, and an answer names the problem without repeating input.
 */
const BODY_READ_PROBLEMS: Record<string, { status: number; detail: string }> = {
  'entity.parse.failed': { status: 400, detail: 'The request body is not valid JSON' },
  [INVALID_UTF8]: { status: 400, detail: 'The request body is not valid UTF-8' },
  'request.aborted': { status: 400, detail: 'The request body ended before it was complete' },
  'request.size.invalid': { status: 400, detail: 'The request body does not match its Content-Length' },
  'entity.too.large': { status: 413, detail: 'The request body is too large' },
  'charset.unsupported': { status: 415, detail: 'The request body must be UTF-8' },
};

/**
 * The one JSON body parser of every app, and the translation of its errors. Bodies are read as
 * sent: a coded body never reaches it (`refuseCodedBodies`, and `inflate: false` besides), no larger than the configured limit (413), and valid
 * UTF-8 (declared charset, else 415; actual bytes, else 400) — the decoder would otherwise store U+FFFD in place of bad bytes without a word.
 */
export function jsonBodyParser(limit: string): [RequestHandler, ErrorRequestHandler] {
  const parser = json({
    limit,
    inflate: false,
    verify: (_req, _res, bytes, charset) => {
      // JSON exchanged between systems is UTF-8 (RFC 8259 §8.1); the parser alone would take UTF-16.
      if (charset !== 'utf-8' && charset !== 'utf8') throw Object.assign(new Error('not UTF-8'), { status: 415, type: 'charset.unsupported' });
      if (!isUtf8(bytes)) throw Object.assign(new Error('invalid UTF-8'), { status: 400, type: INVALID_UTF8 });
    },
  });
  const translateErrors: ErrorRequestHandler = (error: unknown, _req, _res, next) => next(bodyReadProblem(error) ?? error);
  return [parser, translateErrors];
}

function bodyReadProblem(error: unknown): HttpException | undefined {
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  if (typeof type !== 'string' || typeof status !== 'number' || status >= 500) return undefined;
  const known = BODY_READ_PROBLEMS[type] ?? { status, detail: 'The request body could not be read' };
  return new HttpExceptionWithHeaders(known.status, known.detail, {});
}
