import { ValidationPipe } from '@nestjs/common';
import { FieldValidationException } from './field-validation.exception';

/** Validation at the edge: unknown fields are refused, not silently dropped. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => FieldValidationException.fromErrors(errors),
  });
}
