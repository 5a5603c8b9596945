import type { AppliedMarker, ReadModelEntry } from '@casetrail/read-models';
import { Schema } from 'mongoose';
import { decodeData } from './stored-data.codec';

/** An index on stored fields, e.g. `{ 'data.province': 1 }` (paths into `data` carry the `data.` prefix). */
export type ReadModelIndex = Record<string, 1 | -1>;

/**
 * One stored entry: `{ _id: id, version, data, applied, deleted?, writeId }`. A tombstone has
 * `deleted: true` and no `data`. `writeId` is the random id of the `write` call that wrote it last
 * (see `write-outcome.ts`); readers never see it.
 */
export interface StoredEntry {
  _id: string;
  version: number;
  data?: unknown;
  applied: AppliedMarker | null;
  deleted?: boolean;
  writeId?: string;
}

/** Fields readers ask for: everything but the write stamp. */
export const READ_PROJECTION = { _id: 1, version: 1, data: 1, applied: 1, deleted: 1 } as const;

/**
 * The schema of every read-model collection, with the indexes a projection declares. `_id` is the
 * document id (its unique index is implicit). `data` (encoded by `stored-data.codec.ts`) and `applied` are opaque (Mixed): the adapter
 * writes them with the driver, so mongoose never casts, minimizes or strips them. No index on
 * `deleted`: `$ne: true` cannot use one well, and tombstones are few.
 */
export function readModelSchema(indexes: readonly ReadModelIndex[] = []): Schema {
  const schema = new Schema(
    {
      _id: { type: String, required: true },
      version: { type: Number, required: true },
      data: { type: Schema.Types.Mixed },
      applied: { type: Schema.Types.Mixed, default: null },
      deleted: { type: Boolean },
      writeId: { type: String },
    },
    { versionKey: false, minimize: false, strict: false, autoIndex: false, autoCreate: false },
  );
  for (const index of indexes) schema.index(index);
  return schema;
}

export function toEntry<T>(stored: StoredEntry): ReadModelEntry<T> {
  const applied = stored.applied ?? null;
  if (stored.deleted === true) return { id: stored._id, version: stored.version, deleted: true, applied };
  return { id: stored._id, version: stored.version, data: decodeData(stored.data) as T, applied };
}
