import type { Admin } from 'kafkajs';

/**
 * Creates topics before they are used (not by broker auto-creation, which would pick the
 * broker's partitions and retention): `retention.ms=-1`, because a topic is a replay log.
 * An existing topic is left as it is. Each topic is created once per process.
 */
export class KafkaTopics {
  private readonly ready = new Map<string, Promise<void>>();

  constructor(
    private readonly admin: Admin,
    private readonly partitions: number,
    private readonly replicationFactor?: number,
  ) {}

  async ensure(topics: readonly string[]): Promise<void> {
    const missing = [...new Set(topics)].filter((t) => !this.ready.has(t));
    if (missing.length > 0) {
      const creating = this.create(missing);
      for (const topic of missing) this.ready.set(topic, creating);
      creating.catch(() => missing.forEach((topic) => this.ready.delete(topic)));
    }
    await Promise.all(topics.map((t) => this.ready.get(t)));
  }

  private async create(topics: string[]): Promise<void> {
    // Asking to create a topic another process made already is answered TOPIC_ALREADY_EXISTS,
    // which kafkajs logs as an error: ask only for the ones missing (a rare race still may).
    const existing = new Set(await this.admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: this.partitions,
        ...(this.replicationFactor === undefined ? {} : { replicationFactor: this.replicationFactor }),
        configEntries: [{ name: 'retention.ms', value: '-1' }],
      })),
    });
  }
}
