import { PersonAlreadyForgottenError, PersonForgottenError, UnknownPersonError } from './person-key-store.errors';
import { PERSON_KEY_BYTES, type PersonKeyStore } from './person-key-store.port';

export interface PersonKeyStoreFactory {
  /** A fresh, empty store (its clock fixed at `now`). */
  create(now: () => Date): Promise<PersonKeyStore>;
  /** The same store after a restart, when the adapter keeps keys across restarts. */
  reopen?(store: PersonKeyStore, now: () => Date): Promise<PersonKeyStore>;
}

/** The ONE contract every person key store adapter passes. */
export function describePersonKeyStoreContract(name: string, factory: PersonKeyStoreFactory): void {
  describe(`PersonKeyStore contract: ${name}`, () => {
    const now = () => new Date('2021-02-03T04:05:06.000Z');
    let store: PersonKeyStore;
    beforeEach(async () => {
      store = await factory.create(now);
    });
    afterEach(async () => {
      await store.close();
    });

    it('creates one random 256-bit key per person and hands the same one out again', async () => {
      const a = await store.getOrCreateKey('person-a');
      const b = await store.getOrCreateKey('person-b');
      expect(a).toHaveLength(PERSON_KEY_BYTES);
      expect(a.equals(b)).toBe(false);
      expect((await store.getOrCreateKey('person-a')).equals(a)).toBe(true);
      expect((await store.getKey('person-a'))!.equals(a)).toBe(true);
    });

    it('knows no key for a person never seen, and does not call them forgotten', async () => {
      expect(await store.getKey('nobody')).toBeNull();
      expect(await store.isForgotten('nobody')).toBe(false);
    });

    it('refuses a malformed person id', async () => {
      await expect(store.getOrCreateKey('has space')).rejects.toThrow(/person id/);
    });

    it('destroys a key: no key any more, a tombstone with the time and a hash of the reason', async () => {
      await store.getOrCreateKey('person-a');
      await store.getOrCreateKey('person-b');
      const tombstone = await store.destroyKey('person-a', 'Erasure request #42 (synthetic)', 'admin-1');
      expect(tombstone).toEqual({
        personId: 'person-a',
        forgottenAt: '2021-02-03T04:05:06.000Z',
        reasonSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        forgottenBy: 'admin-1',
      });
      expect(await store.getKey('person-a')).toBeNull();
      expect(await store.isForgotten('person-a')).toBe(true);
      expect(await store.getKey('person-b')).not.toBeNull();
      expect(await store.isForgotten('person-b')).toBe(false);
    });

    it('never creates a key again for a forgotten person', async () => {
      await store.getOrCreateKey('person-a');
      await store.destroyKey('person-a', 'Erasure request (synthetic)', 'admin-1');
      await expect(store.getOrCreateKey('person-a')).rejects.toBeInstanceOf(PersonForgottenError);
      expect(await store.getKey('person-a')).toBeNull();
    });

    it('tells an unknown person from one already forgotten', async () => {
      await expect(store.destroyKey('nobody', 'Erasure request (synthetic)', 'admin-1')).rejects.toBeInstanceOf(UnknownPersonError);
      await store.getOrCreateKey('person-a');
      await store.destroyKey('person-a', 'Erasure request (synthetic)', 'admin-1');
      await expect(store.destroyKey('person-a', 'Erasure request (synthetic)', 'admin-1')).rejects.toBeInstanceOf(PersonAlreadyForgottenError);
    });

    it('hands out copies: wiping a returned key does not change the stored one', async () => {
      const key = await store.getOrCreateKey('person-a');
      const copy = Buffer.from(key);
      key.fill(0);
      expect((await store.getKey('person-a'))!.equals(copy)).toBe(true);
    });

    if (factory.reopen) {
      const reopen = factory.reopen;
      it('keeps keys and tombstones across a restart', async () => {
        const key = await store.getOrCreateKey('person-a');
        await store.getOrCreateKey('person-b');
        await store.destroyKey('person-b', 'Erasure request (synthetic)', 'admin-1');
        store = await reopen(store, now);
        expect((await store.getKey('person-a'))!.equals(key)).toBe(true);
        expect(await store.isForgotten('person-b')).toBe(true);
        expect(await store.getKey('person-b')).toBeNull();
      });
    }
  });
}
