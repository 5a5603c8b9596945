/** How the event ids on a topic cover the ids in a store (at-least-once: duplicates allowed). */
export interface EventIdCoverage {
  stored: number;
  /** Messages read from the topic. */
  delivered: number;
  /** Stored ids that never reached the topic: must be none. */
  missing: string[];
  /** Messages beyond the first for an id (a republish after a crash). */
  duplicates: number;
  /** Ids on the topic that the store does not have: must be none. */
  unknown: string[];
}

export function eventIdCoverage(storedIds: readonly string[], deliveredIds: readonly string[]): EventIdCoverage {
  const counts = new Map<string, number>();
  for (const id of deliveredIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const stored = new Set(storedIds);
  return {
    stored: stored.size,
    delivered: deliveredIds.length,
    missing: [...stored].filter((id) => !counts.has(id)),
    duplicates: [...counts.values()].reduce((sum, n) => sum + n - 1, 0),
    unknown: [...counts.keys()].filter((id) => !stored.has(id)),
  };
}
