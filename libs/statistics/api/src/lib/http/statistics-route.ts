import { applyDecorators, Get } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { AllowRoles, Problem, type Role } from '@casetrail/platform-nest';

/** The problems every statistics route may answer: a bad query, no token, a role not allowed, a province outside the reader's scope. */
export function StatisticsProblemResponses() {
  return applyDecorators(
    ApiBadRequestResponse({ type: Problem, description: 'Invalid or unknown query parameter (each named)' }),
    ApiUnauthorizedResponse({ type: Problem }),
    ApiForbiddenResponse({ type: Problem, description: 'Role not allowed' }),
    ApiNotFoundResponse({ type: Problem, description: 'Province outside your scope' }),
  );
}

export interface StatisticsTableRouteOptions {
  roles: readonly Role[];
  summary: string;
  description: string;
  /** The table's OpenAPI shape (declared with ApiExtraModels on the controller). */
  schema: new () => object;
  example: { json: object; csv: string };
  /** The CSV file's name before `-<year>.csv`; the path when omitted. */
  fileStem?: string;
}

/**
 * `GET /api/statistics/<path>` of a table: answered as JSON or as the CSV attachment
 * `<fileStem or path>-<year>.csv` (see `answerTable`), with the problems of every statistics route.
 */
export function StatisticsTableRoute(path: string, options: StatisticsTableRouteOptions) {
  return applyDecorators(
    Get(path),
    AllowRoles(...options.roles),
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiProduces('application/json', 'text/csv'),
    ApiOkResponse({
      description: 'The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF)',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(options.schema) }, example: options.example.json },
        'text/csv': { schema: { type: 'string' }, example: options.example.csv },
      },
      headers: {
        'Content-Disposition': { description: `CSV only: attachment; filename="${options.fileStem ?? path}-<year>.csv"`, schema: { type: 'string' } },
      },
    }),
    StatisticsProblemResponses(),
  );
}
