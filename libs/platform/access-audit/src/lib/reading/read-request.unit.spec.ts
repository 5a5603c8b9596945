import { BadRequestException } from '@nestjs/common';
import { PURPOSE_MAX_LENGTH } from '../events/access-audit.events';
import { readRequestOf } from './read-request';

const ROUTE = 'GET /api/toy/dossiers/:id';

describe('readRequestOf (X-Access-Purpose)', () => {
  it('has no purpose when the header is absent', () => {
    expect(readRequestOf(ROUTE, 'corr-1', undefined)).toEqual({ route: ROUTE, correlationId: 'corr-1' });
  });

  it('keeps a purpose trimmed and in NFC', () => {
    expect(readRequestOf(ROUTE, 'corr-1', '  Cafe\u0301 visit  ')).toEqual({ route: ROUTE, correlationId: 'corr-1', purpose: 'Caf\u00e9 visit' });
    expect(readRequestOf(ROUTE, 'c', 'x'.repeat(PURPOSE_MAX_LENGTH)).purpose).toHaveLength(PURPOSE_MAX_LENGTH);
  });

  it('refuses an empty or too long purpose, a line break or a control or bidi character, never repeating it', () => {
    for (const purpose of ['   ', 'x'.repeat(PURPOSE_MAX_LENGTH + 1), 'two\tparts', 'a\u0007b', 'a\u202eb']) {
      expect(() => readRequestOf(ROUTE, 'c', purpose)).toThrow(BadRequestException);
      try {
        readRequestOf(ROUTE, 'c', purpose);
      } catch (error) {
        expect((error as Error).message).toMatch(/^X-Access-Purpose /);
        expect((error as Error).message).not.toContain(purpose.trim() || '\u0000');
      }
    }
  });
});
