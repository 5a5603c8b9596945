import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The most items a list answers in one page. */
export const MAX_PAGE_SIZE = 200;

/*
 * The paging of every list query (`?page=&pageSize=`), one rule for every list. Property
 * decorators rather than a base class: a list's query keeps its filters first, in the OpenAPI
 * document and in the order a 400 names the fields.
 *
 *   @PageNumber() page = 1;
 *   @PageSize() pageSize = 50;
 */

/** `page`: which page, counted from 1 (optional; give the property the default 1). */
export function PageNumber(): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1 }), IsOptional(), Type(() => Number), IsInt(), Min(1));
}

/** `pageSize`: items per page, 1 to `MAX_PAGE_SIZE` (optional; give the property the default 50). */
export function PageSize(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: MAX_PAGE_SIZE }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_PAGE_SIZE),
  );
}
