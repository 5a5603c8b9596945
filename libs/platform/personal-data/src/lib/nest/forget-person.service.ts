import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  DomainRuleViolation,
  NO_STREAM,
  WrongExpectedRevisionError,
  type EventStore,
  type EventTypeRegistry,
} from '@casetrail/event-sourcing';
import { EVENT_STORE, EVENT_TYPE_REGISTRY, actorFor, inScope, type AuthenticatedUser } from '@casetrail/platform-nest';
import { PersonAlreadyForgottenError, UnknownPersonError } from '../key-store/person-key-store.errors';
import type { PersonKeyStore } from '../key-store/person-key-store.port';
import { PrivacyEventType, privacyPersonStreamId, type PersonForgottenData } from '../privacy/privacy.events';
import { PERSON_KEY_STORE } from './person-key-store.tokens';
import { PersonScopes } from './person-scopes';

export interface ForgetPersonOutcome {
  personId: string;
  forgottenAt: string;
}

/**
 * Forgets a person: records the decision (`privacy.PersonForgotten`, no personal data), then
 * destroys the person's key. The event comes first so the audit trail never misses a forget; if
 * the process stops in between, asking again completes the destroy (the stream already exists).
 *
 * Scoped like a record: an admin with provinces forgets only a person named in a record of one of
 * them; anyone else is, for them, a person who does not exist (404, the same answer as an unknown
 * id, so the answer does not tell whether the person is known elsewhere).
 */
@Injectable()
export class ForgetPersonService {
  constructor(
    @Inject(PERSON_KEY_STORE) private readonly keys: PersonKeyStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(EVENT_TYPE_REGISTRY) private readonly registry: EventTypeRegistry,
    private readonly scopes: PersonScopes,
  ) {}

  async forget(personId: string, reason: string, user: AuthenticatedUser, correlationId: string): Promise<ForgetPersonOutcome> {
    if (user.provinces !== 'all') {
      const provinces = await this.scopes.provincesOf(personId);
      if (!provinces.some((province) => inScope(user, province))) throw unknownPerson(personId);
    }
    if (await this.keys.isForgotten(personId)) throw alreadyForgotten(personId);
    const key = await this.keys.getKey(personId);
    if (!key) throw unknownPerson(personId);
    key.fill(0);

    const data: PersonForgottenData = { personId, reason: reason.trim() };
    const now = new Date().toISOString();
    try {
      await this.events.append(
        privacyPersonStreamId(personId),
        [
          {
            eventId: globalThis.crypto.randomUUID(),
            type: PrivacyEventType.PersonForgotten,
            schemaVersion: this.registry.currentVersion(PrivacyEventType.PersonForgotten),
            data,
            actor: actorFor(user),
            correlationId,
            causationId: null,
            occurredAt: now,
          },
        ],
        NO_STREAM,
      );
    } catch (error) {
      // Recorded by an earlier attempt that stopped before the destroy: finish it below.
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }

    try {
      const tombstone = await this.keys.destroyKey(personId, data.reason, user.userId);
      return { personId, forgottenAt: tombstone.forgottenAt };
    } catch (error) {
      if (error instanceof PersonAlreadyForgottenError) throw alreadyForgotten(personId);
      if (error instanceof UnknownPersonError) throw unknownPerson(personId);
      throw error;
    }
  }
}

function unknownPerson(personId: string): NotFoundException {
  return new NotFoundException(`No personal data was ever recorded for person ${personId}`);
}

function alreadyForgotten(personId: string): DomainRuleViolation {
  return new DomainRuleViolation('PERSON_ALREADY_FORGOTTEN', `Person ${personId} was already forgotten`, 'conflict');
}
