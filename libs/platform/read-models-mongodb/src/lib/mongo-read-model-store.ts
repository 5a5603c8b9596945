import {
  InvalidReadModelRequestError,
  isDeleteOperation,
  type FindOptions,
  type ReadModelDocument,
  type ReadModelEntry,
  type ReadModelFilter,
  type ReadModelStore,
  type WriteOperation,
  type WriteResult,
} from '@casetrail/read-models';
import { forEachWithLimit } from '@casetrail/event-sourcing';
import { randomUUID } from 'node:crypto';
import mongoose, { mongo, type ConnectOptions, type Connection, type Model } from 'mongoose';
import { LIVE_ONLY, toMongoFilter, toMongoPage, toMongoSort } from './mongo-query';
import { READ_PROJECTION, readModelSchema, toEntry, type ReadModelIndex, type StoredEntry } from './read-model-document.schema';
import { encodeData } from './stored-data.codec';
import { lostByStamps, settleByCount, type ConditionalOp, type StampReadBack } from './write-outcome';

export interface MongoReadModelStoreOptions {
  /** Prepended to every read-model collection name (default `rm_`), so read models share a database safely. */
  collectionPrefix?: string;
  /** Indexes a projection declares, per read-model collection, created before the first write to it. */
  indexes?: Record<string, readonly ReadModelIndex[]>;
  /** Whether `close()` closes the connection (default: only when `connect` opened it). */
  closeConnection?: boolean;
  /**
   * Most ops per `bulkWrite` command (default 25). FerretDB 1.24 (SQLite) deadlocks on an `update`
   * command of 100 or more statements on existing documents, and the collection stays locked until
   * it restarts; on PostgreSQL it holds a pooled connection per statement of an `update` command
   * until the command ends. A larger call is sent as several commands.
   */
  maxOpsPerCommand?: number;
  /**
   * How many of a call's commands are sent at once (default 2). FerretDB applies a command's
   * statements one after the other, one transaction each, so two commands in flight use the
   * server's second core (updates/s x1.5 here). Ops of one call touch distinct documents, so their
   * order does not matter. With the defaults a call holds at most 2 x 26 of FerretDB's pooled
   * PostgreSQL connections (deploy/local: pool of 200), as one command of 50 did.
   */
  commandsInFlight?: number;
  /**
   * How documents are read by id (`getEntries`, and the write's read-back of stamps): `in`, one
   * `find({ _id: { $in } })`; `each`, one `find({ _id })` per id, `idLookupsInFlight` at once.
   * Default `auto`: `each` on FerretDB (its `buildInfo` names it), `in` on MongoDB. FerretDB 1.24
   * never pushes `$in` down to PostgreSQL: it reads the whole collection and filters in Go
   * (100 ids: 0.08 s among 1,000 documents, 2.1 s among 40,000), while `find({ _id })` is one
   * lookup in the `_id` index (deploy/local/lib/ferretdb-id-lookup.sql): 100 ids in ~0.07 s
   * whatever the size. Without this a distributed rebuild slowed as its collections grew.
   */
  idLookups?: 'auto' | 'in' | 'each';
  /** Finds by id in flight at once with `idLookups: 'each'` (default 8). */
  idLookupsInFlight?: number;
}

/** Fail fast when no server answers: the defaults wait 30 s and buffer commands meanwhile. */
export const FAST_FAIL_CONNECT_OPTIONS: ConnectOptions = {
  serverSelectionTimeoutMS: 2000,
  connectTimeoutMS: 2000,
  bufferCommands: false,
  autoIndex: false,
  autoCreate: false,
};

type Bulk = mongo.AnyBulkWriteOperation<StoredEntry>;

/** The server behind a connection, as its `buildInfo` names it. */
export interface MongoServer {
  product: 'FerretDB' | 'MongoDB';
  version: string;
}

/**
 * The read-model store on MongoDB (FerretDB 1.24 in tests), through mongoose: one MongoDB
 * collection per read-model collection (`<prefix><name>`), documents
 * `{ _id: id, version, data, applied, deleted?, writeId }`.
 *
 * Exactly-once effect without transactions (architecture principle 5): each op is ONE single-document
 * write, an insert (fails on an existing id) or a conditional update (`{ _id, version }`), so a
 * document's data and its applied marker change together or not at all; a call sends its ops as one
 * unordered `bulkWrite` (split into commands of at most `maxOpsPerCommand`, `commandsInFlight`
 * at once). How the lost ops are found: `write-outcome.ts`. Mongoose declares the schema
 * and indexes and owns the connection; the ops go to the driver collection, encoded by
 * `stored-data.codec.ts`, so nothing is cast, minimized or stripped.
 *
 * Written to the subset FerretDB 1.24 supports. Deliberately not used: multi-document
 * transactions and sessions, aggregation-pipeline updates and `$expr`, `$push` with `$slice`,
 * collations (strings sort by binary UTF-8 order), partial/TTL indexes, change streams,
 * `findOneAndUpdate` per op (one round trip per op), `$lookup`/`$facet`, upserts (each one is a
 * lookup and a transaction of its own in FerretDB 1.24; inserts share one). Worked around: nested
 * arrays and keys with "." or a leading "$" (codec), `update` commands of 100+ statements
 * (deadlock; split). Not worked around: NUL in strings.
 */
export class MongoReadModelStore implements ReadModelStore {
  private readonly prefix: string;
  private readonly indexes = new Map<string, ReadModelIndex[]>();
  private readonly ensured = new Map<string, Promise<void>>();
  private readonly closeConnection: boolean;
  private readonly maxOpsPerCommand: number;
  private readonly commandsInFlight: number;
  private readonly idLookupsInFlight: number;
  private readonly idLookups: 'auto' | 'in' | 'each';
  private serverInfo: Promise<MongoServer> | undefined;

  constructor(
    readonly connection: Connection,
    options: MongoReadModelStoreOptions = {},
  ) {
    this.prefix = options.collectionPrefix ?? 'rm_';
    checkName('collection prefix', this.prefix, true);
    for (const [collection, specs] of Object.entries(options.indexes ?? {})) this.indexes.set(collection, [...specs]);
    this.closeConnection = options.closeConnection ?? false;
    this.maxOpsPerCommand = options.maxOpsPerCommand ?? 25;
    this.commandsInFlight = options.commandsInFlight ?? 2;
    this.idLookupsInFlight = options.idLookupsInFlight ?? 8;
    this.idLookups = options.idLookups ?? 'auto';
    if (!['auto', 'in', 'each'].includes(this.idLookups)) throw new InvalidReadModelRequestError(`Bad idLookups ${String(this.idLookups)}`);
    const counts = [
      ['maxOpsPerCommand', this.maxOpsPerCommand],
      ['commandsInFlight', this.commandsInFlight],
      ['idLookupsInFlight', this.idLookupsInFlight],
    ] as const;
    for (const [name, value] of counts) {
      if (!Number.isSafeInteger(value) || value < 1) throw new InvalidReadModelRequestError(`Bad ${name} ${String(value)}`);
    }
  }

  /** Opens its own connection (closed by `close()`); fails within ~2 s when no server answers. */
  static async connect(
    uri: string,
    options: MongoReadModelStoreOptions & { connectOptions?: ConnectOptions } = {},
  ): Promise<MongoReadModelStore> {
    const { connectOptions, ...storeOptions } = options;
    const connection = mongoose.createConnection(uri, { ...FAST_FAIL_CONNECT_OPTIONS, ...connectOptions });
    try {
      await connection.asPromise();
    } catch (error) {
      // An unclosed failed connection keeps its monitor alive (and jest with it).
      await connection.close(true).catch(() => undefined);
      throw error;
    }
    return new MongoReadModelStore(connection, { closeConnection: true, ...storeOptions });
  }

  /** The MongoDB collection name behind a read-model collection. */
  collectionName(collection: string): string {
    checkName('collection', collection);
    return `${this.prefix}${collection}`;
  }

  /**
   * Declares more indexes for a collection (e.g. `{ 'data.province': 1 }`) and creates them now.
   * They are recreated after a `drop`, before the next write.
   */
  async ensureIndexes(collection: string, indexes: readonly ReadModelIndex[]): Promise<void> {
    const name = this.collectionName(collection);
    const known = this.indexes.get(collection) ?? [];
    const keys = new Set(known.map((i) => JSON.stringify(i)));
    this.indexes.set(collection, [...known, ...indexes.filter((i) => !keys.has(JSON.stringify(i)))]);
    if (this.connection.models[name]) this.connection.deleteModel(name);
    this.ensured.delete(collection);
    await this.ready(collection);
  }

  async get<T>(collection: string, id: string): Promise<ReadModelDocument<T> | null> {
    const stored = await this.native(collection).findOne({ _id: id, ...LIVE_ONLY }, { projection: READ_PROJECTION });
    return stored ? (toEntry<T>(stored) as ReadModelDocument<T>) : null;
  }

  async getEntries<T>(collection: string, ids: readonly string[]): Promise<ReadModelEntry<T>[]> {
    const native = this.native(collection);
    if (ids.length === 0) return [];
    const found = await this.findByIds(native, [...new Set(ids)], READ_PROJECTION);
    return found.map((stored) => toEntry<T>(stored));
  }

  async write<T>(collection: string, ops: readonly WriteOperation<T>[]): Promise<WriteResult> {
    const native = this.native(collection);
    checkOps(ops);
    if (ops.length === 0) return { conflicts: [] };
    await this.ready(collection);
    const writeId = randomUUID();
    const operations = ops.map((op) => toBulkOperation(op, writeId));
    const conflicts = new Set<string>();
    let modified = 0;
    const starts: number[] = [];
    for (let from = 0; from < operations.length; from += this.maxOpsPerCommand) starts.push(from);
    await forEachWithLimit(starts, this.commandsInFlight, async (from) => {
      const chunk = ops.slice(from, from + this.maxOpsPerCommand);
      const { result, duplicates } = await bulkWrite(native, operations.slice(from, from + this.maxOpsPerCommand));
      modified += result.modifiedCount;
      const inserts = chunk.filter((op) => op.expectedVersion === null);
      if (result.insertedCount + duplicates.size === inserts.length) {
        duplicates.forEach((index) => conflicts.add(chunk[index]!.id));
      } else {
        // The server's answer does not add up: the stamps tell. Only our insert wrote our writeId.
        const stamps = new Map((await this.readStamps(native, inserts.map((op) => op.id))).map((d) => [d.id, d.writeId]));
        inserts.filter((op) => stamps.get(op.id) !== writeId).forEach((op) => conflicts.add(op.id));
      }
    });

    const conditional: ConditionalOp[] = [];
    for (const op of ops) {
      if (op.expectedVersion !== null) conditional.push({ id: op.id, expectedVersion: op.expectedVersion });
    }
    if (conditional.length > 0) {
      // Only conditional updates modify; inserts count as inserted.
      const won = modified;
      const settled = settleByCount(conditional, won);
      const lost = settled.settled
        ? settled.lost
        : lostByStamps(conditional, won, writeId, await this.readStamps(native, conditional.map((op) => op.id)));
      lost.forEach((id) => conflicts.add(id));
    }
    // In op order, as the in-memory reference reports them.
    return { conflicts: ops.map((op) => op.id).filter((id) => conflicts.has(id)) };
  }

  async find<T>(collection: string, filter?: ReadModelFilter, options: FindOptions = {}): Promise<ReadModelDocument<T>[]> {
    const native = this.native(collection);
    const query = toMongoFilter(filter);
    const sort = toMongoSort(options.sort);
    const page = toMongoPage(options);
    if (page === null) return [];
    const found = await native.find(query, { projection: READ_PROJECTION, sort, skip: page.skip, limit: page.limit }).toArray();
    return found.map((stored) => toEntry<T>(stored) as ReadModelDocument<T>);
  }

  async count(collection: string, filter?: ReadModelFilter): Promise<number> {
    return this.native(collection).countDocuments(toMongoFilter(filter));
  }

  async drop(collection: string): Promise<void> {
    const native = this.native(collection);
    this.ensured.delete(collection);
    try {
      await native.drop();
    } catch (error) {
      // Older servers (and FerretDB) answer "ns not found" for an absent collection; that is fine.
      if (!(error instanceof mongo.MongoServerError && (error.code === 26 || /ns not found/i.test(error.message)))) throw error;
    }
  }

  async close(): Promise<void> {
    if (this.closeConnection) await this.connection.close();
  }

  private model(collection: string): Model<StoredEntry> {
    const name = this.collectionName(collection);
    const existing = this.connection.models[name] as Model<StoredEntry> | undefined;
    return existing ?? this.connection.model<StoredEntry>(name, readModelSchema(this.indexes.get(collection)), name);
  }

  private async readStamps(native: mongo.Collection<StoredEntry>, ids: string[]): Promise<StampReadBack[]> {
    const docs = await this.findByIds(native, ids, { _id: 1, version: 1, writeId: 1 });
    return docs.map((d) => ({ id: d._id, version: d.version, writeId: d.writeId }));
  }

  /** The documents of distinct `ids` that exist (tombstones included), in no particular order; see `idLookups`. */
  private async findByIds(native: mongo.Collection<StoredEntry>, ids: readonly string[], projection: mongo.Document): Promise<StoredEntry[]> {
    if ((await this.idLookupWay()) === 'in') return native.find({ _id: { $in: ids } }, { projection }).toArray();
    const found: StoredEntry[] = [];
    await forEachWithLimit(ids, this.idLookupsInFlight, async (id) => {
      const stored = await native.findOne({ _id: id }, { projection });
      if (stored) found.push(stored);
    });
    return found;
  }

  /**
   * Which server answers, from its `buildInfo` (FerretDB names itself there), asked once; a failed
   * answer is asked again by the next call rather than remembered.
   */
  server(): Promise<MongoServer> {
    // Through the client: the connection's `db` is unset until it has opened once.
    this.serverInfo ??= this.connection
      .getClient()
      .db('admin')
      .command({ buildInfo: 1 })
      .then(
        (info): MongoServer =>
          typeof info['ferretdbVersion'] === 'string'
            ? { product: 'FerretDB', version: info['ferretdbVersion'] }
            : { product: 'MongoDB', version: String(info['version']) },
        (error: unknown) => {
          this.serverInfo = undefined;
          throw error;
        },
      );
    return this.serverInfo;
  }

  /** `idLookups`, with `auto` settled by the server: one find per id on FerretDB. */
  private async idLookupWay(): Promise<'in' | 'each'> {
    if (this.idLookups !== 'auto') return this.idLookups;
    return (await this.server()).product === 'FerretDB' ? 'each' : 'in';
  }

  private native(collection: string): mongo.Collection<StoredEntry> {
    return this.model(collection).collection as unknown as mongo.Collection<StoredEntry>;
  }

  /** Creates the declared indexes once per collection (again after a drop). */
  private async ready(collection: string): Promise<void> {
    if (!this.indexes.get(collection)?.length) return;
    let ensured = this.ensured.get(collection);
    if (!ensured) {
      ensured = this.model(collection)
        .createIndexes()
        .then(() => undefined);
      ensured.catch(() => this.ensured.delete(collection));
      this.ensured.set(collection, ensured);
    }
    await ensured;
  }
}

function toBulkOperation<T>(op: WriteOperation<T>, writeId: string): Bulk {
  const applied = op.applied === null ? null : jsonCopy(op.applied);
  const deleted = isDeleteOperation(op);
  const data = deleted ? undefined : encodeData(op.data);
  if (op.expectedVersion === null) {
    // A plain insert, not an upsert: FerretDB 1.24 writes a command's inserts in one transaction
    // (one multi-row INSERT), but each upsert as a lookup and a transaction of its own (~10x slower).
    const document: StoredEntry = deleted
      ? { _id: op.id, version: 1, deleted: true, applied, writeId }
      : { _id: op.id, version: 1, data, applied, writeId };
    return { insertOne: { document } };
  }
  const version = op.expectedVersion + 1;
  const update: mongo.UpdateFilter<StoredEntry> = deleted
    ? { $set: { version, deleted: true, applied, writeId }, $unset: { data: '' } }
    : { $set: { version, data, applied, writeId }, $unset: { deleted: '' } };
  return { updateOne: { filter: { _id: op.id, version: op.expectedVersion }, update } };
}

/**
 * Runs the unordered bulk. A duplicate key is an insert of a document that exists (another writer
 * inserted it first): a conflict like any other, returned as the op indexes in `operations`;
 * every other error throws.
 */
async function bulkWrite(
  native: mongo.Collection<StoredEntry>,
  operations: Bulk[],
): Promise<{ result: mongo.BulkWriteResult; duplicates: Set<number> }> {
  try {
    return { result: await native.bulkWrite(operations, { ordered: false }), duplicates: new Set() };
  } catch (error) {
    if (!(error instanceof mongo.MongoBulkWriteError)) throw error;
    const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
    if (writeErrors.some((e) => e.code !== 11000) || error.writeConcernError) throw error;
    return { result: error.result, duplicates: new Set(writeErrors.map((e) => e.index)) };
  }
}

function checkOps<T>(ops: readonly WriteOperation<T>[]): void {
  const seen = new Set<string>();
  for (const op of ops) {
    checkName('document id', op.id);
    if (seen.has(op.id)) throw new InvalidReadModelRequestError(`Document ${op.id} appears twice in one write`);
    seen.add(op.id);
  }
}

function checkName(what: string, name: string, emptyAllowed = false): void {
  const bad = typeof name !== 'string' || (name === '' && !emptyAllowed) || name.includes('\0');
  if (bad || (what !== 'document id' && name.includes('$'))) {
    throw new InvalidReadModelRequestError(`Bad ${what} "${String(name)}"`);
  }
}

function jsonCopy<V>(value: V): V {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as V);
}
