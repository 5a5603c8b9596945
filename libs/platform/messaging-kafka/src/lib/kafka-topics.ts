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
    /** How long a new topic may go without a leader before `ensure` fails. */
    private readonly leaderWaitMs = 30_000,
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
    // kafkajs's own wait for leaders (`waitForLeaders`) retries only LEADER_NOT_AVAILABLE, but a
    // broker that has not yet learnt of a topic just created answers UNKNOWN_TOPIC_OR_PARTITION
    // (seen on a fresh broker under load, several processes creating topics at once): the process
    // then died at start. The wait below retries both until every partition has a leader.
    await this.admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: this.partitions,
        ...(this.replicationFactor === undefined ? {} : { replicationFactor: this.replicationFactor }),
        configEntries: [{ name: 'retention.ms', value: '-1' }],
      })),
    });
    await this.waitForLeaders(missing);
  }

  private async waitForLeaders(topics: string[]): Promise<void> {
    const deadline = Date.now() + this.leaderWaitMs;
    for (let delay = 50; ; delay = Math.min(delay * 2, 1_000)) {
      try {
        const { topics: found } = await this.admin.fetchTopicMetadata({ topics });
        if (found.length === topics.length && found.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
      } catch (error) {
        if (!NOT_YET_KNOWN.has((error as { type?: string }).type ?? '')) throw error;
      }
      if (Date.now() + delay > deadline) throw new Error(`Kafka topics ${topics.join(', ')} have no leader after ${this.leaderWaitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Answers of a broker that has not caught up with a topic just created: wait and ask again. */
const NOT_YET_KNOWN = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);
