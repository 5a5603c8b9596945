import { BadRequestException } from '@nestjs/common';
import { revisionOfIfMatch } from './if-match';

describe('revisionOfIfMatch', () => {
  it('reads a strong tag (quotes optional), and nothing from an absent header or *', () => {
    expect(revisionOfIfMatch('"3"')).toBe(3);
    expect(revisionOfIfMatch(' 12 ')).toBe(12);
    expect(revisionOfIfMatch(undefined)).toBeUndefined();
    expect(revisionOfIfMatch('*')).toBeUndefined();
  });

  it.each(['W/"3"', 'w/"3"', ' W/"0"'])('refuses the weak tag %s: it can never match under strong comparison', (header) => {
    expect(() => revisionOfIfMatch(header)).toThrow(new BadRequestException('If-Match must be a strong entity tag, e.g. "3": a weak tag (W/) never matches'));
  });

  it.each(['"1", "2"', '"-1"', '"abc"', '""', '"1e3"', '"9999999999999999"'])('refuses %s, repeating none of it', (header) => {
    expect(() => revisionOfIfMatch(header)).toThrow(BadRequestException);
    try {
      revisionOfIfMatch(header);
    } catch (error) {
      expect((error as Error).message).not.toContain(header);
    }
  });
});
