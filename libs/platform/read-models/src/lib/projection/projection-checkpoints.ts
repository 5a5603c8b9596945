import { isTombstone, type PutOperation, type ReadModelEntry, type ReadModelStore } from '../read-model-store.port';
import { ReadModelConflictRetriesExhaustedError } from '../read-model.errors';

/** Where runners keep their checkpoints: a collection of the same store as the read models. */
export const CHECKPOINTS_COLLECTION = '_checkpoints';

export interface ProjectionCheckpoint {
  /** Last global position this projection has handled (0 = never ran). */
  position: number;
  /** The projection version that position belongs to; a different version means rebuild. */
  projectionVersion: number;
}

interface Known {
  checkpoint: ProjectionCheckpoint | null;
  /** Version of the stored checkpoint document, for the conditional write (null = absent). */
  documentVersion: number | null;
}

const MAX_ATTEMPTS = 5;

/**
 * One checkpoint document per projection (id = projection name). The checkpoint only says where
 * to resume reading; correctness comes from the per-document markers, so it is saved after the
 * documents and may lag behind them. Saves never move it backwards (another runner of the same
 * projection may be ahead); `reset` does, on purpose.
 */
export class ProjectionCheckpoints {
  private readonly known = new Map<string, Known>();

  constructor(private readonly store: ReadModelStore) {}

  async load(names: readonly string[]): Promise<Map<string, ProjectionCheckpoint | null>> {
    const entries = await this.store.getEntries<ProjectionCheckpoint>(CHECKPOINTS_COLLECTION, names);
    for (const name of names) this.remember(name, entries.find((e) => e.id === name) ?? null);
    return new Map(names.map((name) => [name, this.known.get(name)!.checkpoint]));
  }

  /** Moves each named checkpoint forward to `position` (never backwards). */
  async advance(updates: ReadonlyArray<{ name: string } & ProjectionCheckpoint>): Promise<void> {
    await this.writeWithRetry(updates, (stored, update) =>
      stored !== null && stored.projectionVersion === update.projectionVersion && stored.position >= update.position,
    );
  }

  /** Sets the checkpoint whatever it was (rebuild, version change). */
  async reset(name: string, checkpoint: ProjectionCheckpoint): Promise<void> {
    await this.writeWithRetry([{ name, ...checkpoint }], () => false);
  }

  private async writeWithRetry(
    updates: ReadonlyArray<{ name: string } & ProjectionCheckpoint>,
    alreadyThere: (stored: ProjectionCheckpoint | null, update: ProjectionCheckpoint) => boolean,
  ): Promise<void> {
    let pending = [...updates];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      if (attempt > 1) await this.load(pending.map((u) => u.name));
      const ops: PutOperation<ProjectionCheckpoint>[] = [];
      for (const { name, position, projectionVersion } of pending) {
        const known = this.known.get(name) ?? { checkpoint: null, documentVersion: null };
        if (alreadyThere(known.checkpoint, { position, projectionVersion })) continue;
        ops.push({ id: name, expectedVersion: known.documentVersion, data: { position, projectionVersion }, applied: null });
      }
      const { conflicts } = await this.store.write(CHECKPOINTS_COLLECTION, ops);
      for (const op of ops) {
        if (!conflicts.includes(op.id)) {
          this.known.set(op.id, { checkpoint: op.data, documentVersion: (op.expectedVersion ?? 0) + 1 });
        }
      }
      if (conflicts.length === 0) return;
      pending = pending.filter((u) => conflicts.includes(u.name));
    }
    throw new ReadModelConflictRetriesExhaustedError(CHECKPOINTS_COLLECTION, pending.map((u) => u.name), MAX_ATTEMPTS);
  }

  private remember(name: string, entry: ReadModelEntry<ProjectionCheckpoint> | null): void {
    this.known.set(name, {
      checkpoint: entry && !isTombstone(entry) ? entry.data : null,
      documentVersion: entry?.version ?? null,
    });
  }
}
