import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * An optional body field: it may be left out, but when present it must pass its other rules.
 * Unlike `@IsOptional()`, `null` is not "absent": the OpenAPI schema does not declare the field
 * nullable, so a `null` is refused (400 naming the field) instead of slipping past every rule.
 * Query parameters (strings or absent) keep `@IsOptional()`.
 */
export function MayBeOmitted(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((object: object, value: unknown) => value !== undefined, options);
}
