import { REFERENCE_SEARCH_PATTERN } from '@casetrail/kernel';
import { REFERENCE_SEARCH, referenceOf } from './ReferenceSearchInput';

describe('the lists’ reference search rule', () => {
  it('is the rule the server validates `reference` with', () => {
    expect(REFERENCE_SEARCH.source).toBe(new RegExp(REFERENCE_SEARCH_PATTERN, 'u').source);
    expect(REFERENCE_SEARCH.flags).toBe('u');
  });

  it('reads from the address only a search the server would take', () => {
    expect(referenceOf(new URLSearchParams('reference=%20BTB-2020%20'))).toBe('BTB-2020');
    expect(referenceOf(new URLSearchParams('reference=a%2Ab'))).toBeUndefined();
    expect(referenceOf(new URLSearchParams('reference='))).toBeUndefined();
    expect(referenceOf(new URLSearchParams(''))).toBeUndefined();
  });
});
