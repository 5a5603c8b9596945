import { Kafka, logLevel } from 'kafkajs';

/** A prefix for the topics and groups of one test run, so runs never see each other's messages. */
export const testRunPrefix = (what: string): string => `test-${what}-${Date.now().toString(36)}-${globalThis.crypto.randomUUID().slice(0, 6)}.`;

/** Deletes the topics and consumer groups a test run made (best effort: a broker keeps them otherwise). */
export async function deleteTestRun(brokers: string[], prefix: string): Promise<void> {
  const admin = new Kafka({ clientId: 'test-cleanup', brokers, logLevel: logLevel.NOTHING, retry: { retries: 1 } }).admin();
  try {
    await admin.connect();
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(prefix));
    if (groups.length > 0) await admin.deleteGroups(groups);
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

/** Polls until a condition holds; the limit guards against a hang and is never an assertion. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10).unref());
  }
}
