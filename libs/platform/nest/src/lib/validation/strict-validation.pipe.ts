import { ValidationPipe, type ArgumentMetadata, type Paramtype } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { FieldValidationException } from './field-validation.exception';

/** How a problem names the top of what it validated, when no field of it can be named. */
const ROOT_LABELS: Record<Paramtype, string> = { body: '(body)', query: '(query)', param: '(path)', custom: '(request)' };

/** class-validator's errors on their way out of the pipe, before they know where they were found. */
class ValidationErrors {
  constructor(readonly errors: ValidationError[]) {}
}

/** Validation at the edge: unknown fields are refused, not silently dropped. */
class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new ValidationErrors(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationErrors) throw FieldValidationException.fromErrors(error.errors, ROOT_LABELS[metadata.type]);
      throw error;
    }
  }
}

export function strictValidationPipe(): ValidationPipe {
  return new StrictValidationPipe();
}
