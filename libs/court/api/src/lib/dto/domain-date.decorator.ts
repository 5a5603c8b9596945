import { ValidateBy } from 'class-validator';
import { isIsoDate } from '@casetrail/kernel';

/**
 * The shape of a domain date: a real calendar date YYYY-MM-DD (no time, no zone). Its range (not
 * after today in Cambodia, not before the earliest date, not before what the file records) is the
 * decider's rule, decided at the command's `now`.
 */
export function IsDomainDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isDomainDate',
    validator: {
      validate: (value: unknown) => isIsoDate(value),
      defaultMessage: (args) => `${args?.property ?? 'date'} must be a date YYYY-MM-DD`,
    },
  });
}
