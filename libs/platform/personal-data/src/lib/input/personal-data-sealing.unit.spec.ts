import { isSealedPersonalData } from '@casetrail/kernel';
import { PersonalDataCipher } from '../cipher/personal-data-cipher';
import { InMemoryPersonKeyStore } from '../key-store/in-memory-person-key-store';
import { sealPersonalInput } from './personal-data-sealing';

describe('sealPersonalInput', () => {
  let keys: InMemoryPersonKeyStore;
  let cipher: PersonalDataCipher;
  beforeEach(() => {
    keys = new InMemoryPersonKeyStore();
    cipher = new PersonalDataCipher(keys);
  });

  it("seals the trimmed name and the birth date under the person's own key", async () => {
    const sealed = await sealPersonalInput('person-1', { fullName: '  Synthetic Person  ' }, '2001-02-03', cipher);
    expect(isSealedPersonalData(sealed)).toBe(true);
    expect(sealed).toMatchObject({ personId: 'person-1' });
    expect(JSON.stringify(sealed)).not.toContain('Synthetic');
    expect(await cipher.unseal(sealed!)).toEqual({ fullName: 'Synthetic Person', birthDate: '2001-02-03' });
  });

  it('seals what is given: a name alone, or a birth date alone', async () => {
    expect(await cipher.unseal((await sealPersonalInput('p-name', { fullName: 'Synthetic' }, undefined, cipher))!)).toEqual({ fullName: 'Synthetic' });
    expect(await cipher.unseal((await sealPersonalInput('p-date', {}, '2001-02-03', cipher))!)).toEqual({ birthDate: '2001-02-03' });
  });

  it('seals nothing and creates no key when nothing identifying is given', async () => {
    for (const input of [undefined, {}, { fullName: '' }, { fullName: '   ' }]) {
      expect(await sealPersonalInput('person-0', input, undefined, cipher)).toBeUndefined();
    }
    expect(await keys.getKey('person-0')).toBeNull();
  });
});
