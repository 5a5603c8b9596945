import type { NewEvent } from '@casetrail/event-sourcing';
import { fromEsdbMetadata, toEsdbMetadata } from './event-metadata.mapping';

const event = (causationId: string | null): NewEvent => ({
  eventId: 'evt-1',
  type: 'enforcement.CaseOpened',
  schemaVersion: 2,
  data: { note: 'synthetic' },
  actor: { userId: 'u-1', role: 'police', unit: 'unit-1', province: 'Kampot' },
  correlationId: 'corr-1',
  causationId,
  occurredAt: '2024-05-01T10:00:00.000Z',
});

describe('event metadata mapping', () => {
  it('writes correlation and causation under ESDB names, and reads the context back', () => {
    const meta = toEsdbMetadata(event('cause-1'));
    expect(meta).toMatchObject({ $correlationId: 'corr-1', $causationId: 'cause-1', schemaVersion: 2, eventId: 'evt-1' });
    // What ESDB hands back is the JSON it stored.
    const back = fromEsdbMetadata(JSON.parse(JSON.stringify(meta)), 'esdb-id', 'test');
    expect(back).toEqual({
      eventId: 'evt-1',
      schemaVersion: 2,
      actor: { userId: 'u-1', role: 'police', unit: 'unit-1', province: 'Kampot' },
      occurredAt: '2024-05-01T10:00:00.000Z',
      correlationId: 'corr-1',
      causationId: 'cause-1',
    });
  });

  it('omits $causationId for a user command and reads it back as null', () => {
    const meta = toEsdbMetadata(event(null));
    expect('$causationId' in meta).toBe(false);
    expect(fromEsdbMetadata(meta, 'esdb-id', 'test').causationId).toBeNull();
  });

  it('falls back to the ESDB id when the envelope id is missing', () => {
    const { eventId: _omit, ...meta } = toEsdbMetadata(event(null));
    expect(fromEsdbMetadata(meta, 'esdb-id', 'test').eventId).toBe('esdb-id');
  });

  it('refuses metadata this adapter did not write', () => {
    expect(() => fromEsdbMetadata(undefined, 'esdb-id', 'stream-x')).toThrow(/envelope metadata/);
    expect(() => fromEsdbMetadata({ $correlationId: 'c' }, 'esdb-id', 'stream-x')).toThrow(/envelope metadata/);
  });
});
