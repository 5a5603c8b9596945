/**
 * Child process of the crash test: appends synthetic events to a few streams, one writer per
 * stream running concurrently (so appends are group-committed), until it is killed, and prints
 * `ack <eventId>` for each event only after its append has returned. Stdout on a pipe is written
 * synchronously on Linux, so every printed ack reached the parent before a SIGKILL.
 * Usage: node -r @swc-node/register crash-writer.ts <database file> <synchronous>
 */
import { NO_STREAM, type NewEvent } from '@casetrail/event-sourcing';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../lib/sqlite-event-store';

const STREAMS = ['crash-case-a', 'crash-case-b', 'crash-case-c', 'crash-case-d'];

function syntheticEvent(streamId: string, n: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'crash.ThingRecorded',
    schemaVersion: 1,
    data: { streamId, n, note: 'synthetic' },
    actor: { userId: 'crash-writer', role: 'system' },
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: new Date().toISOString(),
  };
}

function fail(message: string): never {
  process.stderr.write(`crash-writer: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const [filename, synchronous] = process.argv.slice(2);
  if (!filename) fail('usage: crash-writer <database file> [FULL|NORMAL]');
  const store = new SqliteEventStore({ filename, synchronous: synchronous === 'NORMAL' ? 'NORMAL' : 'FULL' });
  // One writer per stream, all at once: their appends meet in the same turns of the event loop
  // and are group-committed, so the kills also land between and inside shared commits.
  await Promise.all(STREAMS.map((stream) => writeForever(store, stream)));
}

async function writeForever(store: SqliteEventStore, stream: string): Promise<never> {
  const [last] = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
  let current = last ? last.streamRevision : -1;
  for (let n = 0; ; n++) {
    // Half single events, half batches of 2..20.
    const size = Math.random() < 0.5 ? 1 : 2 + Math.floor(Math.random() * 19);
    const batch = Array.from({ length: size }, (_, i) => syntheticEvent(stream, n * 100 + i));
    const expected = current === -1 ? NO_STREAM : current;
    const result = await store.append(stream, batch, expected);
    if (result.alreadyStored || result.nextExpectedRevision !== current + size) fail(`unexpected result ${JSON.stringify(result)}`);
    current = result.nextExpectedRevision;
    process.stdout.write(batch.map((e) => `ack ${e.eventId}\n`).join(''));
    if (n % 10 === 0) {
      // A retried append (a client that lost our answer) must be acknowledged, not written again.
      const retry = await store.append(stream, batch, expected);
      if (!retry.alreadyStored) fail('a retried append was not acknowledged as already stored');
    }
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
