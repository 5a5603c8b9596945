import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** An ISO date (YYYY-MM-DD) or date-time that is not after now (a small clock skew allowed). */
export function IsNotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotInFuture',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (a: ValidationArguments) => `${a.property} must not be in the future`, ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          const time = Date.parse(value);
          return !Number.isNaN(time) && time <= Date.now() + 5 * 60_000;
        },
      },
    });
}
