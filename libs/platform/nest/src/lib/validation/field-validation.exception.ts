import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldProblem } from '../errors/problem';

/** A 400 that names every offending field (dot paths for nested ones). */
export class FieldValidationException extends BadRequestException {
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((f) => f.message).join('; '));
  }

  static fromErrors(errors: ValidationError[], parent = ''): FieldValidationException {
    return new FieldValidationException(flatten(errors, parent));
  }
}

function flatten(errors: ValidationError[], parent: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      // "property x should not exist" already names the field; keep class-validator's words.
      message: message.startsWith(error.property) ? message.replace(error.property, field) : `${field}: ${message}`,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
