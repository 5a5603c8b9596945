import { Module, RequestMethod, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { makeRequestChildrenLazy } from './lazy-request-logger';
import { REDACTED_LOG_PATHS } from './redaction';

/** Structured JSON logs (pino), one line per request, personal data redacted. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.get<string>('CASETRAIL_LOG_LEVEL') ?? 'info',
          redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
          genReqId: (req: IncomingMessage) => {
            const header = req.headers['x-correlation-id'];
            return typeof header === 'string' && /^[\w-]{1,100}$/.test(header) ? header : globalThis.crypto.randomUUID();
          },
          // Log the route, not the query string (search terms could be names).
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              path: req.url.split('?')[0],
            }),
          },
          autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
        },
      }),
    }),
  ],
})
export class CasetrailLoggingModule implements OnModuleInit {
  /**
   * After the middleware is configured (Nest configures middleware before it calls init hooks),
   * the request logger's root is known: requests get their child logger only when used while
   * `info` is off (see `makeRequestChildrenLazy`). An application context without HTTP has no
   * request logger (no middleware is configured), and nothing to change.
   */
  onModuleInit(): void {
    // The static is typed as always set; it is not before any HTTP app is configured.
    const root = PinoLogger.root as PinoLogger['logger'] | undefined;
    if (root) makeRequestChildrenLazy(root);
  }
}
