import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { oidcAuthorityOf, type BoundedContext, type CasetrailConfig } from '@casetrail/platform-nest';
import { LocalUserStore } from '../store/local-user-store';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';
import { LOCAL_ACCOUNTS_OPTIONS, SESSION_LIFETIME_MINUTES, SESSION_SETTINGS, type LocalAccountsOptions, type SessionSettings } from './local-accounts.tokens';
import { SessionController } from './session.controller';
import { SessionService } from './session.service';

/**
 * Sign-in for the web app: local accounts (users in `<data dir>/users.json`, admin routes) in
 * the embedded default, or, in `oidc` mode, only the route that tells the web app where the
 * identity provider is. The configuration is read in the factories, when the process starts.
 */
@Module({})
export class LocalAccountsModule {
  static forRoot(options: LocalAccountsOptions): DynamicModule {
    return {
      module: LocalAccountsModule,
      controllers: [SessionController, AdminUsersController],
      providers: [
        { provide: LOCAL_ACCOUNTS_OPTIONS, useValue: options },
        {
          provide: SESSION_SETTINGS,
          inject: [ConfigService],
          useFactory: (config: ConfigService<CasetrailConfig, true>): SessionSettings => ({
            mode: config.get('CASETRAIL_AUTH_MODE', { infer: true }),
            dataDir: config.get('CASETRAIL_DATA_DIR', { infer: true }),
            keyFile: config.get('CASETRAIL_LOCAL_SIGNING_KEY_FILE', { infer: true }),
            issuer: config.get('CASETRAIL_JWT_ISSUER', { infer: true }),
            audience: config.get('CASETRAIL_JWT_AUDIENCE', { infer: true }),
            lifetimeMinutes: Math.min(SESSION_LIFETIME_MINUTES, config.get('CASETRAIL_TOKEN_MAX_LIFETIME_MINUTES', { infer: true })),
            oidc: {
              authority: oidcAuthorityOf({ CASETRAIL_OIDC_AUTHORITY: config.get('CASETRAIL_OIDC_AUTHORITY', { infer: true }), CASETRAIL_JWT_ISSUER: config.get('CASETRAIL_JWT_ISSUER', { infer: true }) }),
              clientId: config.get('CASETRAIL_OIDC_CLIENT_ID', { infer: true }),
              scope: 'openid profile',
            },
          }),
        },
        {
          provide: LocalUserStore,
          inject: [ConfigService],
          useFactory: (config: ConfigService<CasetrailConfig, true>) => LocalUserStore.inDataDir(config.get('CASETRAIL_DATA_DIR', { infer: true })),
        },
        SessionService,
        AdminUsersService,
      ],
    };
  }
}

/**
 * Sign-in as a hosted part of a process: no events of its own (users are configuration, not
 * case records), only its routes. The host says which units each role may report for.
 */
export function localAccountsContext(options: LocalAccountsOptions): BoundedContext {
  return { name: 'accounts', module: LocalAccountsModule.forRoot(options), owns: [] };
}
