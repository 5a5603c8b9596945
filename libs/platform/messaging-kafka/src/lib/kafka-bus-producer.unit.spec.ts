import type { BusMessage } from '@casetrail/messaging';

/*
 * The producer's life after a failed send, with kafkajs replaced by a fake: the real broker
 * cannot be made to answer OutOfOrderSequenceException on demand (the broker-kill fault test
 * meets it by chance). What is checked here is our code around the client: a failed send
 * replaces the producer, and the next send goes through the new one.
 */

interface FakeProducer {
  id: number;
  connect: jest.Mock;
  disconnect: jest.Mock;
  sendBatch: jest.Mock;
  send: jest.Mock;
}

const producers: FakeProducer[] = [];
/** What each new producer's sendBatch does, in order of creation. */
const sendBehaviours: Array<() => Promise<unknown>> = [];

jest.mock('kafkajs', () => {
  const actual = jest.requireActual('kafkajs');
  class Kafka {
    admin() {
      return {
        connect: jest.fn(async () => undefined),
        disconnect: jest.fn(async () => undefined),
        listTopics: jest.fn(async () => ['casetrail.enforcement']),
        createTopics: jest.fn(async () => true),
      };
    }
    producer() {
      const behaviour = sendBehaviours.shift() ?? (async () => [{}]);
      const producer: FakeProducer = {
        id: producers.length,
        connect: jest.fn(async () => undefined),
        disconnect: jest.fn(async () => undefined),
        sendBatch: jest.fn(behaviour),
        send: jest.fn(async () => [{}]),
      };
      producers.push(producer);
      return producer;
    }
    consumer() {
      throw new Error('not used here');
    }
  }
  return { ...actual, Kafka };
});

// Imported after the mock is declared (jest hoists jest.mock above imports anyway).
import { KafkaBus } from './kafka-bus';

const message = (key: string): BusMessage =>
  ({
    topic: 'casetrail.enforcement',
    key,
    event: {
      eventId: '00000000-0000-4000-8000-000000000001',
      type: 'enforcement.Probe',
      schemaVersion: 1,
      data: {},
      streamId: key,
      streamRevision: 0,
      globalPosition: 1,
      recordedAt: '2024-05-01T08:00:00.000Z',
      occurredAt: '2024-05-01T08:00:00.000Z',
      actor: { userId: 'u', role: 'system' },
      correlationId: 'c',
      causationId: null,
    },
  }) as unknown as BusMessage;

describe('KafkaBus producer after a failed send', () => {
  beforeEach(() => {
    producers.length = 0;
    sendBehaviours.length = 0;
  });

  it('replaces the producer, so the next publish does not inherit its sequence numbers', async () => {
    const refused = Object.assign(new Error('Out of order sequence number'), { type: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
    sendBehaviours.push(async () => Promise.reject(refused));
    const warnings: string[] = [];
    const bus = new KafkaBus({
      brokers: ['127.0.0.1:1'],
      clientId: 'unit',
      logger: { info: () => undefined, warn: (m: string) => void warnings.push(m), error: () => undefined },
    });

    await expect(bus.publish([message('enforcement-case-1')])).rejects.toBe(refused);
    expect(producers).toHaveLength(2);
    expect(producers[0].disconnect).toHaveBeenCalledTimes(1);
    expect(warnings).toContain('Kafka producer replaced after a failed send');

    await bus.publish([message('enforcement-case-1')]);
    expect(producers[1].connect).toHaveBeenCalledTimes(1);
    expect(producers[1].sendBatch).toHaveBeenCalledTimes(1);
    expect(producers[0].sendBatch).toHaveBeenCalledTimes(1);
    await bus.close();
    expect(producers[1].disconnect).toHaveBeenCalled();
  });

  it('keeps the producer while sends succeed', async () => {
    const bus = new KafkaBus({ brokers: ['127.0.0.1:1'], clientId: 'unit' });
    await bus.publish([message('enforcement-case-1')]);
    await bus.publish([message('enforcement-case-2')]);
    expect(producers).toHaveLength(1);
    expect(producers[0].sendBatch).toHaveBeenCalledTimes(2);
    expect(producers[0].connect).toHaveBeenCalledTimes(1);
    await bus.close();
  });
});
