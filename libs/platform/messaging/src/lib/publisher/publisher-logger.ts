/**
 * The little the publisher says about itself. Fields carry positions, counts and error names,
 * never event data (which may identify people).
 */
export interface PublisherLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: PublisherLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
