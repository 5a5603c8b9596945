import type { ServiceProcess } from './service-process';
import { delay } from './poll-until';

export interface KillReport {
  kills: number;
  /** How long each victim lived after it became healthy, in ms. */
  livedMs: number[];
  /** From the kill to healthy again, in ms (boot plus, for a consumer, joining its group). */
  restartMs: number[];
}

/**
 * kill -9 a service `times` times, each at a random point `minMs`..`maxMs` after it became
 * healthy, restarting it every time (after `beforeRestart`, e.g. to change its environment;
 * `afterRestart` once it is healthy again, e.g. to count what happened while it was down).
 * Leaves it running and healthy.
 */
export async function killRepeatedly(
  service: ServiceProcess,
  options: { times: number; minMs: number; maxMs: number; beforeRestart?: (kill: number) => void; afterRestart?: (kill: number) => void },
): Promise<KillReport> {
  const report: KillReport = { kills: 0, livedMs: [], restartMs: [] };
  for (let kill = 1; kill <= options.times; kill++) {
    const lived = Math.round(options.minMs + Math.random() * (options.maxMs - options.minMs));
    await delay(lived);
    const killedAt = Date.now();
    await service.kill();
    report.kills += 1;
    report.livedMs.push(lived);
    options.beforeRestart?.(kill);
    await service.start();
    report.restartMs.push(Date.now() - killedAt);
    options.afterRestart?.(kill);
  }
  return report;
}

/**
 * The consumer group of the n-th start of the statistics service. A group whose member was
 * killed cannot finish a rebalance until the broker expires the dead member (the session
 * timeout, `CASETRAIL_KAFKA_SESSION_TIMEOUT_MS`, 10 s by default); twelve restarts would wait
 * that out twelve times, so starts rotate over `groups` groups:
 * a group comes back after `groups` restarts, resuming from the offsets it had committed.
 */
export function projectionGroupOfStart(start: number, groups: number): string {
  return `projections-${start % groups}`;
}
