import { Kafka, logLevel } from 'kafkajs';
import { ENVELOPE_HEADERS } from '@casetrail/messaging-kafka';

/**
 * Every message's `eventId` header on a topic, from the beginning up to the end the topic had
 * when the read began, with a raw kafkajs consumer in a group of its own.
 */
export async function readEventIdsFromTopic(options: { brokers: string[]; topic: string; groupId: string; timeoutMs: number }): Promise<string[]> {
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
  const ids: string[] = [];
  const caughtUp = () => [...ends].every(([p, high]) => (next.get(p) ?? 0) >= high);
  if (caughtUp()) return ids;
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
        const raw = message.headers?.[ENVELOPE_HEADERS.eventId];
        const id = (Array.isArray(raw) ? raw[0] : raw)?.toString();
        if (!id) throw new Error(`message at ${options.topic}/${partition}@${message.offset} has no eventId header`);
        ids.push(id);
        next.set(partition, Number(message.offset) + 1);
        if (caughtUp()) finish();
      },
    });
    await done;
    if (!caughtUp()) {
      const behind = [...ends].map(([p, high]) => `partition ${p}: ${next.get(p) ?? 0}/${high}`).join(', ');
      throw new Error(`timed out after ${options.timeoutMs} ms reading ${options.topic} (${behind})`);
    }
    return ids;
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
  }
}
