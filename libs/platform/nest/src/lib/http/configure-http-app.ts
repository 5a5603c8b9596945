import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { Problem } from '../errors/problem';
import { strictValidationPipe } from '../validation/strict-validation.pipe';
import { finishOpenApiDocument } from './finish-openapi-document';
import { fieldNamesOf } from './body-vocabulary';
import { refuseCodedBodies } from './coded-bodies';
import { jsonBodyParser } from './json-body-parser';
import { RequestEdgeGuard } from './request-edge.guard';
import { securityHeaders, webAppHandlers } from './web-app';

export interface HttpAppOptions {
  title: string;
  description: string;
  /** Serve the built web app (`CASETRAIL_WEB_DIR`) at `/`: the embedded runtime does; a distributed service does not. */
  webApp?: boolean;
}

/**
 * The edges every casetrail HTTP app shares: structured logs, security headers, no caching, a
 * body limit, the request checks of the edge guard, strict validation, one error shape,
 * OpenAPI at /docs. Create the app with `bodyParser: false`.
 */
export function configureHttpApp(app: INestApplication, options: HttpAppOptions): void {
  const config = app.get(ConfigService);
  // The document first: the edge prints back only the field names it declares.
  const document = openApiDocument(app, options);
  const fieldNames = fieldNamesOf(document);

  app.useLogger(app.get(Logger));
  // A strict policy for the web app and the API; the Swagger UI under /docs needs inline scripts.
  app.use(securityHeaders(identityProviderOrigins(config)));
  // Every answer (case data, lists, tables, errors) is for its caller only, now: one place says so.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  if (options.webApp) app.use(...webAppHandlers(config.get<string>('CASETRAIL_WEB_DIR') ?? 'dist/web'));
  app.use(refuseCodedBodies, ...jsonBodyParser(config.get<string>('CASETRAIL_BODY_LIMIT') ?? '256kb'));
  // After the APP_GUARDs (registered when the app was created): the edge checks come last.
  app.useGlobalGuards(new RequestEdgeGuard(app.get(Reflector), (key) => fieldNames.has(key)));
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
}

/** In `oidc` mode the web app talks to the identity provider too (discovery, tokens). */
function identityProviderOrigins(config: ConfigService): string[] {
  if (config.get<string>('CASETRAIL_AUTH_MODE') !== 'oidc') return [];
  const authority = config.get<string>('CASETRAIL_OIDC_AUTHORITY') ?? config.get<string>('CASETRAIL_JWT_ISSUER');
  try {
    return authority ? [new URL(authority).origin] : [];
  } catch {
    return [];
  }
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
