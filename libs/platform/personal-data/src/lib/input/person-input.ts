import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsDomainDate, MayBeOmitted } from '@casetrail/platform-nest';
import { PersonalDataDto } from './personal-data.dto';

/** What the document says of a field: its example and description. */
export interface FieldDoc<T> {
  example: T;
  description: string;
}

/**
 * A person's birth date, given in place of the age in whole years `ageField` (`AgeInYearsInput`):
 * needed when that age is absent, checked whenever it is sent. Stored only sealed.
 */
export function BirthDateInput(ageField: string, doc: FieldDoc<string>): PropertyDecorator {
  return (target, key) =>
    // Listed in the order stacked decorators would be applied (bottom first).
    applyDecorators(
      IsDomainDate(),
      ValidateIf((o: Record<string | symbol, unknown>) => o[ageField] === undefined || o[key] !== undefined),
      ApiPropertyOptional(doc),
    )(target, key);
}

/** A person's age in whole years (0 to 120), given in place of the birth date (`BirthDateInput`). */
export function AgeInYearsInput(doc: FieldDoc<number>): PropertyDecorator {
  return applyDecorators(Max(120), Min(0), IsInt(), MayBeOmitted(), ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 120, ...doc }));
}

/** The `personal` of a body that adds a person: optional identifying data, sealed before the command is decided. */
export function PersonalDataInput(): PropertyDecorator {
  return applyDecorators(
    Type(() => PersonalDataDto),
    ValidateNested(),
    IsObject(),
    MayBeOmitted(),
    ApiPropertyOptional({ type: PersonalDataDto }),
  );
}
