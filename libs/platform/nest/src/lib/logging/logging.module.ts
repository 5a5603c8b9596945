import { Module, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
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
export class CasetrailLoggingModule {}
