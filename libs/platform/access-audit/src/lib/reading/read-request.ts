import { BadRequestException } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { isSingleLine, normaliseText, textProblemOf } from '@casetrail/platform-nest';
import { PURPOSE_MAX_LENGTH } from '../events/access-audit.events';

/** The header a reader may say why they read with; kept with the access record. */
export const PURPOSE_HEADER = 'x-access-purpose';

/** How a read reached us: recorded with every disclosure of identifying data. */
export interface ReadRequest {
  /** `<METHOD> <route template>`, e.g. `GET /api/enforcement/cases/:caseId` (`@RouteTemplate()`). */
  route: string;
  correlationId: string;
  /** Why the caller reads, when they said so (`X-Access-Purpose`). */
  purpose?: string;
}

/**
 * The read's context for the access record; the optional purpose header is checked like a
 * one-line text field (it is stored with the record; the body's text rules do not reach headers):
 * trimmed, NFC, 1 to `PURPOSE_MAX_LENGTH` characters, no control, bidi or line-break characters.
 */
export function readRequestOf(route: string, correlationId: string, purpose: string | undefined): ReadRequest {
  if (purpose === undefined) return { route, correlationId };
  const trimmed = normaliseText(purpose.trim());
  if (trimmed.length === 0 || trimmed.length > PURPOSE_MAX_LENGTH) {
    throw new BadRequestException(`X-Access-Purpose must be 1-${PURPOSE_MAX_LENGTH} characters`);
  }
  const problem = textProblemOf(trimmed) ?? (isSingleLine(trimmed) ? undefined : 'must be a single line (no tab or line break)');
  if (problem) throw new BadRequestException(`X-Access-Purpose ${problem}`);
  return { route, correlationId, purpose: trimmed };
}

/** Documents `X-Access-Purpose` on a route that discloses a record ("case", "file"). */
export function ApiAccessPurposeHeader(noun: string, example: string): MethodDecorator & ClassDecorator {
  return ApiHeader({
    name: 'X-Access-Purpose',
    required: false,
    description: `Why you read the ${noun} (kept with the access record, 1-${PURPOSE_MAX_LENGTH} characters; never a name)`,
    example,
  });
}
