import type { EventStore } from '@casetrail/event-sourcing';
import { protectionCaseStreamId } from '@casetrail/protection-contracts';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { pollUntil } from '../distributed/support/poll-until';
import type { EmbeddedApp } from './embedded-app';

/**
 * The protection case the hand-over reactor opened for a victim the police handed over (its id is
 * the victim id). The reactor follows the log asynchronously, so this waits for it (at most
 * `timeoutMs`), and fails naming the victim if the case never appears.
 */
export async function protectionCaseOfHandOver(app: EmbeddedApp, victimId: string, timeoutMs = 10_000): Promise<{ personId: string; revision: number }> {
  const store = app.app.get<EventStore>(EVENT_STORE);
  return pollUntil(
    `the protection case of the handed-over victim ${victimId}`,
    async () => {
      const events = await store.readStream(protectionCaseStreamId(victimId));
      return events.length > 0 ? { personId: victimId, revision: events[events.length - 1].streamRevision } : undefined;
    },
    { timeoutMs, intervalMs: 20 },
  );
}

/** Waits until the case's stream reaches a revision (a reactor's command landed). */
export async function protectionCaseAtRevision(app: EmbeddedApp, personId: string, revision: number, timeoutMs = 10_000): Promise<void> {
  const store = app.app.get<EventStore>(EVENT_STORE);
  await pollUntil(
    `revision ${revision} of the protection case ${personId}`,
    async () => ((await store.readStream(protectionCaseStreamId(personId))).length > revision ? true : undefined),
    { timeoutMs, intervalMs: 20 },
  );
}
