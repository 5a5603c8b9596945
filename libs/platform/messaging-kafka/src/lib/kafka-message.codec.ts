import type { Actor, RecordedEvent } from '@casetrail/event-sourcing';
import type { BusMessage } from '@casetrail/messaging';
import type { IHeaders, Message } from 'kafkajs';

/** Header names of the envelope: the value is the event data alone, the context rides in headers. */
export const ENVELOPE_HEADERS = {
  eventId: 'eventId',
  type: 'type',
  schemaVersion: 'schemaVersion',
  streamId: 'streamId',
  streamRevision: 'streamRevision',
  globalPosition: 'globalPosition',
  occurredAt: 'occurredAt',
  recordedAt: 'recordedAt',
  actor: 'actor',
  correlationId: 'correlationId',
  /** Absent when the causation id is null (a user's command). */
  causationId: 'causationId',
} as const;

/** What a Kafka message needs for decoding; a `KafkaMessage` from a consumer fits. */
export interface IncomingKafkaMessage {
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers?: IHeaders;
  offset?: string;
}

/** A bus message as a Kafka message: key = stream id (one partition per case), value = JSON data. */
export function toKafkaMessage({ key, event }: BusMessage): Message & { key: string; headers: Record<string, string> } {
  const h = ENVELOPE_HEADERS;
  const headers: Record<string, string> = {
    [h.eventId]: event.eventId,
    [h.type]: event.type,
    [h.schemaVersion]: String(event.schemaVersion),
    [h.streamId]: event.streamId,
    [h.streamRevision]: String(event.streamRevision),
    [h.globalPosition]: String(event.globalPosition),
    [h.occurredAt]: event.occurredAt,
    [h.recordedAt]: event.recordedAt,
    [h.actor]: JSON.stringify(event.actor),
    [h.correlationId]: event.correlationId,
  };
  if (event.causationId !== null) headers[h.causationId] = event.causationId;
  return { key, value: event.data === undefined ? null : JSON.stringify(event.data), headers };
}

/** The recorded event back from a Kafka message; throws naming the topic and header, never the data. */
export function fromKafkaMessage(topic: string, message: IncomingKafkaMessage): RecordedEvent {
  const where = `Kafka message on ${topic}${message.offset === undefined ? '' : ` at offset ${message.offset}`}`;
  const headers = message.headers ?? {};
  const text = (name: string): string | undefined => {
    const raw = headers[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    return value === undefined ? undefined : value.toString();
  };
  const required = (name: string): string => {
    const value = text(name);
    if (value === undefined) throw new Error(`${where} lacks the "${name}" header`);
    return value;
  };
  const integer = (name: string): number => {
    const value = Number(required(name));
    if (!Number.isSafeInteger(value)) throw new Error(`${where} has a non-integer "${name}" header`);
    return value;
  };
  const h = ENVELOPE_HEADERS;
  return {
    eventId: required(h.eventId),
    type: required(h.type),
    schemaVersion: integer(h.schemaVersion),
    data: message.value === null ? undefined : parseJson(message.value.toString(), `${where}: the value`),
    actor: parseJson(required(h.actor), `${where}: the "actor" header`) as Actor,
    correlationId: required(h.correlationId),
    causationId: text(h.causationId) ?? null,
    occurredAt: required(h.occurredAt),
    streamId: required(h.streamId),
    streamRevision: integer(h.streamRevision),
    globalPosition: integer(h.globalPosition),
    recordedAt: required(h.recordedAt),
  };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what} is not JSON`);
  }
}
