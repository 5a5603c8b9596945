import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn } from 'class-validator';
import { OFFENCES } from '@casetrail/kernel';

const OFFENCE_CODES = OFFENCES.map((o) => o.code);

/**
 * The offences of a record a body opens: 1 to 20 distinct codes of the kernel's list, the first
 * the principal offence. Every context that opens a record takes them the same way.
 */
export function OffenceCodesInput(): PropertyDecorator {
  // Listed in the order stacked decorators would be applied (bottom first): the document and the messages keep their order.
  return applyDecorators(
    IsIn(OFFENCE_CODES, { each: true }),
    ArrayUnique(),
    ArrayMaxSize(20),
    ArrayMinSize(1),
    ApiProperty({
      type: [String],
      enum: OFFENCE_CODES,
      example: ['trafficking_in_persons_with_purpose'],
      description: 'Offence codes; the first is the principal offence',
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
    }),
  );
}
