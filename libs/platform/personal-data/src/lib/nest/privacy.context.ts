import type { BoundedContext } from '@casetrail/platform-nest';
import { privacyEventTypes } from '../privacy/privacy.events';
import { PersonalDataModule } from './personal-data.module';

/**
 * Privacy: person keys, the cipher and forgetting a person (`privacy.PersonForgotten` on
 * `privacy-person-<id>`). Every process that holds identifying data hosts it.
 */
export const privacyContext: BoundedContext = {
  name: 'privacy',
  module: PersonalDataModule,
  owns: privacyEventTypes,
};
