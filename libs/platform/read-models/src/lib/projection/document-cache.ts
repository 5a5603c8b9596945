import type { ReadModelEntry } from '../read-model-store.port';

/**
 * The entries a `ProjectionRunner` wrote itself or read last, so that the next batch touching the
 * same documents folds on them without reading them back: one round trip per batch and
 * collection saved against a read-model server, a read and a JSON parse per document against
 * SQLite. Most useful live and in small batches, where a case's documents come back batch after
 * batch; a rebuild of a national log writes most documents once.
 *
 * Only a guess that the store checks: every write stays conditional on the version the cache
 * holds, so an entry another writer changed meanwhile is a conflict, which the runner answers by
 * forgetting the entry and reading the document (`forget`). What could pass the condition with
 * the wrong data is a document dropped and rewritten to the same version by another process;
 * rebuilding while another process writes the same collections is not supported (see
 * `ProjectionRunner.rebuild`).
 *
 * Bounded by two generations per collection: a new entry goes into the young one; when it holds
 * half of the bound, it becomes the old one and the former old one is let go. Constant time per
 * entry, no per-entry bookkeeping; an entry used again is moved to the young generation.
 */
export class DocumentCache {
  private readonly collections = new Map<string, { young: Map<string, ReadModelEntry<unknown>>; old: Map<string, ReadModelEntry<unknown>> }>();
  private readonly generationSize: number;

  /**
   * @param maxEntries most entries held per collection (0: none)
   * @param freeze deep-freeze what is kept (default: under jest, NODE_ENV=test): a projection's
   * `apply` must not change the document it is given, which now outlives the batch; frozen, a
   * projection that does throws in the tests instead of silently changing the next fold's input.
   */
  constructor(
    maxEntries: number,
    private readonly freeze = process.env['NODE_ENV'] === 'test',
  ) {
    this.generationSize = Math.floor(maxEntries / 2);
  }

  /** The entry as the runner last wrote or read it; undefined when it must be read. */
  lookup(collection: string, id: string): ReadModelEntry<unknown> | undefined {
    const generations = this.collections.get(collection);
    if (generations === undefined) return undefined;
    const young = generations.young.get(id);
    if (young !== undefined) return young;
    const old = generations.old.get(id);
    if (old !== undefined) this.remember(collection, old);
    return old;
  }

  /** What a successful write left, or what a read found. */
  remember(collection: string, entry: ReadModelEntry<unknown>): void {
    if (this.generationSize === 0) return;
    if (this.freeze) deepFreeze(entry);
    let generations = this.collections.get(collection);
    if (generations === undefined) {
      generations = { young: new Map(), old: new Map() };
      this.collections.set(collection, generations);
    }
    generations.young.set(entry.id, entry);
    generations.old.delete(entry.id);
    if (generations.young.size >= this.generationSize) {
      generations.old = generations.young;
      generations.young = new Map();
    }
  }

  /** The store may hold something else for these ids (a conflict, a failed write): read them next time. */
  forget(collection: string, ids: Iterable<string>): void {
    const generations = this.collections.get(collection);
    if (generations === undefined) return;
    for (const id of ids) {
      generations.young.delete(id);
      generations.old.delete(id);
    }
  }

  /** The collection was dropped (or may have changed in ways the cache cannot tell): read everything. */
  forgetCollection(collection: string): void {
    this.collections.delete(collection);
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
