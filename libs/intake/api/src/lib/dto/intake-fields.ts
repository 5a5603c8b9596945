import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { SingleLine } from '@casetrail/platform-nest';

/* Text fields every intake record shares: checked and documented the same on each body. */

/** A reference in one line (at most 100 characters), documented by the field. */
export function ReferenceField(description: string, example = '2020-0412'): PropertyDecorator {
  return applyDecorators(ApiProperty({ example, maxLength: 100, description }), IsString(), Length(1, 100), SingleLine());
}

/** The receiving unit's own reference of a record (its list's row number): with the place, the record's identity. */
export function IntakeReference(what: string): PropertyDecorator {
  return ReferenceField(
    `The receiving unit's own reference of the ${what} (its list's row number), unique at the place: the same place and reference is the same ${what} (409 the second time)`,
  );
}

/** Why a record is corrected, revised or withdrawn (one line). */
export function Justification(example: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ example, maxLength: 500, description: 'Why (one line)' }), IsString(), Length(1, 500), SingleLine());
}
