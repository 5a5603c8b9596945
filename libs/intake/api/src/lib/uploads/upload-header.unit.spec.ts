import { DomainRuleViolation } from '@casetrail/event-sourcing';
import { UPLOAD_FORMATS } from '@casetrail/intake-contracts';
import { checkUploadHeader, columnLetter } from './upload-header';

const RECEPTIONS = UPLOAD_FORMATS.receptions.required;

function refusal(header: string[]): string {
  try {
    checkUploadHeader('receptions', header);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect(error).toMatchObject({ code: 'UPLOAD_HEADER', kind: 'unprocessable' });
    return (error as Error).message;
  }
  throw new Error('the header was taken');
}

describe('the header of an upload', () => {
  it('names spreadsheet columns by letter', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('takes the published columns in any order and case, spaces around them and empty cells after them', () => {
    const header = [...RECEPTIONS].reverse().map((c) => ` ${c.toUpperCase()} `);
    expect(checkUploadHeader('receptions', [...header, '', ''])).toEqual([...RECEPTIONS].reverse());
    expect(checkUploadHeader('screenings', [...UPLOAD_FORMATS.screenings.required, 'name', 'referral_destination'])).toHaveLength(11);
  });

  it('names a missing column, and an unknown, unnamed or repeated one by its place, never by its text', () => {
    const message = refusal(['Sok Dara', ...RECEPTIONS.filter((c) => c !== 'men' && c !== 'girls'), '', 'place']);
    expect(message).toContain('column A is not a column of receptions');
    expect(message).toContain('column K has no name');
    expect(message).toContain('column L repeats the column place');
    expect(message).toContain('missing columns men, girls');
    expect(message).not.toContain('Sok Dara');
  });

  it('refuses a screening column in a receptions file', () => {
    expect(refusal([...RECEPTIONS, 'name'])).toContain('column L is not a column of receptions');
  });
});
