import type { DeadLetter } from '@casetrail/messaging';
import type { Admin, Kafka } from 'kafkajs';
import { fromDeadLetterMessage } from './dead-letter-headers';
import { timeout } from '@casetrail/messaging';

export interface DeadLetterReadOptions {
  kafka: Kafka;
  admin: Admin;
  /** The Kafka name of the dead-letter topic, and the bus topic its letters came from. */
  dlqTopic: string;
  topic: string;
  groupId: string;
  timeoutMs: number;
}

/**
 * Reads a dead-letter topic up to its end as of now, with a throwaway consumer group that is
 * deleted afterwards. For operators and tests; letters come oldest first per key (partition).
 */
export async function readDeadLetterTopic({ kafka, admin, dlqTopic, topic, groupId, timeoutMs }: DeadLetterReadOptions): Promise<DeadLetter[]> {
  const ends = await admin.fetchTopicOffsets(dlqTopic);
  const remaining = new Map(ends.filter((p) => BigInt(p.high) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.high)]));
  if (remaining.size === 0) return [];

  const byPartition = new Map<number, DeadLetter[]>();
  let finished!: () => void;
  const allRead = new Promise<void>((resolve) => (finished = resolve));
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200, allowAutoTopicCreation: false });
  const limit = timeout(timeoutMs, `Reading dead letters of ${topic} took longer than ${timeoutMs} ms`);
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [dlqTopic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const end = remaining.get(partition);
        if (end === undefined || BigInt(message.offset) >= end) return;
        const letters = byPartition.get(partition) ?? [];
        letters.push(fromDeadLetterMessage(topic, message));
        byPartition.set(partition, letters);
        if (BigInt(message.offset) + 1n >= end) remaining.delete(partition);
        if (remaining.size === 0) finished();
      },
    });
    await Promise.race([allRead, limit.promise]);
  } finally {
    limit.cancel();
    await consumer.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
  }
  return [...byPartition.keys()].sort((a, b) => a - b).flatMap((p) => byPartition.get(p)!);
}
