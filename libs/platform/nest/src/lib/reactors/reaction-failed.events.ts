import type { EventTypeDefinition } from '@casetrail/event-sourcing';

/** An event a reactor gave up on, kept in the log with why (the embedded dead letter). */
export const ReactionEventType = {
  ReactionFailed: 'reaction.ReactionFailed',
} as const;

export interface ReactionFailedData {
  reactor: string;
  /** The event the reactor could not handle. */
  eventId: string;
  eventType: string;
  streamId: string;
  globalPosition: number;
  attempts: number;
  /** The last error's class and message (errors never carry personal data). */
  reason: string;
}

/** One stream per reactor: its dead letters, in the order they happened. */
export function reactionFailedStreamId(reactor: string): string {
  return `reaction-failed-${reactor}`;
}

const FIELDS = ['reactor', 'eventId', 'eventType', 'streamId', 'globalPosition', 'attempts', 'reason'];

function validateReactionFailed(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'data must be an object';
  const d = data as Record<string, unknown>;
  const extra = Object.keys(d).find((k) => !FIELDS.includes(k));
  if (extra) return `data.${extra} is not allowed`;
  for (const key of ['reactor', 'eventId', 'eventType', 'streamId', 'reason']) {
    if (typeof d[key] !== 'string' || (d[key] as string).length === 0 || (d[key] as string).length > 2000) return `data.${key} must be a non-empty string`;
  }
  for (const key of ['globalPosition', 'attempts']) {
    if (!Number.isInteger(d[key]) || (d[key] as number) < 1) return `data.${key} must be a positive integer`;
  }
  return undefined;
}

export const reactionEventTypes: EventTypeDefinition[] = [
  { type: ReactionEventType.ReactionFailed, currentVersion: 1, validate: validateReactionFailed },
];
