import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { CasetrailConfig } from '@casetrail/platform-nest';
import { PersonalDataCipher } from '../cipher/personal-data-cipher';
import type { PersonKeyStore } from '../key-store/person-key-store.port';
import { createPersonKeyStore } from './create-person-key-store';
import { ForgetPersonController } from './forget-person.controller';
import { ForgetPersonService } from './forget-person.service';
import { PERSON_KEY_STORE } from './person-key-store.tokens';
import { PersonScopes } from './person-scopes';

class PersonKeyStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(PERSON_KEY_STORE) private readonly keys: PersonKeyStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.keys.close();
  }
}

/**
 * Personal data protection for the contexts that hold identifying data: the person key store
 * (`PERSON_KEY_STORE`), the cipher, the admin route that forgets a person, and `PersonScopes`,
 * where each context that seals data registers how to find a person's provinces. A context imports
 * it; Nest makes it one instance per process however many contexts do.
 */
@Module({
  controllers: [ForgetPersonController],
  providers: [
    {
      provide: PERSON_KEY_STORE,
      inject: [ConfigService],
      useFactory: (config: ConfigService<CasetrailConfig, true>) =>
        createPersonKeyStore({
          CASETRAIL_EVENT_STORE: config.get('CASETRAIL_EVENT_STORE', { infer: true }),
          CASETRAIL_DATA_DIR: config.get('CASETRAIL_DATA_DIR', { infer: true }),
          CASETRAIL_PERSON_KEYS_FILE: config.get('CASETRAIL_PERSON_KEYS_FILE', { infer: true }),
        }),
    },
    { provide: PersonalDataCipher, inject: [PERSON_KEY_STORE], useFactory: (keys: PersonKeyStore) => new PersonalDataCipher(keys) },
    ForgetPersonService,
    PersonScopes,
    PersonKeyStoreCloser,
  ],
  exports: [PERSON_KEY_STORE, PersonalDataCipher, PersonScopes],
})
export class PersonalDataModule {}
