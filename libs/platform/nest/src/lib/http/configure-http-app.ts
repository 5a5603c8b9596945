import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { Problem } from '../errors/problem';
import { strictValidationPipe } from '../validation/strict-validation.pipe';
import { finishOpenApiDocument } from './finish-openapi-document';
import { fieldNamesOf } from './body-vocabulary';
import { jsonBodyParser } from './json-body-parser';
import { RequestEdgeInterceptor } from './request-edge.interceptor';

export interface HttpAppOptions {
  title: string;
  description: string;
}

/**
 * The edges every casetrail HTTP app shares: structured logs, security headers, no caching, a
 * body limit, the request checks of the edge interceptor, strict validation, one error shape,
 * OpenAPI at /docs. Create the app with `bodyParser: false`.
 */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions): void {
  const config = app.get(ConfigService);
  // The document first: the edge prints back only the field names it declares.
  const document = openApiDocument(app, options);
  const fieldNames = fieldNamesOf(document);

  app.useLogger(app.get(Logger));
  app.use(
    helmet({
      // The Swagger UI needs inline scripts/styles; the API itself serves JSON only.
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  // Every answer (case data, lists, tables, errors) is for its caller only, now: one place says so.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(...jsonBodyParser(config.get<string>('CASETRAIL_BODY_LIMIT') ?? '256kb'));
  app.useGlobalInterceptors(new RequestEdgeInterceptor(app.get(Reflector), (key) => fieldNames.has(key)));
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
}

/** The OpenAPI document of an app as `/docs/openapi.json` serves it (the web client is generated from it). */
export function openApiDocument(app: INestApplication, options: HttpAppOptions) {
  return finishOpenApiDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(options.title)
        .setDescription(options.description)
        .setVersion('0.1.0')
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
        .addSecurityRequirements('bearer')
        .build(),
      { extraModels: [Problem] },
    ),
  );
}
