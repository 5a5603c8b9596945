import { nameBasedUuid } from './name-based-id';

describe('nameBasedUuid', () => {
  it('gives the RFC 4122 version 5 UUID of a name (the RFC\'s DNS namespace example)', () => {
    // Known answer: uuid v5 of "www.example.com" in the DNS namespace.
    expect(nameBasedUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable for a name and differs between names', () => {
    const a = nameBasedUuid('casetrail:intake:reception:poipet:BM-2020-001');
    expect(nameBasedUuid('casetrail:intake:reception:poipet:BM-2020-001')).toBe(a);
    expect(nameBasedUuid('casetrail:intake:reception:poipet:BM-2020-002')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
