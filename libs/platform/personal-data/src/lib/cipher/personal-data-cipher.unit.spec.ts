import { InMemoryPersonKeyStore } from '../key-store/in-memory-person-key-store';
import { PersonForgottenError } from '../key-store/person-key-store.errors';
import { PersonKeyMissingError, PersonalDataCipher, PersonalDataIntegrityError } from './personal-data-cipher';
import { isSealedPersonalData } from '@casetrail/kernel';

const CANARY = 'CANARY-Synthetic Person 9d2e';
const clear = { fullName: CANARY, birthDate: '2005-06-10' };

/** Flips one bit of a base64url field. */
function flip(field: string): string {
  const bytes = Buffer.from(field, 'base64url');
  bytes[0] ^= 1;
  return bytes.toString('base64url');
}

describe('PersonalDataCipher', () => {
  let keys: InMemoryPersonKeyStore;
  let cipher: PersonalDataCipher;
  beforeEach(() => {
    keys = new InMemoryPersonKeyStore();
    cipher = new PersonalDataCipher(keys);
  });

  it('seals to an opaque envelope that opens to the same data', async () => {
    const sealed = await cipher.seal('victim-1', clear);
    expect(isSealedPersonalData(sealed)).toBe(true);
    expect(sealed).toMatchObject({ v: 1, alg: 'A256GCM', personId: 'victim-1' });
    expect(Buffer.from(sealed.iv, 'base64url')).toHaveLength(12);
    expect(Buffer.from(sealed.tag, 'base64url')).toHaveLength(16);
    expect(JSON.stringify(sealed)).not.toContain('CANARY');
    expect(JSON.stringify(sealed)).not.toContain('2005-06-10');
    expect(await cipher.unseal(sealed)).toEqual(clear);
  });

  it('uses a fresh IV for every seal, so equal data does not give equal ciphertext', async () => {
    const a = await cipher.seal('victim-1', clear);
    const b = await cipher.seal('victim-1', clear);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it.each(['ct', 'tag', 'iv'] as const)('refuses data whose %s was altered', async (field) => {
    const sealed = await cipher.seal('victim-1', clear);
    await expect(cipher.unseal({ ...sealed, [field]: flip(sealed[field]) })).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it('refuses data moved to another person (the person id is authenticated)', async () => {
    const sealed = await cipher.seal('victim-1', clear);
    await cipher.seal('victim-2', { fullName: 'Other (synthetic)' });
    await expect(cipher.unseal({ ...sealed, personId: 'victim-2' })).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it('refuses a truncated tag', async () => {
    const sealed = await cipher.seal('victim-1', clear);
    await expect(cipher.unseal({ ...sealed, tag: sealed.tag.slice(0, 8) })).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it('answers { forgotten: true } once the key is destroyed, and seals nothing new for that person', async () => {
    const sealed = await cipher.seal('victim-1', clear);
    const other = await cipher.seal('victim-2', { fullName: 'Other (synthetic)' });
    await keys.destroyKey('victim-1', 'Erasure request (synthetic)', 'admin-1');
    expect(await cipher.unseal(sealed)).toEqual({ forgotten: true });
    expect(await cipher.unseal(other)).toEqual({ fullName: 'Other (synthetic)' });
    await expect(cipher.seal('victim-1', clear)).rejects.toBeInstanceOf(PersonForgottenError);
  });

  it('fails loudly on data sealed under a key this store never had', async () => {
    const elsewhere = await new PersonalDataCipher(new InMemoryPersonKeyStore()).seal('victim-9', clear);
    await expect(cipher.unseal(elsewhere)).rejects.toBeInstanceOf(PersonKeyMissingError);
  });
});
