import { applyDecorators, ParseUUIDPipe } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Problem } from '../errors/problem';

/** An id in a path: a UUID v4, as every aggregate and person id is (400 otherwise). */
export const uuidV4 = new ParseUUIDPipe({ version: '4' });

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
