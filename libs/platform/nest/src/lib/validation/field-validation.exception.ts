import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../errors/problem';

/** class-validator's constraint for a key the DTO does not declare (`forbidNonWhitelisted`). */
const UNKNOWN_FIELD = 'whitelistValidation';
/** class-validator's constraint for a value that is not an object of the DTO (e.g. an array). */
const UNKNOWN_VALUE = 'unknownValue';

/**
 * A 400 that names every offending field (dot paths for nested ones). It never repeats what the
 * client sent: an unknown key is the client's own text, so the problem names the object that
 * holds it (`unit`, or `root` — `(body)`, `(query)` — at the top) instead of the key.
 */
export class FieldValidationException extends BadRequestException {
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((f) => f.message).join('; '));
  }

  static fromErrors(errors: ValidationError[], root = '(body)'): FieldValidationException {
    const fields = flatten(errors, '', root);
    return new FieldValidationException([...new Map(fields.map((f) => [`${f.field}\n${f.message}`, f])).values()]);
  }
}

function flatten(errors: ValidationError[], parent: string, root: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const holder = parent || root;
    const field = error.property === undefined ? holder : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      if (constraint === UNKNOWN_FIELD) return { field: holder, message: `${holder} has an unknown field` };
      if (constraint === UNKNOWN_VALUE) return { field: holder, message: `${holder} must be an object with the documented fields` };
      // class-validator's messages start with the property name; widen it to the full path.
      return { field, message: message.startsWith(error.property) ? message.replace(error.property, field) : `${field}: ${message}` };
    });
    return [...own, ...flatten(error.children ?? [], field, root)];
  });
}
