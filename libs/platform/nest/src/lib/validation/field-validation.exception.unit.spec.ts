import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsString, ValidateNested } from 'class-validator';
import { strictValidationPipe } from './strict-validation.pipe';
import { FieldValidationException } from './field-validation.exception';

class UnitDto {
  @IsString()
  code!: string;
}

class OpenDto {
  @IsObject()
  @ValidateNested()
  @Type(() => UnitDto)
  unit!: UnitDto;

  @IsIn(['battambang', 'kandal'])
  province!: string;
}

const CANARY = 'Zq7Canary';

async function problemsOf(value: unknown, type: 'body' | 'query' = 'body') {
  try {
    await strictValidationPipe().transform(value, { type, metatype: OpenDto });
  } catch (error) {
    if (error instanceof FieldValidationException) return error.fields;
    throw error;
  }
  return [];
}

describe('field problems from the validation pipe', () => {
  it('names the object holding an unknown key, never the key (the client wrote it)', async () => {
    const problems = await problemsOf({ unit: { code: 'x', [CANARY]: 1, [`${CANARY}2`]: 2 }, province: 'kandal', [CANARY]: true });
    expect(problems).toEqual([
      { field: '(body)', message: '(body) has an unknown field' },
      { field: 'unit', message: 'unit has an unknown field' },
    ]);
    expect(JSON.stringify(problems)).not.toContain(CANARY);
  });

  it('labels the top by where it was found', async () => {
    expect(await problemsOf({ unit: { code: 'x' }, province: 'kandal', [CANARY]: '1' }, 'query')).toEqual([{ field: '(query)', message: '(query) has an unknown field' }]);
  });

  it('names a field of ours with class-validator\'s words, widened to its path, and not its value', async () => {
    const problems = await problemsOf({ unit: { code: 42 }, province: CANARY });
    expect(problems).toEqual([
      { field: 'unit.code', message: 'unit.code must be a string' },
      { field: 'province', message: 'province must be one of the following values: battambang, kandal' },
    ]);
    expect(JSON.stringify(problems)).not.toContain(CANARY);
  });

  it('refuses an array for an object, echoing nothing of it', async () => {
    const problems = await problemsOf([{ unit: { code: CANARY } }]);
    expect(problems).toContainEqual({ field: '(body)', message: '(body) has an unknown field' });
    expect(JSON.stringify(problems)).not.toContain(CANARY);
  });
});
