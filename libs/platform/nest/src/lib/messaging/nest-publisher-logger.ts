import { Logger } from '@nestjs/common';
import type { PublisherLogger } from '@casetrail/messaging';

/** Messaging components log through Nest's logger (pino): counts and positions, never event data. */
export function nestPublisherLogger(context: string): PublisherLogger {
  const logger = new Logger(context);
  return {
    info: (message: string) => logger.log(message),
    warn: (message: string) => logger.warn(message),
    error: (message: string) => logger.error(message),
  };
}
