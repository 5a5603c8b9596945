/** The one line a run without the servers prints (outside CI). */
export const DISTRIBUTED_SKIP_LINE = 'SKIPPED: distributed e2e (no Kafka/MongoDB; npm run infra:up)';

/**
 * Whether the distributed suite runs, from the flags the jest global setup sets after probing
 * (`CASETRAIL_KAFKA_AVAILABLE`, `CASETRAIL_MONGO_AVAILABLE` = '1' | '0'). A missing server:
 * 'fail' under CI=true, 'skip' otherwise. No flag (no global setup): 'run', and fail loudly.
 */
export function distributedSuiteMode(env: NodeJS.ProcessEnv = process.env): 'run' | 'skip' | 'fail' {
  const absent = env['CASETRAIL_KAFKA_AVAILABLE'] === '0' || env['CASETRAIL_MONGO_AVAILABLE'] === '0';
  if (!absent) return 'run';
  return env['CI'] === 'true' ? 'fail' : 'skip';
}
