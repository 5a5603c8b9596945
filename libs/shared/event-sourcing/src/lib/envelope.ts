/**
 * The event envelope (architecture principle 6). Every stored event carries its context, so the
 * event log is also the audit trail.
 */
export interface Actor {
  /** Stable id of the authenticated user (the JWT `sub`). */
  userId: string;
  /** Role under which the user acted (e.g. `police`). */
  role: string;
  /** Reporting unit of the user (e.g. the provincial police commissariat), when known. */
  unit?: string;
  /** Province the user acted for, when the user is scoped to one. */
  province?: string;
}

/** An event as a domain produces it: a permanent type string and its data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** The context every event is appended with. */
export interface EventContext {
  actor: Actor;
  /** The request or process that led to this event; constant along a chain of reactions. */
  correlationId: string;
  /** The id of the event or command that directly caused this event; null for a user's command. */
  causationId: string | null;
  /** Domain time: when the fact happened in the world (ISO-8601). */
  occurredAt: string;
}

/** An event ready to be appended: everything but what the store assigns. */
export interface NewEvent<Type extends string = string, Data = unknown> extends EventContext {
  eventId: string;
  type: Type;
  schemaVersion: number;
  data: Data;
}

/** An event as read back from a store. */
export interface RecordedEvent<Type extends string = string, Data = unknown>
  extends NewEvent<Type, Data> {
  streamId: string;
  /** 0-based position of the event within its stream, contiguous. */
  streamRevision: number;
  /** Position in the store's global log: unique and strictly increasing, not necessarily contiguous. */
  globalPosition: number;
  /** When the store accepted the event (ISO-8601); as-of reads compare against it. */
  recordedAt: string;
}
