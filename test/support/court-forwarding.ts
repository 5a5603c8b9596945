import type { EventStore } from '@casetrail/event-sourcing';
import { courtFileStreamId } from '@casetrail/court-contracts';
import { EVENT_STORE } from '@casetrail/platform-nest';
import { pollUntil } from '../distributed/support/poll-until';
import type { EmbeddedApp } from './embedded-app';

/**
 * The court file the forwarding reactor opened for a police case forwarded to the prosecutor
 * (its id is the case id). The reactor follows the log asynchronously, so this waits for it
 * (at most `timeoutMs`), and fails naming the case if the file never appears.
 */
export async function courtFileOfForwarding(app: EmbeddedApp, caseId: string, timeoutMs = 10_000): Promise<{ fileId: string; revision: number }> {
  const store = app.app.get<EventStore>(EVENT_STORE);
  return pollUntil(
    `the court file of the forwarded case ${caseId}`,
    async () => {
      const events = await store.readStream(courtFileStreamId(caseId));
      return events.length > 0 ? { fileId: caseId, revision: events[events.length - 1].streamRevision } : undefined;
    },
    { timeoutMs, intervalMs: 20 },
  );
}
