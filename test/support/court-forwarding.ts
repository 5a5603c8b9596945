import type { EventStore } from '@casetrail/event-sourcing';
import { courtFileStreamId } from '@casetrail/court-contracts';
import { EVENT_STORE } from '@casetrail/platform-nest';
import type { EmbeddedApp } from './embedded-app';

/**
 * The court file the forwarding reactor opened for a police case forwarded to the prosecutor
 * (its id is the case id). The reactor follows the log asynchronously, so this waits for it
 * (at most `timeoutMs`), and fails naming the case if the file never appears.
 */
export async function courtFileOfForwarding(app: EmbeddedApp, caseId: string, timeoutMs = 10_000): Promise<{ fileId: string; revision: number }> {
  const store = app.app.get<EventStore>(EVENT_STORE);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const events = await store.readStream(courtFileStreamId(caseId));
    if (events.length > 0) return { fileId: caseId, revision: events[events.length - 1].streamRevision };
    if (Date.now() > until) throw new Error(`No court file was opened for the forwarded case ${caseId}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
