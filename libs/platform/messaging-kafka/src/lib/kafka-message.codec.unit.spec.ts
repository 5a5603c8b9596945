import type { RecordedEvent } from '@casetrail/event-sourcing';
import { ENVELOPE_HEADERS, fromKafkaMessage, toKafkaMessage } from './kafka-message.codec';

const TOPIC = 'casetrail.enforcement';
const event = (overrides: Partial<RecordedEvent> = {}): RecordedEvent => ({
  eventId: '2b0c2f9e-0000-4000-8000-000000000001',
  type: 'enforcement.SuspectArrested',
  schemaVersion: 2,
  data: { province: 'បាត់ដំបង', count: 3, nested: { list: [1, 'ក', null], flag: true } },
  actor: { userId: 'user-1', role: 'police', unit: 'unit-7', province: 'បាត់ដំបង' },
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  occurredAt: '2024-02-29T10:00:00.000Z',
  streamId: 'enforcement-case-1',
  streamRevision: 4,
  globalPosition: 123_456_789_012,
  recordedAt: '2024-02-29T10:00:01.234Z',
  ...overrides,
});

/** What a consumer sees: headers and value as Buffers. */
function overTheWire(message: ReturnType<typeof toKafkaMessage>) {
  const headers = Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, Buffer.from(v, 'utf8')]));
  return {
    key: Buffer.from(message.key),
    value: message.value === null ? null : Buffer.from(message.value as string, 'utf8'),
    headers,
    offset: '17',
  };
}

describe('toKafkaMessage / fromKafkaMessage', () => {
  it('keys by stream id, carries the data as JSON and the envelope in headers', () => {
    const message = toKafkaMessage({ topic: TOPIC, key: 'enforcement-case-1', event: event() });
    expect(message.key).toBe('enforcement-case-1');
    expect(JSON.parse(message.value as string)).toEqual(event().data);
    expect(message.headers).toEqual({
      eventId: '2b0c2f9e-0000-4000-8000-000000000001',
      type: 'enforcement.SuspectArrested',
      schemaVersion: '2',
      streamId: 'enforcement-case-1',
      streamRevision: '4',
      globalPosition: '123456789012',
      occurredAt: '2024-02-29T10:00:00.000Z',
      recordedAt: '2024-02-29T10:00:01.234Z',
      actor: JSON.stringify(event().actor),
      correlationId: 'corr-1',
      causationId: 'cmd-1',
    });
  });

  it('round-trips every field exactly, Khmer text included', () => {
    const original = event();
    const back = fromKafkaMessage(TOPIC, overTheWire(toKafkaMessage({ topic: TOPIC, key: original.streamId, event: original })));
    expect(back).toStrictEqual(original);
  });

  it('keeps a null causation id null (no header) and an empty one empty', () => {
    const none = toKafkaMessage({ topic: TOPIC, key: 'k', event: event({ causationId: null }) });
    expect(none.headers).not.toHaveProperty(ENVELOPE_HEADERS.causationId);
    expect(fromKafkaMessage(TOPIC, overTheWire(none)).causationId).toBeNull();
    const empty = toKafkaMessage({ topic: TOPIC, key: 'k', event: event({ causationId: '' }) });
    expect(fromKafkaMessage(TOPIC, overTheWire(empty)).causationId).toBe('');
  });

  it('keeps an actor without its optional fields as it was', () => {
    const original = event({ actor: { userId: 'user-2', role: 'prosecutor' } });
    const back = fromKafkaMessage(TOPIC, overTheWire(toKafkaMessage({ topic: TOPIC, key: 'k', event: original })));
    expect(back.actor).toStrictEqual({ userId: 'user-2', role: 'prosecutor' });
  });

  it('gives each decoded event its own actor, however often the same actor header comes', () => {
    const wire = overTheWire(toKafkaMessage({ topic: TOPIC, key: 'k', event: event() }));
    const first = fromKafkaMessage(TOPIC, wire);
    first.actor.role = 'changed by a handler';
    const second = fromKafkaMessage(TOPIC, wire);
    expect(second.actor).toStrictEqual(event().actor);
    expect(second.actor).not.toBe(fromKafkaMessage(TOPIC, wire).actor);
  });

  it('reads an actor header with more than flat strings afresh each time', () => {
    const odd = { userId: 'user-3', role: 'police', extra: { nested: [1] } } as unknown as RecordedEvent['actor'];
    const wire = overTheWire(toKafkaMessage({ topic: TOPIC, key: 'k', event: event({ actor: odd }) }));
    const first = fromKafkaMessage(TOPIC, wire);
    ((first.actor as unknown as { extra: { nested: number[] } }).extra.nested).push(2);
    expect(fromKafkaMessage(TOPIC, wire).actor).toStrictEqual(odd);
  });

  it('round-trips null and absent data', () => {
    for (const data of [null, undefined, 0, '', []]) {
      const back = fromKafkaMessage(TOPIC, overTheWire(toKafkaMessage({ topic: TOPIC, key: 'k', event: event({ data }) })));
      expect(back.data).toStrictEqual(data);
    }
  });

  it('reads string headers as well as Buffers', () => {
    const message = toKafkaMessage({ topic: TOPIC, key: 'k', event: event() });
    expect(fromKafkaMessage(TOPIC, message)).toStrictEqual(event());
  });

  it('refuses a message without the envelope, naming the topic and the header but not the data', () => {
    const wire = overTheWire(toKafkaMessage({ topic: TOPIC, key: 'k', event: event() }));
    delete (wire.headers as Record<string, unknown>)[ENVELOPE_HEADERS.eventId];
    expect(() => fromKafkaMessage(TOPIC, wire)).toThrow('Kafka message on casetrail.enforcement at offset 17 lacks the "eventId" header');
    const broken = { ...overTheWire(toKafkaMessage({ topic: TOPIC, key: 'k', event: event() })), value: Buffer.from('{"province":"បាត់') };
    expect(() => fromKafkaMessage(TOPIC, broken)).toThrow(/the value is not JSON$/);
    const badActor = overTheWire(toKafkaMessage({ topic: TOPIC, key: 'k', event: event() }));
    badActor.headers[ENVELOPE_HEADERS.actor] = Buffer.from('{"userId":');
    expect(() => fromKafkaMessage(TOPIC, badActor)).toThrow('Kafka message on casetrail.enforcement at offset 17: the "actor" header is not JSON');
    const badNumber = overTheWire(toKafkaMessage({ topic: TOPIC, key: 'k', event: event() }));
    badNumber.headers[ENVELOPE_HEADERS.streamRevision] = Buffer.from('four');
    expect(() => fromKafkaMessage(TOPIC, badNumber)).toThrow(/non-integer "streamRevision"/);
  });
});
