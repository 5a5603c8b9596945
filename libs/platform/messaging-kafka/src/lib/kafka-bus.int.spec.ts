import { describeMessageBusContract } from '@casetrail/messaging';
import { kafkaAvailability, kafkaBrokers } from '../test-support/kafka-availability';
import { deleteTestRun, testRunPrefix } from '../test-support/kafka-test-run';
import { KafkaBus } from './kafka-bus';
import { deadLetterTopicOf } from './kafka-bus.options';

const brokers = kafkaBrokers();
const availability = kafkaAvailability();
const prefix = testRunPrefix('contract');

// Always on, broker or not: naming, and a fast, clear failure when no broker answers.
describe('KafkaBus without a broker', () => {
  it('prefixes topic names and names the dead-letter topic after its topic', () => {
    const bus = new KafkaBus({ brokers: ['127.0.0.1:9'], clientId: 'naming', topicPrefix: 'staging.' });
    expect(bus.kafkaTopic('casetrail.enforcement')).toBe('staging.casetrail.enforcement');
    expect(deadLetterTopicOf(bus.kafkaTopic('casetrail.court'))).toBe('staging.casetrail.court.dlq');
  });

  it('fails to connect with an error naming the brokers, and refuses work once closed', async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const bus = new KafkaBus({ brokers: ['127.0.0.1:9'], clientId: 'absent', connection: { retries: 1 } });
    await expect(bus.connect()).rejects.toThrow('Kafka: cannot connect to the brokers 127.0.0.1:9');
    await bus.close();
    await expect(bus.publish([])).rejects.toThrow(/closed/);
  });
});

if (availability === 'skip') {
  process.stdout.write(`SKIPPED: Kafka contract (no broker at ${brokers.join(',')})\n`);
} else if (availability === 'fail') {
  describe('MessageBus contract: kafka', () => {
    it('needs a broker under CI', () => {
      throw new Error(`No Kafka broker at ${brokers.join(',')} and CI=true: start one with npm run infra:up`);
    });
  });
} else {
  describeMessageBusContract('kafka', {
    create: async (retry) => {
      const bus = new KafkaBus({ brokers, clientId: 'casetrail-contract', topicPrefix: prefix, retry });
      await bus.connect();
      return bus;
    },
    readDeadLetters: (bus, topic) => bus.deadLetters(topic),
    deliveryTimeoutMs: 25_000,
  });
  // Best effort: a broker that went away already failed the tests above.
  afterAll(() => deleteTestRun(brokers, prefix).catch(() => undefined), 30_000);
}
