import { toEsdbEventId } from './esdb-event-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ESDB event id', () => {
  it('keeps a UUID, lower-cased', () => {
    expect(toEsdbEventId('0B1E4A8C-2F3D-4E5F-8A9B-0C1D2E3F4A5B')).toBe('0b1e4a8c-2f3d-4e5f-8a9b-0c1d2e3f4a5b');
  });

  it('derives a stable, distinct version-5 UUID from any other id', () => {
    const a = toEsdbEventId('case-42:opened');
    expect(a).toMatch(UUID);
    expect(toEsdbEventId('case-42:opened')).toBe(a);
    expect(toEsdbEventId('case-42:closed')).not.toBe(a);
  });
});
