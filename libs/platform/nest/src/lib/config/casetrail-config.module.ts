import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { validateCasetrailConfig, type CasetrailConfig } from './casetrail-config.schema';

/** Typed access to the validated configuration. */
export type CasetrailConfigService = ConfigService<CasetrailConfig, true>;

/**
 * The validated configuration. `forRoot` reads the environment when it is called (not when this
 * file is imported), so a process or a test sets the environment first, then builds its module.
 */
@Module({})
export class CasetrailConfigModule {
  static forRoot(): DynamicModule {
    return {
      module: CasetrailConfigModule,
      global: true,
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, cache: true, validate: validateCasetrailConfig })],
    };
  }
}
