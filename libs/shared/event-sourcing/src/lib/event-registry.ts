import {
  InvalidEventDataError,
  UnknownEventTypeError,
  UnsupportedSchemaVersionError,
} from './errors';
import type { RecordedEvent } from './envelope';

/** Turns the data of version `fromVersion` into the data of version `fromVersion + 1`. */
export interface Upcaster {
  fromVersion: number;
  upcast(data: unknown): unknown;
}

export interface EventTypeDefinition {
  /** The permanent type string. */
  type: string;
  /** The version this build writes. Versions 1..current are readable. */
  currentVersion: number;
  /** One upcaster per older version (1 .. current-1). */
  upcasters?: Upcaster[];
  /**
   * Checks the data of the current version; return a message for invalid data. Runs on append
   * and after upcasting on read.
   */
  validate?(data: unknown): string | undefined;
}

/**
 * The registry of every event type the process may read or write, with schema versions and
 * upcasters. Reading an unknown type or version throws: a skipped event would silently corrupt
 * every state and statistic built on it.
 */
export class EventTypeRegistry {
  private readonly definitions = new Map<string, EventTypeDefinition>();

  register(...definitions: EventTypeDefinition[]): this {
    for (const definition of definitions) {
      if (this.definitions.has(definition.type)) {
        throw new Error(`Event type "${definition.type}" is registered twice`);
      }
      if (!Number.isInteger(definition.currentVersion) || definition.currentVersion < 1) {
        throw new Error(`Event type "${definition.type}" has an invalid current version`);
      }
      for (let v = 1; v < definition.currentVersion; v++) {
        if (!definition.upcasters?.some((u) => u.fromVersion === v)) {
          throw new Error(`Event type "${definition.type}" lacks an upcaster from version ${v}`);
        }
      }
      this.definitions.set(definition.type, definition);
    }
    return this;
  }

  has(type: string): boolean {
    return this.definitions.has(type);
  }

  types(): string[] {
    return [...this.definitions.keys()];
  }

  /** The schema version new events of this type are written with. */
  currentVersion(type: string): number {
    return this.definition(type, 'append').currentVersion;
  }

  /** Checks an event about to be written. */
  assertWritable(type: string, schemaVersion: number, data: unknown): void {
    const definition = this.definition(type, 'append');
    if (schemaVersion !== definition.currentVersion) {
      throw new UnsupportedSchemaVersionError(
        type,
        schemaVersion,
        definition.currentVersion,
        'append must use the current version',
      );
    }
    const problem = definition.validate?.(data);
    if (problem) throw new InvalidEventDataError(`Event "${type}": ${problem}`);
  }

  /** Brings a stored event to the current schema version, or throws. */
  upcast<E extends RecordedEvent>(event: E): E {
    const where = `stream ${event.streamId} revision ${event.streamRevision}`;
    const definition = this.definition(event.type, where);
    const version = event.schemaVersion;
    if (!Number.isInteger(version) || version < 1 || version > definition.currentVersion) {
      throw new UnsupportedSchemaVersionError(
        event.type,
        version,
        definition.currentVersion,
        where,
      );
    }
    let data = event.data;
    for (let v = version; v < definition.currentVersion; v++) {
      const upcaster = definition.upcasters?.find((u) => u.fromVersion === v);
      if (!upcaster) throw new UnsupportedSchemaVersionError(event.type, v, definition.currentVersion, where);
      data = upcaster.upcast(data);
    }
    const problem = definition.validate?.(data);
    if (problem) throw new InvalidEventDataError(`Event "${event.type}" (${where}): ${problem}`);
    return version === definition.currentVersion
      ? event
      : { ...event, data, schemaVersion: definition.currentVersion };
  }

  private definition(type: string, where: string): EventTypeDefinition {
    const definition = this.definitions.get(type);
    if (!definition) throw new UnknownEventTypeError(type, where);
    return definition;
  }
}
