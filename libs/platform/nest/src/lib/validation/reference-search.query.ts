import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { REFERENCE_SEARCH_MAX_LENGTH, REFERENCE_SEARCH_PATTERN } from '@casetrail/kernel';

const MESSAGE = `reference must be 1 to ${REFERENCE_SEARCH_MAX_LENGTH} Latin or Khmer letters or digits, spaces, or - / . _ # : ( )`;

/**
 * `reference`: search a list by a file reference, case-insensitive, anywhere in the reference
 * (a prefix is the common case). The answer names the field, never the text; the request log
 * drops query strings, so the text is not logged either.
 *
 *   @ReferenceSearch("the police unit's own file reference") reference?: string;
 */
export function ReferenceSearch(whose: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: 'string',
      minLength: 1,
      maxLength: REFERENCE_SEARCH_MAX_LENGTH,
      pattern: REFERENCE_SEARCH_PATTERN,
      example: 'BTB-2020',
      description: `Part of ${whose} (case-insensitive; a prefix or any part). Rows without a reference never match.`,
    }),
    IsOptional(),
    IsString({ message: MESSAGE }),
    Matches(new RegExp(REFERENCE_SEARCH_PATTERN, 'u'), { message: MESSAGE }),
  );
}
