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

/**
 * The recorded event back from a Kafka message; throws naming the topic and header, never the data.
 * On every delivered message, so it allocates no closures and names the message only when it
 * throws; the actor header, the same few strings over and over, is parsed once per distinct text.
 */
export function fromKafkaMessage(topic: string, message: IncomingKafkaMessage): RecordedEvent {
  const headers = message.headers ?? {};
  const h = ENVELOPE_HEADERS;
  return {
    eventId: required(headers, h.eventId, topic, message),
    type: required(headers, h.type, topic, message),
    schemaVersion: integer(headers, h.schemaVersion, topic, message),
    data: message.value === null ? undefined : parseJson(message.value.toString(), topic, message, 'the value'),
    actor: actorOf(required(headers, h.actor, topic, message), topic, message),
    correlationId: required(headers, h.correlationId, topic, message),
    causationId: text(headers, h.causationId) ?? null,
    occurredAt: required(headers, h.occurredAt, topic, message),
    streamId: required(headers, h.streamId, topic, message),
    streamRevision: integer(headers, h.streamRevision, topic, message),
    globalPosition: integer(headers, h.globalPosition, topic, message),
    recordedAt: required(headers, h.recordedAt, topic, message),
  };
}

function where(topic: string, message: IncomingKafkaMessage): string {
  return `Kafka message on ${topic}${message.offset === undefined ? '' : ` at offset ${message.offset}`}`;
}

function text(headers: IHeaders, name: string): string | undefined {
  const raw = headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === undefined ? undefined : value.toString();
}

function required(headers: IHeaders, name: string, topic: string, message: IncomingKafkaMessage): string {
  const value = text(headers, name);
  if (value === undefined) throw new Error(`${where(topic, message)} lacks the "${name}" header`);
  return value;
}

function integer(headers: IHeaders, name: string, topic: string, message: IncomingKafkaMessage): number {
  const value = Number(required(headers, name, topic, message));
  if (!Number.isSafeInteger(value)) throw new Error(`${where(topic, message)} has a non-integer "${name}" header`);
  return value;
}

function parseJson(json: string, topic: string, message: IncomingKafkaMessage, what: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new Error(`${where(topic, message)}: ${what} is not JSON`);
  }
}

/** Distinct actor headers kept parsed; a national deployment has a few thousand users at most. */
const ACTOR_CACHE_SIZE = 1_000;
const parsedActors = new Map<string, Readonly<Record<string, string>>>();

/**
 * The actor of the envelope. A flat object of strings (what `Actor` is) is parsed once and then
 * copied per event, so a handler changing its event's actor changes no other event; anything
 * else is parsed afresh each time, as before.
 */
function actorOf(json: string, topic: string, message: IncomingKafkaMessage): Actor {
  const cached = parsedActors.get(json);
  if (cached) return { ...cached } as unknown as Actor;
  const actor = parseJson(json, topic, message, 'the "actor" header');
  if (isFlatStringRecord(actor)) {
    if (parsedActors.size >= ACTOR_CACHE_SIZE) parsedActors.clear();
    parsedActors.set(json, { ...actor });
  }
  return actor as Actor;
}

function isFlatStringRecord(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) if (typeof (value as Record<string, unknown>)[key] !== 'string') return false;
  return true;
}
