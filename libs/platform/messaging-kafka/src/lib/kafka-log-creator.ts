import type { PublisherLogger } from '@casetrail/messaging';
import { logLevel, type logCreator } from 'kafkajs';

/** Sends kafkajs' own log lines to our logger: its message, namespace and error text only. */
export function kafkaLogCreator(logger: PublisherLogger): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const fields: Record<string, unknown> = { namespace };
      if (typeof log['error'] === 'string') fields['error'] = log['error'];
      if (typeof log['groupId'] === 'string') fields['groupId'] = log['groupId'];
      if (level === logLevel.ERROR || level === logLevel.NOTHING) logger.error(`kafka: ${log.message}`, fields);
      else if (level === logLevel.WARN) logger.warn(`kafka: ${log.message}`, fields);
      else logger.info(`kafka: ${log.message}`, fields);
    };
}
