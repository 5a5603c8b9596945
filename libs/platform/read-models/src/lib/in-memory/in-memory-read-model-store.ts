import {
  isDeleteOperation,
  isTombstone,
  type FindOptions,
  type ReadModelDocument,
  type ReadModelEntry,
  type ReadModelFilter,
  type ReadModelStore,
  type WriteOperation,
  type WriteResult,
} from '../read-model-store.port';
import { InvalidReadModelRequestError } from '../read-model.errors';
import { checkFilter, compareBySort, matchesFilter } from './document-query';

type StoredEntry = ReadModelEntry<unknown>;

/**
 * Read models in memory: the embedded runtime's store (rebuilt at start) and the reference
 * behaviour of the port. Data goes through a JSON round trip, as it would through a database,
 * so a caller can never mutate what is stored and non-JSON values do not pass here unnoticed.
 */
export class InMemoryReadModelStore implements ReadModelStore {
  private readonly collections = new Map<string, Map<string, StoredEntry>>();

  async get<T>(collection: string, id: string): Promise<ReadModelDocument<T> | null> {
    checkName('collection', collection);
    const entry = this.collections.get(collection)?.get(id);
    return entry && !isTombstone(entry) ? (copy(entry) as ReadModelDocument<T>) : null;
  }

  async getEntries<T>(collection: string, ids: readonly string[]): Promise<ReadModelEntry<T>[]> {
    checkName('collection', collection);
    const entries = this.collections.get(collection);
    const found = [...new Set(ids)].map((id) => entries?.get(id)).filter((e): e is StoredEntry => e !== undefined);
    return found.map((e) => copy(e) as ReadModelEntry<T>);
  }

  async write<T>(collection: string, ops: readonly WriteOperation<T>[]): Promise<WriteResult> {
    checkName('collection', collection);
    const seen = new Set<string>();
    for (const op of ops) {
      checkName('document id', op.id);
      if (seen.has(op.id)) throw new InvalidReadModelRequestError(`Document ${op.id} appears twice in one write`);
      seen.add(op.id);
    }
    const entries = this.collections.get(collection) ?? new Map<string, StoredEntry>();
    this.collections.set(collection, entries);
    const conflicts: string[] = [];
    for (const op of ops) {
      const current = entries.get(op.id);
      if (op.expectedVersion === null ? current !== undefined : current?.version !== op.expectedVersion) {
        conflicts.push(op.id);
        continue;
      }
      const version = (current?.version ?? 0) + 1;
      const next: StoredEntry = isDeleteOperation(op)
        ? { id: op.id, version, deleted: true, applied: op.applied }
        : { id: op.id, version, data: op.data, applied: op.applied };
      entries.set(op.id, copy(next));
    }
    return { conflicts };
  }

  async find<T>(collection: string, filter?: ReadModelFilter, options: FindOptions = {}): Promise<ReadModelDocument<T>[]> {
    const skip = options.skip ?? 0;
    const matching = this.matching(collection, filter).sort(compareBySort(options.sort));
    const page = matching.slice(skip, options.limit === undefined ? undefined : skip + options.limit);
    return page.map((d) => copy(d) as ReadModelDocument<T>);
  }

  async count(collection: string, filter?: ReadModelFilter): Promise<number> {
    return this.matching(collection, filter).length;
  }

  async drop(collection: string): Promise<void> {
    checkName('collection', collection);
    this.collections.delete(collection);
  }

  async close(): Promise<void> {
    // Nothing to release; the data stays readable so a test can inspect it after a "restart".
  }

  private matching(collection: string, filter: ReadModelFilter | undefined): ReadModelDocument<unknown>[] {
    checkName('collection', collection);
    checkFilter(filter);
    const entries = [...(this.collections.get(collection)?.values() ?? [])];
    return entries.filter((e): e is ReadModelDocument<unknown> => !isTombstone(e) && matchesFilter(e.data, filter));
  }
}

function checkName(what: string, name: string): void {
  if (typeof name !== 'string' || name === '' || name.includes('\0') || (what === 'collection' && name.includes('$'))) {
    throw new InvalidReadModelRequestError(`Bad ${what} "${String(name)}"`);
  }
}

function copy<E>(entry: E): E {
  return JSON.parse(JSON.stringify(entry)) as E;
}
