import { Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { validateCasetrailConfig, type CasetrailConfig } from './casetrail-config.schema';

/** Typed access to the validated configuration. */
export type CasetrailConfigService = ConfigService<CasetrailConfig, true>;

@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      cache: true,
      validate: validateCasetrailConfig,
    }),
  ],
})
export class CasetrailConfigModule {}
