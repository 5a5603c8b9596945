import { ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateIf, ValidateNested, validateSync, type ValidationError } from 'class-validator';
import { IsDomainDate, MayBeOmitted } from '@casetrail/platform-nest';
import { AgeInYearsInput, BirthDateInput, PersonalDataInput } from './person-input';
import { PersonalDataDto } from './personal-data.dto';

class WithInputs {
  @BirthDateInput('ageAtRescue', { example: '2006-02-10', description: 'Give this or ageAtRescue' })
  birthDate?: string;

  @AgeInYearsInput({ example: 14, description: 'Age in whole years at the rescue; give this or birthDate' })
  ageAtRescue?: number;

  @PersonalDataInput()
  personal?: PersonalDataDto;
}

/** The same fields as each person DTO used to stack their decorators. */
class Stacked {
  @ApiPropertyOptional({ example: '2006-02-10', description: 'Give this or ageAtRescue' })
  @ValidateIf((o: Stacked) => o.ageAtRescue === undefined || o.birthDate !== undefined)
  @IsDomainDate()
  birthDate?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 120, example: 14, description: 'Age in whole years at the rescue; give this or birthDate' })
  @MayBeOmitted()
  @IsInt()
  @Min(0)
  @Max(120)
  ageAtRescue?: number;

  @ApiPropertyOptional({ type: PersonalDataDto })
  @MayBeOmitted()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonalDataDto)
  personal?: PersonalDataDto;
}

/** Every message, in its order (the constraints' keys included). */
const problemsOf = (errors: ValidationError[]): string =>
  JSON.stringify(errors.map((e) => ({ property: e.property, constraints: e.constraints, children: e.children && problemsOf(e.children) })));

const validated = (type: new () => object, body: object) => problemsOf(validateSync(plainToInstance(type, body)));

describe('person inputs', () => {
  it.each([
    {},
    { birthDate: '2006-02-10' },
    { ageAtRescue: 14 },
    { birthDate: '2006-02-10', ageAtRescue: 14 },
    { birthDate: 'yesterday', ageAtRescue: 14 },
    { birthDate: null },
    { ageAtRescue: 121 },
    { ageAtRescue: -1.5 },
    { ageAtRescue: '14' },
    { ageAtRescue: null, birthDate: '2006-02-30' },
    { personal: { fullName: 'Sok Dara (synthetic)' } },
    { ageAtRescue: 14, personal: { fullName: '' } },
    { ageAtRescue: 14, personal: 'Sok Dara' },
    { ageAtRescue: 14, personal: null },
  ])('check %j as the stacked decorators did, message for message', (body) => {
    expect(validated(WithInputs, body)).toBe(validated(Stacked, body));
  });

  it('need a birth date only when the age is absent', () => {
    expect(validated(WithInputs, {})).toContain('birthDate must be a date YYYY-MM-DD');
    expect(validated(WithInputs, { ageAtRescue: 14 })).toBe('[]');
  });
});
