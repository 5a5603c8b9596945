import { ValidateBy } from 'class-validator';
import { isIsoDate } from '@casetrail/kernel';

/**
 * The shape of a domain date: a real calendar date YYYY-MM-DD (no time, no zone). Whether it is
 * in range — not after today in Cambodia, not before the first date casetrail records, not before
 * what the record already holds — is the decider's rule, decided at the command's `now`
 * (architecture principle 11: one owner per rule). Every context's DTOs use this one check.
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
