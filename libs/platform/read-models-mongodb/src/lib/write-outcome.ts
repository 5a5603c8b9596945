/**
 * Which ops of one `write` call lost, from what MongoDB tells about an unordered `bulkWrite`.
 *
 * Inserts (`expectedVersion: null`) are `insertOne`: an insert lost exactly when it failed with a
 * duplicate key (the document exists: another writer inserted it first), which MongoDB reports by
 * op index; should the inserted count and those errors not add up to the inserts sent, the stamps
 * read back decide (only our insert wrote our `writeId`). Conditional ops are `updateOne({ _id, version })`: MongoDB
 * reports only how many matched in total. When that total settles it (all or none won), nothing
 * more is read. Otherwise every op of the call stamped its document with the call's random
 * `writeId`, and the documents are read back:
 * - stamp is ours: won;
 * - document absent or at version <= expected: lost;
 * - document at expected + 1 with another stamp: lost (one writer only can move a version up by 1);
 * - document beyond expected + 1 with another stamp: ours or not, a later writer overwrote it. The
 *   total decides when it can; if it cannot (two overwrites and a loss in the same call, between
 *   our write and our read), they are reported as conflicts. That is the safe side: the runner
 *   reloads them, and the applied markers skip every event already applied.
 */
export interface ConditionalOp {
  id: string;
  expectedVersion: number;
}

export interface StampReadBack {
  id: string;
  version: number;
  writeId?: string;
}

export type ConditionalOutcome = { settled: true; lost: string[] } | { settled: false };

/** First look: only the total count of the conditional ops that won. */
export function settleByCount(ops: readonly ConditionalOp[], won: number): ConditionalOutcome {
  if (won === ops.length) return { settled: true, lost: [] };
  if (won === 0) return { settled: true, lost: ops.map((op) => op.id) };
  return { settled: false };
}

/** Second look: the stamps read back from the documents of the conditional ops. */
export function lostByStamps(
  ops: readonly ConditionalOp[],
  won: number,
  writeId: string,
  readBack: readonly StampReadBack[],
): string[] {
  const byId = new Map(readBack.map((doc) => [doc.id, doc]));
  const lost: string[] = [];
  const unsure: string[] = [];
  let sureWins = 0;
  for (const op of ops) {
    const doc = byId.get(op.id);
    if (doc?.writeId === writeId) sureWins += 1;
    else if (!doc || doc.version <= op.expectedVersion + 1) lost.push(op.id);
    else unsure.push(op.id);
  }
  const unsureWins = won - sureWins;
  if (unsureWins === unsure.length) return lost;
  return [...lost, ...unsure];
}
