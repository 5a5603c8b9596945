/**
 * The port to the keys that protect each person's identifying data (one key per person).
 * Destroying a person's key makes every sealed copy of their data unreadable, wherever it was
 * stored (event store, bus, backups): crypto-shredding.
 */
export interface PersonKeyStore {
  /** The person's key, created on first use. Throws `PersonForgottenError` for a forgotten person. */
  getOrCreateKey(personId: string): Promise<Buffer>;
  /** The person's key, or null when the person was forgotten or never had a key. */
  getKey(personId: string): Promise<Buffer | null>;
  /**
   * Destroys the key for good and leaves a tombstone (when and why, as a hash of the reason).
   * Throws `UnknownPersonError` when no key was ever created, `PersonAlreadyForgottenError`
   * when it was already destroyed.
   */
  destroyKey(personId: string, reason: string, actor: string): Promise<PersonTombstone>;
  /** True once the person's key was destroyed ("forgotten" is not "never existed"). */
  isForgotten(personId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** What remains of a forgotten person in the key store: no key, no data, only the fact. */
export interface PersonTombstone {
  personId: string;
  forgottenAt: string;
  /** SHA-256 (hex) of the reason given: the reason itself is in the audit event, not here. */
  reasonSha256: string;
  forgottenBy: string;
}

/** AES-256 keys: 32 random bytes. */
export const PERSON_KEY_BYTES = 32;
