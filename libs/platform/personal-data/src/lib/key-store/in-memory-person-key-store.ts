import { randomBytes } from 'node:crypto';
import { PersonAlreadyForgottenError, PersonForgottenError, UnknownPersonError } from './person-key-store.errors';
import { PERSON_KEY_BYTES, type PersonKeyStore, type PersonTombstone } from './person-key-store.port';
import { assertPersonId, sha256Hex } from './person-key-store.support';

/** Keys in memory (tests and `CASETRAIL_EVENT_STORE=memory`): lost with the process, like the events. */
export class InMemoryPersonKeyStore implements PersonKeyStore {
  private readonly keys = new Map<string, Buffer>();
  private readonly tombstones = new Map<string, PersonTombstone>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  async getOrCreateKey(personId: string): Promise<Buffer> {
    assertPersonId(personId);
    if (this.tombstones.has(personId)) throw new PersonForgottenError(personId);
    let key = this.keys.get(personId);
    if (!key) {
      key = randomBytes(PERSON_KEY_BYTES);
      this.keys.set(personId, key);
    }
    return Buffer.from(key);
  }

  async getKey(personId: string): Promise<Buffer | null> {
    const key = this.keys.get(personId);
    return key ? Buffer.from(key) : null;
  }

  async destroyKey(personId: string, reason: string, actor: string): Promise<PersonTombstone> {
    const tombstone = this.tombstones.get(personId);
    if (tombstone) throw new PersonAlreadyForgottenError(personId, tombstone.forgottenAt);
    const key = this.keys.get(personId);
    if (!key) throw new UnknownPersonError(personId);
    key.fill(0);
    this.keys.delete(personId);
    const created: PersonTombstone = {
      personId,
      forgottenAt: this.clock().toISOString(),
      reasonSha256: sha256Hex(reason),
      forgottenBy: actor,
    };
    this.tombstones.set(personId, created);
    return { ...created };
  }

  async isForgotten(personId: string): Promise<boolean> {
    return this.tombstones.has(personId);
  }

  async close(): Promise<void> {
    for (const key of this.keys.values()) key.fill(0);
    this.keys.clear();
  }
}
