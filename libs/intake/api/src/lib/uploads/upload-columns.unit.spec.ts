import { bodyOfRow, checkRowPart, RECEPTION_ROW, REFERRAL_ROW, refusalOf, rowHasPart, SCREENING_ROW } from './upload-columns';

const cells = (entries: Record<string, string>) => new Map(Object.entries(entries));
const RECEPTION = {
  reference: 'R-1',
  place: 'poipet',
  received_on: '2020-04-02',
  received_by: 'border-liaison-office',
  returned_by: 'foreign_authorities',
  country_returned_from: 'THA',
  reason: 'illegal_work',
  men: '3',
  women: '2',
  boys: '0',
  girls: '1',
};

describe('a row as the body of a request', () => {
  it('puts each column at its field, whole numbers as numbers, the name in personal', () => {
    expect(bodyOfRow(cells(RECEPTION), RECEPTION_ROW)).toEqual({
      reference: 'R-1',
      place: 'poipet',
      receivedOn: '2020-04-02',
      receivedBy: 'border-liaison-office',
      returnedBy: 'foreign_authorities',
      countryReturnedFrom: 'THA',
      reason: 'illegal_work',
      counts: { men: 3, women: 2, boys: 0, girls: 1 },
    });
    expect(bodyOfRow(cells({ name: 'Synthetic Person', age_in_years: '2.5' }), SCREENING_ROW)).toEqual({ personal: { fullName: 'Synthetic Person' }, ageInYears: '2.5' });
    expect(rowHasPart(cells({ reference: 'P-1' }), REFERRAL_ROW)).toBe(false);
    expect(rowHasPart(cells({ referral_on: '2020-04-02' }), REFERRAL_ROW)).toBe(true);
  });

  it('is checked by the API DTO, problems named by column and never with the value', async () => {
    expect(await checkRowPart(cells(RECEPTION), RECEPTION_ROW)).toMatchObject({ dto: { reference: 'R-1', counts: { men: 3 } } });
    const { men: _men, ...withoutMen } = RECEPTION;
    const checked = await checkRowPart(cells({ ...withoutMen, place: 'Sok Dara', women: '-1', received_on: '2020-13-01' }), RECEPTION_ROW);
    expect('problems' in checked).toBe(true);
    const problems = 'problems' in checked ? checked.problems : [];
    expect([...new Set(problems.map((p) => p.field))].sort()).toEqual(['men', 'place', 'received_on', 'women']);
    expect(problems.find((p) => p.field === 'place')?.reason).toBe('place must be one of the codes of its published list');
    expect(problems.find((p) => p.field === 'women')?.reason).toMatch(/^women must not be less than 0/);
    expect(JSON.stringify(problems)).not.toMatch(/Sok Dara|2020-13-01|counts\./);
  });

  it('checks a screening with an age or a birth date, and its referral apart', async () => {
    const screening = { reference: 'P-1', reception_reference: 'R-1', place: 'poipet', screened_on: '2020-04-02', screened_by: 'border-liaison-office', outcome: 'not_identified', sex: 'M', nationality: 'KHM', country_returned_from: 'THA' };
    const neither = await checkRowPart(cells(screening), SCREENING_ROW);
    expect('problems' in neither && neither.problems.map((p) => p.field)).toEqual(['birth_date']);
    expect(await checkRowPart(cells({ ...screening, age_in_years: '30' }), SCREENING_ROW)).toMatchObject({ dto: { ageInYears: 30 } });
    const referral = await checkRowPart(cells({ referral_destination: 'elsewhere', referral_on: '2020-04-02' }), REFERRAL_ROW);
    expect('problems' in referral && referral.problems.map((p) => p.field)).toEqual(['referral_destination']);
  });

  it('makes one refusal of a row: the first column at fault, every reason once, at most 500 characters', () => {
    expect(refusalOf(7, [{ field: 'men', reason: 'men must be an integer number' }, { reason: 'men must be an integer number' }, { field: 'place', reason: 'place is outside your scope' }])).toEqual({
      line: 7,
      field: 'men',
      reason: 'men must be an integer number; place is outside your scope',
    });
    const long = refusalOf(2, [{ reason: 'x'.repeat(600) }]);
    expect(long.reason).toHaveLength(500);
    expect(long).not.toHaveProperty('field');
  });
});
