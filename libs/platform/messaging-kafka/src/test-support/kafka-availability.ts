/**
 * Whether the Kafka suites run, from the flag the jest global setup sets after probing the broker
 * (`CASETRAIL_KAFKA_AVAILABLE` = '1' | '0'). No broker: 'fail' under CI, 'skip' otherwise. No
 * flag (a run without the global setup): 'available', and the suites fail loudly if it is not.
 */
export function kafkaAvailability(env: NodeJS.ProcessEnv = process.env): 'available' | 'skip' | 'fail' {
  const flag = env['CASETRAIL_KAFKA_AVAILABLE'];
  if (flag === undefined || flag === '1') return 'available';
  return env['CI'] === 'true' ? 'fail' : 'skip';
}

export const kafkaBrokers = (env: NodeJS.ProcessEnv = process.env): string[] =>
  (env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',').map((b) => b.trim()).filter(Boolean);
