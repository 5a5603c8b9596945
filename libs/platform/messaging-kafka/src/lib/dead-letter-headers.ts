import type { DeadLetter } from '@casetrail/messaging';
import type { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { fromKafkaMessage } from './kafka-message.codec';

/** Headers a dead-lettered message gains; its own headers (the envelope) are kept as they were. */
export const DEAD_LETTER_HEADERS = {
  reason: 'x-dlq-reason',
  subscriber: 'x-dlq-subscriber',
  attempts: 'x-dlq-attempts',
  topic: 'x-dlq-topic',
  partition: 'x-dlq-partition',
  offset: 'x-dlq-offset',
} as const;

export interface DeadLetterContext {
  topic: string;
  partition: number;
  subscriberId: string;
  attempts: number;
  reason: string;
}

/** The message for `<topic>.dlq`: same key, value and headers, plus why and where it came from. */
export function toDeadLetterMessage(original: KafkaMessage, context: DeadLetterContext): Message {
  const h = DEAD_LETTER_HEADERS;
  return {
    key: original.key,
    value: original.value,
    headers: {
      ...original.headers,
      [h.reason]: context.reason,
      [h.subscriber]: context.subscriberId,
      [h.attempts]: String(context.attempts),
      [h.topic]: context.topic,
      [h.partition]: String(context.partition),
      [h.offset]: original.offset,
    },
  };
}

/** A dead letter read back from `<topic>.dlq`. `offset` is within the original partition. */
export function fromDeadLetterMessage(topic: string, message: KafkaMessage): DeadLetter {
  const headers: IHeaders = message.headers ?? {};
  const text = (name: string): string => {
    const raw = headers[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined) throw new Error(`Dead letter on ${topic} at offset ${message.offset} lacks the "${name}" header`);
    return value.toString();
  };
  const h = DEAD_LETTER_HEADERS;
  return {
    message: { topic, key: message.key?.toString() ?? '', event: fromKafkaMessage(topic, message) },
    subscriberId: text(h.subscriber),
    offset: Number(text(h.offset)),
    attempts: Number(text(h.attempts)),
    reason: text(h.reason),
  };
}
