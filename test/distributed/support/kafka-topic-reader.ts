import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import { ENVELOPE_HEADERS } from '@casetrail/messaging-kafka';

/** A message as it is stored on the topic: the raw bytes of its value and headers. */
export interface RawTopicMessage {
  partition: number;
  offset: string;
  value: Buffer | null;
  headers: IHeaders;
}

export interface TopicReadOptions {
  brokers: string[];
  topic: string;
  groupId: string;
  timeoutMs: number;
}

/**
 * Every message of a topic, from the beginning up to the end the topic had when the read began,
 * with a raw kafkajs consumer in a group of its own (nothing of casetrail's decoding in between).
 */
export async function readTopicMessages(options: TopicReadOptions): Promise<RawTopicMessage[]> {
  const kafka = new Kafka({ clientId: 'casetrail-distributed-test', brokers: options.brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  let ends: Map<number, number>;
  try {
    ends = new Map((await admin.fetchTopicOffsets(options.topic)).map((p) => [p.partition, Number(p.high)]));
  } finally {
    await admin.disconnect();
  }
  const next = new Map<number, number>([...ends.keys()].map((p) => [p, 0]));
  const messages: RawTopicMessage[] = [];
  const caughtUp = () => [...ends].every(([p, high]) => (next.get(p) ?? 0) >= high);
  if (caughtUp()) return messages;
  const consumer = kafka.consumer({ groupId: options.groupId, maxWaitTimeInMs: 200 });
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const timer = setTimeout(finish, options.timeoutMs);
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [options.topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        messages.push({ partition, offset: message.offset, value: message.value, headers: message.headers ?? {} });
        next.set(partition, Number(message.offset) + 1);
        if (caughtUp()) finish();
      },
    });
    await done;
    if (!caughtUp()) {
      const behind = [...ends].map(([p, high]) => `partition ${p}: ${next.get(p) ?? 0}/${high}`).join(', ');
      throw new Error(`timed out after ${options.timeoutMs} ms reading ${options.topic} (${behind})`);
    }
    return messages;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
}

/** Every message's `eventId` header on a topic (see `readTopicMessages`). */
export async function readEventIdsFromTopic(options: TopicReadOptions): Promise<string[]> {
  return (await readTopicMessages(options)).map(({ partition, offset, headers }) => {
    const raw = headers[ENVELOPE_HEADERS.eventId];
    const id = (Array.isArray(raw) ? raw[0] : raw)?.toString();
    if (!id) throw new Error(`message at ${options.topic}/${partition}@${offset} has no eventId header`);
    return id;
  });
}

/** The whole message as bytes (value and every header), to search for a value that must not be there. */
export function messageBytes(message: RawTopicMessage): Buffer {
  const headers = Object.entries(message.headers).flatMap(([name, value]) => [
    Buffer.from(name),
    ...(Array.isArray(value) ? value : [value]).map((v) => (v === undefined ? Buffer.alloc(0) : Buffer.from(v))),
  ]);
  return Buffer.concat([message.value ?? Buffer.alloc(0), ...headers]);
}

/** The topics whose names start with `prefix` (a run's own), dead-letter topics included. */
export async function listTopics(brokers: string[], prefix: string): Promise<string[]> {
  const admin = new Kafka({ clientId: 'casetrail-distributed-test', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    return (await admin.listTopics()).filter((t) => t.startsWith(prefix)).sort();
  } finally {
    await admin.disconnect();
  }
}
