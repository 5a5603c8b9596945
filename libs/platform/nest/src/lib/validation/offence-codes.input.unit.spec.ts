import { ApiProperty } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, validateSync } from 'class-validator';
import { OFFENCES } from '@casetrail/kernel';
import { OffenceCodesInput } from './offence-codes.input';

class WithInput {
  @OffenceCodesInput()
  offences!: string[];
}

/** The field as each opening DTO used to stack its decorators. */
class Stacked {
  @ApiProperty({
    type: [String],
    enum: OFFENCES.map((o) => o.code),
    example: ['trafficking_in_persons_with_purpose'],
    description: 'Offence codes; the first is the principal offence',
    minItems: 1,
    maxItems: 20,
    uniqueItems: true,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsIn(OFFENCES.map((o) => o.code), { each: true })
  offences!: string[];
}

const validated = (type: new () => object, body: object) => JSON.stringify(validateSync(plainToInstance(type, body)).map((e) => e.constraints));

describe('OffenceCodesInput', () => {
  const code = OFFENCES[0].code;
  it.each([{ offences: [code] }, { offences: [] }, { offences: [code, code] }, { offences: ['no_such_offence'] }, { offences: Array.from({ length: 21 }, () => 'x') }, {}, { offences: 'x' }])(
    'checks %j as the stacked decorators did, message for message',
    (body) => {
      expect(validated(WithInput, body)).toBe(validated(Stacked, body));
    },
  );

  it('takes 1 to 20 distinct codes of the list', () => {
    expect(validated(WithInput, { offences: [code] })).toBe('[]');
    expect(validated(WithInput, { offences: [] })).not.toBe('[]');
  });
});
