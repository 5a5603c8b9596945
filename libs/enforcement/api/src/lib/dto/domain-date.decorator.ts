import { applyDecorators } from '@nestjs/common';
import { Matches } from 'class-validator';
import { IsNotInFuture } from '@casetrail/platform-nest';

/** A calendar date YYYY-MM-DD that is a real date and not in the future. */
export function IsDomainDate(): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
      message: ({ property }) => `${property} must be a date YYYY-MM-DD`,
    }),
    IsNotInFuture(),
  );
}
