import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CasetrailConfig } from '../config/casetrail-config.schema';
import { AccessPolicyGuard } from './access-policy.guard';
import type { ReportingUnit } from './reporting-unit';
import { TOKEN_VERIFIER_OPTIONS, TokenVerifier, type TokenVerifierOptions } from './token-verifier';

/**
 * The token verifier and the access-policy guard. The platform module binds the guard globally,
 * in order with the rate limits (one before it, one after it).
 */
@Module({})
export class CasetrailAuthModule {
  /** `units`: every reporting unit the hosted contexts declare. */
  static forRoot(options: { units: readonly ReportingUnit[] }): DynamicModule {
    return {
      module: CasetrailAuthModule,
      global: true,
      providers: [
        {
          provide: TOKEN_VERIFIER_OPTIONS,
          inject: [ConfigService],
          useFactory: (config: ConfigService<CasetrailConfig, true>): TokenVerifierOptions => ({
            mode: config.get('CASETRAIL_AUTH_MODE', { infer: true }),
            issuer: config.get('CASETRAIL_JWT_ISSUER', { infer: true }),
            audience: config.get('CASETRAIL_JWT_AUDIENCE', { infer: true }),
            jwksUrl: config.get('CASETRAIL_JWKS_URL', { infer: true }),
            dataDir: config.get('CASETRAIL_DATA_DIR', { infer: true }),
            keyFile: config.get('CASETRAIL_LOCAL_SIGNING_KEY_FILE', { infer: true }),
            maxTokenAgeSeconds: config.get('CASETRAIL_TOKEN_MAX_LIFETIME_MINUTES', { infer: true }) * 60,
            units: options.units,
          }),
        },
        TokenVerifier,
        AccessPolicyGuard,
      ],
      exports: [TokenVerifier, AccessPolicyGuard],
    };
  }
}
