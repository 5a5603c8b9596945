import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { REFERENCE_SEARCH_PATTERN } from '@casetrail/kernel';
import { ReferenceSearch } from './reference-search.query';

class ListQuery {
  @ReferenceSearch('the file reference')
  reference?: string;
}

const problemsOf = (query: object) => validateSync(plainToInstance(ListQuery, query)).map((e) => [e.property, ...Object.values(e.constraints ?? {})]);

describe('ReferenceSearch', () => {
  it('accepts a reference, or part of one, in Latin or Khmer', () => {
    for (const reference of ['BTB-2020-031', 'btb', 'BTB/2020.031', 'PP #12 (2020): a_b', 'បប-២០២០', 'x'.repeat(100)]) {
      expect(problemsOf({ reference })).toEqual([]);
    }
    expect(problemsOf({})).toEqual([]);
  });

  it('refuses an empty, too long or repeated value and other characters, naming the field and not the value', () => {
    for (const reference of ['', 'x'.repeat(101), 'a\nb', 'a%b', 'a*', 'Zq7Canary<', '\u202Eabc', ['a', 'b'], 'Nguyễn']) {
      const problems = problemsOf({ reference });
      expect(problems).toHaveLength(1);
      expect(problems[0][0]).toBe('reference');
      expect(problems[0].slice(1).join(' ')).toMatch(/^reference must be 1 to 100 /);
      expect(problems[0].slice(1).join(' ')).not.toContain('Zq7Canary');
    }
  });

  it('documents a pattern JavaScript reads as the validator does (no flags Python lacks)', () => {
    expect(REFERENCE_SEARCH_PATTERN).not.toMatch(/\\p\{/);
    expect(new RegExp(REFERENCE_SEARCH_PATTERN).test('BTB-2020')).toBe(true);
  });
});
