import type { Admin } from 'kafkajs';
import { KafkaTopics } from './kafka-topics';

/** A broker's error as kafkajs raises it (only `type` is read). */
const brokerError = (type: string) => Object.assign(new Error(type), { type, retriable: true });

/** An admin whose metadata answers come from a script, one per call (the last one repeats). */
function scriptedAdmin(metadataAnswers: Array<Error | Array<{ name: string; leaders: number[] }>>) {
  const created: string[][] = [];
  let calls = 0;
  const admin = {
    listTopics: jest.fn(async () => []),
    createTopics: jest.fn(async ({ topics }: { topics: Array<{ topic: string }> }) => {
      created.push(topics.map((t) => t.topic));
      return true;
    }),
    fetchTopicMetadata: jest.fn(async () => {
      const answer = metadataAnswers[Math.min(calls++, metadataAnswers.length - 1)];
      if (answer instanceof Error) throw answer;
      return { topics: answer.map((t) => ({ name: t.name, partitions: t.leaders.map((leader, partitionId) => ({ partitionId, leader })) })) };
    }),
  };
  return { admin: admin as unknown as Admin, created, metadataCalls: () => calls };
}

describe('KafkaTopics', () => {
  it('waits through UNKNOWN_TOPIC_OR_PARTITION and leaderless partitions after creating a topic (the broker has not caught up yet)', async () => {
    const { admin, created, metadataCalls } = scriptedAdmin([
      brokerError('UNKNOWN_TOPIC_OR_PARTITION'),
      brokerError('LEADER_NOT_AVAILABLE'),
      [{ name: 'casetrail.protection', leaders: [1, -1, 1] }],
      [{ name: 'casetrail.protection', leaders: [1, 1, 1] }],
    ]);
    await new KafkaTopics(admin, 3).ensure(['casetrail.protection']);
    expect(created).toEqual([['casetrail.protection']]);
    expect(metadataCalls()).toBe(4);
  });

  it('fails with the topics named when they never get a leader, and lets a later call try again', async () => {
    const { admin, created } = scriptedAdmin([brokerError('UNKNOWN_TOPIC_OR_PARTITION')]);
    const topics = new KafkaTopics(admin, 3, undefined, 200);
    await expect(topics.ensure(['casetrail.protection'])).rejects.toThrow('Kafka topics casetrail.protection have no leader after 200 ms');
    await expect(topics.ensure(['casetrail.protection'])).rejects.toThrow('no leader');
    expect(created).toHaveLength(2);
  });

  it('does not wait out an error that is not about a topic being unknown yet', async () => {
    const { admin, metadataCalls } = scriptedAdmin([brokerError('TOPIC_AUTHORIZATION_FAILED')]);
    await expect(new KafkaTopics(admin, 3).ensure(['casetrail.court'])).rejects.toThrow('TOPIC_AUTHORIZATION_FAILED');
    expect(metadataCalls()).toBe(1);
  });

  it('creates only the topics missing, once per process', async () => {
    const { admin, created } = scriptedAdmin([[{ name: 'casetrail.court', leaders: [0] }]]);
    (admin.listTopics as jest.Mock).mockResolvedValue(['casetrail.enforcement']);
    const topics = new KafkaTopics(admin, 1);
    await topics.ensure(['casetrail.enforcement', 'casetrail.court']);
    await topics.ensure(['casetrail.court']);
    expect(created).toEqual([['casetrail.court']]);
  });
});
