import type { StreamingRead } from '@eventstore/db-client';

/**
 * Visits a streaming ESDB read until `visit` returns false, then cancels the gRPC call so an
 * early stop does not leave the server streaming into a destroyed reader.
 */
export async function visitRead<E>(read: StreamingRead<E>, visit: (item: E) => boolean): Promise<void> {
  let stoppedEarly = false;
  for await (const item of read) {
    if (!visit(item)) {
      stoppedEarly = true;
      break;
    }
  }
  if (stoppedEarly) await read.cancel().catch(() => undefined);
}
