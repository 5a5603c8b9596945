/**
 * The read-model store port (architecture principle 5). A read model is a set of documents; each
 * document carries, beside its data, the marker of what was applied to it, and both change in ONE
 * conditional write. That gives exactly-once effect without multi-document transactions (FerretDB
 * has none): a redelivered or replayed event finds its revision already in the marker.
 *
 * Every adapter passes `describeReadModelStoreContract`. The shape maps onto MongoDB as
 * `{ _id: id, version, data, applied, deleted? }` and `bulkWrite({ ordered: false })`:
 * an op with `expectedVersion: null` is an `insertOne` (duplicate key error = conflict); any other
 * op is an `updateOne({ _id, version: expectedVersion }, { $set: ... })` without upsert. Bulk
 * results give no per-op match, so an adapter can stamp the ops of one call with a random write
 * id and read back which ids carry it. Readers filter on `data.<path>` with `deleted: { $ne: true }`.
 */

/** What has been applied to a document. A document is fed by ONE stream. */
export interface AppliedMarker {
  /** The stream that feeds the document; an event from any other stream is an error. */
  streamId: string;
  /** Revision of the last event of that stream applied to the document (per-stream order is guaranteed). */
  streamRevision: number;
  /** Global position of that event; for information (diagnostics, lag), never for decisions. */
  globalPosition: number;
}

/** A live document. `version` starts at 1 on insert and grows by 1 on every successful write. */
export interface ReadModelDocument<T> {
  id: string;
  version: number;
  data: T;
  /** Null for documents no stream feeds (e.g. runner checkpoints). */
  applied: AppliedMarker | null;
}

/**
 * What a deleted document leaves behind: its marker, so that replaying the events before the
 * delete cannot bring the document back. Readers never see tombstones; writers do.
 */
export interface ReadModelTombstone {
  id: string;
  version: number;
  deleted: true;
  applied: AppliedMarker | null;
}

export type ReadModelEntry<T> = ReadModelDocument<T> | ReadModelTombstone;

export function isTombstone<T>(entry: ReadModelEntry<T>): entry is ReadModelTombstone {
  return 'deleted' in entry && entry.deleted === true;
}

/**
 * Insert (`expectedVersion: null`: only if no document or tombstone has this id) or replace
 * (only if the entry, live or tombstone, is still at `expectedVersion`).
 */
export interface PutOperation<T> {
  id: string;
  expectedVersion: number | null;
  data: T;
  applied: AppliedMarker | null;
}

/**
 * Turn the entry into a tombstone carrying `applied`, only if it is still at `expectedVersion`;
 * with `expectedVersion: null`, insert a tombstone only if the id is absent (a document created
 * and deleted within one batch must still remember what it applied).
 */
export interface DeleteOperation {
  id: string;
  expectedVersion: number | null;
  delete: true;
  applied: AppliedMarker | null;
}

export type WriteOperation<T> = PutOperation<T> | DeleteOperation;

export function isDeleteOperation<T>(op: WriteOperation<T>): op is DeleteOperation {
  return 'delete' in op && op.delete === true;
}

export interface WriteResult {
  /** Ids of the ops that lost the race (version moved, or the id exists on insert); none of them was applied. */
  conflicts: string[];
}

export type FilterScalar = string | number | boolean | null;

/**
 * A literal substring of a string field: matches a string holding `$contains` anywhere (the empty
 * string matches every string), never a missing field, null or another type. Case-sensitive and
 * code-unit exact: a case-insensitive search stores a case-folded copy of the field and searches
 * it with folded text (e.g. `referenceSearch`), so both adapters agree without collations.
 */
export interface ContainsCondition {
  $contains: string;
}

/**
 * Equality on a data field, `$in`, or `$contains` (a substring). Keys are dot paths into `data`
 * (`'place.province'`) that reach scalars; `null` matches a missing field too (as in MongoDB).
 * Comparison is type-strict.
 */
export type ReadModelFilter = Record<string, FilterScalar | { $in: readonly FilterScalar[] } | ContainsCondition>;

export interface FindOptions {
  /** Dot paths into `data`. Ties (and an absent sort) are ordered by id ascending. */
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
}

export interface ReadModelStore {
  /** The live document, or null when absent or deleted. */
  get<T>(collection: string, id: string): Promise<ReadModelDocument<T> | null>;
  /** Entries (live or tombstone) for the ids that exist, in no particular order: what a writer loads. */
  getEntries<T>(collection: string, ids: readonly string[]): Promise<ReadModelEntry<T>[]>;
  /**
   * Conditional writes in one round trip. Each op stands alone (the batch is not atomic): those
   * whose condition fails are reported in `conflicts`, the others are applied. An id may appear
   * at most once per call.
   */
  write<T>(collection: string, ops: readonly WriteOperation<T>[]): Promise<WriteResult>;
  /** Live documents matching the filter (all when absent), ordered as `options.sort` says. */
  find<T>(collection: string, filter?: ReadModelFilter, options?: FindOptions): Promise<ReadModelDocument<T>[]>;
  count(collection: string, filter?: ReadModelFilter): Promise<number>;
  /** Remove the collection, tombstones included. Dropping an absent collection is fine. */
  drop(collection: string): Promise<void>;
  close(): Promise<void>;
}
