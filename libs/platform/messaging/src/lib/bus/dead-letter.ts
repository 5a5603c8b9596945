import type { BusMessage } from './message-bus.port';

/** A message a consumer group gave up on after its retries, kept with why. */
export interface DeadLetter {
  message: BusMessage;
  subscriberId: string;
  /** Offset of the message in its topic. */
  offset: number;
  attempts: number;
  /** The last error's message (handlers must not put personal data in error messages). */
  reason: string;
}
