import { applyDecorators, BadRequestException, HttpCode, Injectable, Post, type PipeTransform, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Problem } from '../errors/problem';
import { HonoursIfMatch } from './if-match';

/** A random (v4) or name-based (v5) UUID, in any letter case. */
const UUID_V4_OR_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Reads an id in a path: a UUID v4 (server-generated aggregate and person ids) or v5 (name-based:
 * intake names its records by place and reference, and a screened person keeps that id when the
 * police or social affairs open a case for them). Anything else is 400, before any handler runs.
 */
@Injectable()
export class UuidParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID_V4_OR_V5.test(value)) throw new BadRequestException('Validation failed (a UUID v4 or v5 is expected)');
    return value;
  }
}

/** An id in a path: a UUID v4 or v5 (`UuidParamPipe`; 400 otherwise). */
export const uuidParam = new UuidParamPipe();

export interface CommandProblemsDoc {
  /** What the aggregate is called in the 409's description ("case", "file"). */
  noun: string;
  /** Why a caller gets 403 on this controller's routes (roles, scope, unit, stage). */
  forbidden: string;
}

/**
 * The problems every command route of a context answers (RFC 9457, `Problem`), documented once on
 * its command controller: 400 (shape, each field named), 401, 403, 409 (not now, or If-Match
 * stale) and 422 (never valid as given). A route adds its own (404 for a step of an aggregate).
 */
export function ApiCommandProblems({ noun, forbidden }: CommandProblemsDoc): ClassDecorator {
  // Listed in the order stacked decorators would be applied (bottom first), so the document keeps its order.
  return applyDecorators(
    ApiUnprocessableEntityResponse({ type: Problem, description: 'The command can never be valid as given' }),
    ApiConflictResponse({ type: Problem, description: `The ${noun} does not allow this now, or it changed (If-Match)` }),
    ApiForbiddenResponse({ type: Problem, description: forbidden }),
    ApiUnauthorizedResponse({ type: Problem }),
    ApiBadRequestResponse({ type: Problem, description: 'Invalid or unknown fields (each named)' }),
  );
}

/** A step route of an aggregate: what it does, what it answers, and the ids in its path. */
export type CommandStepDoc = {
  summary: string;
  /** The path's ids (`:fileId`, …), each documented as a UUID (v4 or v5: read them with `@Param(name, uuidParam)`). */
  ids: readonly string[];
} & (
  | { /** 200 with this body: the step changed the aggregate. */ ok: Type<unknown> }
  | { /** 201 with this body: the step added something to it, named in the answer. */ created: Type<unknown> }
);

/**
 * The route decorator of a command controller's steps (`POST` on an existing aggregate), given
 * the If-Match text once for the controller: `const Step = CommandStepRoute('The case revision…')`,
 * then `@Step(':caseId/close', { summary, ok: CommandAcceptedDto, ids: ['caseId'] })`. Each step
 * honours If-Match, answers 200 (or 201 with `created`) and 404 for an unknown aggregate; the
 * other problems are the controller's (`ApiCommandProblems`).
 */
export function CommandStepRoute(ifMatch: string): (path: string, doc: CommandStepDoc) => MethodDecorator {
  const honoursIfMatch = HonoursIfMatch(ifMatch);
  // Listed in the order stacked decorators would be applied (bottom first), so the document keeps its order.
  return (path, doc) =>
    applyDecorators(
      ...[...doc.ids].reverse().map((name) => ApiParam({ name, format: 'uuid' })),
      ApiNotFoundResponse({ type: Problem }),
      ...('ok' in doc ? [ApiOkResponse({ type: doc.ok }), ApiOperation({ summary: doc.summary }), HttpCode(200)] : [ApiCreatedResponse({ type: doc.created }), ApiOperation({ summary: doc.summary })]),
      honoursIfMatch,
      Post(path),
    );
}
