import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { InvalidConfigError, validateCasetrailConfig } from '../config/casetrail-config.schema';
import { configureHttpApp, type HttpAppOptions } from '../http/configure-http-app';

/**
 * Starts an HTTP process. The configuration is validated before anything else so that a bad
 * value stops the process with one clear message instead of a stack trace.
 */
export async function bootstrapHttpProcess(module: DynamicModule, options: HttpAppOptions): Promise<void> {
  let config;
  try {
    config = validateCasetrailConfig(process.env);
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      process.stderr.write(`${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await NestFactory.create(module, { bufferLogs: true, bodyParser: false });
  configureHttpApp(app, options);
  await app.listen(config.CASETRAIL_PORT, config.CASETRAIL_HOST);
  app.get(Logger).log(
    `${options.title} listening on http://${config.CASETRAIL_HOST}:${config.CASETRAIL_PORT} (docs at /docs, data in ${config.CASETRAIL_DATA_DIR}, event store ${config.CASETRAIL_EVENT_STORE})`,
  );
}
