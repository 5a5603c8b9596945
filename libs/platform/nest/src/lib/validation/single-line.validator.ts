import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isSingleLine } from './free-text';

/**
 * A text field that is one line — a reference, a code, a name, an organisation: no tab, line or
 * paragraph break (other control characters are refused for every field at the edge). Free text
 * meant to hold paragraphs (a justification) goes without it.
 */
export function SingleLine(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSingleLine',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (a: ValidationArguments) => `${a.property} must be a single line (no tab or line break)`, ...options },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isSingleLine(value),
      },
    });
}
