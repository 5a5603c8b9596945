/**
 * Where a reader of the global log (a publisher, a projection) keeps how far it got. A reader
 * saves only after its effect is durable, so after a crash it repeats work, never skips it.
 */
export interface CheckpointStore {
  /** The last global position handled by `name` (0 when it never ran). */
  load(name: string): Promise<number>;
  save(name: string, position: number): Promise<void>;
}
