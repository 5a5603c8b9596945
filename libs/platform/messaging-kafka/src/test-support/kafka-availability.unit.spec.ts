import { kafkaAvailability, kafkaBrokers } from './kafka-availability';

describe('kafkaAvailability', () => {
  it('runs the Kafka suites when the probe found a broker, or when nothing probed', () => {
    expect(kafkaAvailability({ CASETRAIL_KAFKA_AVAILABLE: '1' })).toBe('available');
    expect(kafkaAvailability({})).toBe('available');
  });

  it('skips without a broker outside CI and fails under CI', () => {
    expect(kafkaAvailability({ CASETRAIL_KAFKA_AVAILABLE: '0' })).toBe('skip');
    expect(kafkaAvailability({ CASETRAIL_KAFKA_AVAILABLE: '0', CI: 'true' })).toBe('fail');
  });

  it('reads the brokers from KAFKA_BROKERS, defaulting to the local one', () => {
    expect(kafkaBrokers({})).toEqual(['127.0.0.1:9092']);
    expect(kafkaBrokers({ KAFKA_BROKERS: 'k1:9092, k2:9092' })).toEqual(['k1:9092', 'k2:9092']);
  });
});
