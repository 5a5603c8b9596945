import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PersonKeyStore } from '../key-store/person-key-store.port';
import type { ForgottenPersonalData, SealedPersonalData } from '@casetrail/kernel';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Sealed data that does not open with its person's key: altered, or sealed for someone else. */
export class PersonalDataIntegrityError extends Error {
  readonly code = 'PERSONAL_DATA_INTEGRITY';
  constructor(readonly personId: string) {
    super(`Sealed personal data of person ${personId} does not authenticate (altered or not theirs)`);
    this.name = 'PersonalDataIntegrityError';
  }
}

/** Sealed data whose person has no key and no tombstone: it was not sealed by this key store. */
export class PersonKeyMissingError extends Error {
  readonly code = 'PERSON_KEY_MISSING';
  constructor(readonly personId: string) {
    super(`No key and no tombstone for person ${personId}: the data was sealed elsewhere`);
    this.name = 'PersonKeyMissingError';
  }
}

/**
 * Seals and opens a person's identifying data with the person's own key (AES-256-GCM, a random
 * 96-bit IV per seal, the person id as additional authenticated data so a sealed value cannot be
 * moved to another person). Keys are fetched per call, never cached: once destroyed, a key is
 * gone from this process too.
 */
export class PersonalDataCipher {
  constructor(private readonly keys: PersonKeyStore) {}

  async seal(personId: string, value: object): Promise<SealedPersonalData> {
    const key = await this.keys.getOrCreateKey(personId);
    try {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(personId, 'utf8'));
      const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return {
        v: 1,
        alg: 'A256GCM',
        personId,
        iv: iv.toString('base64url'),
        ct: ct.toString('base64url'),
        tag: cipher.getAuthTag().toString('base64url'),
      };
    } finally {
      key.fill(0);
    }
  }

  /** The clear data, or `{ forgotten: true }` when the person's key was destroyed. */
  async unseal(sealed: SealedPersonalData): Promise<Record<string, unknown> | ForgottenPersonalData> {
    const key = await this.keys.getKey(sealed.personId);
    if (!key) {
      if (await this.keys.isForgotten(sealed.personId)) return { forgotten: true };
      throw new PersonKeyMissingError(sealed.personId);
    }
    try {
      const tag = Buffer.from(sealed.tag, 'base64url');
      const iv = Buffer.from(sealed.iv, 'base64url');
      if (sealed.v !== 1 || sealed.alg !== 'A256GCM' || tag.length !== TAG_BYTES || iv.length !== IV_BYTES) {
        throw new PersonalDataIntegrityError(sealed.personId);
      }
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(sealed.personId, 'utf8'));
      decipher.setAuthTag(tag);
      const clear = Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64url')), decipher.final()]);
      return JSON.parse(clear.toString('utf8')) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof PersonalDataIntegrityError) throw error;
      // GCM's own message says nothing useful ("Unsupported state or unable to authenticate data").
      throw new PersonalDataIntegrityError(sealed.personId);
    } finally {
      key.fill(0);
    }
  }
}
