import type { RecordedEvent } from '@casetrail/event-sourcing';
import type { PersonalDataCipher } from '../cipher/personal-data-cipher';
import { openPersonalData, sealedPartsOf, withholdPersonalData } from './personal-data-reading';

const sealedFor = (personId: string) => ({ v: 1, alg: 'A256GCM', personId, iv: 'aXY', ct: 'Y3Q', tag: 'dGFn' });
const event = (data: object) => ({ type: 'court.PoliceCaseReceived', data }) as unknown as RecordedEvent;
const cipher = { unseal: async (part: { personId: string }) => ({ fullName: `name of ${part.personId}` }) } as unknown as PersonalDataCipher;

/** A forwarding names several persons in one event: each list item's `personal` is a sealed part too. */
const forwarded = event({
  fileId: 'f-1',
  accused: [{ personId: 'a-1', personal: sealedFor('a-1') }, { personId: 'a-2', personal: {} }],
  victims: [{ personId: 'v-1', personal: sealedFor('v-1') }],
  offences: ['procuring'],
});

describe('personal data in list items', () => {
  it('finds the sealed parts at the top and in list items', () => {
    expect(sealedPartsOf(forwarded).map((p) => p.personId)).toEqual(['a-1', 'v-1']);
    expect(sealedPartsOf(event({ personal: sealedFor('p-1'), offences: ['x'] })).map((p) => p.personId)).toEqual(['p-1']);
  });

  it('opens each of them, leaving everything else as it was', async () => {
    const [opened] = await openPersonalData([forwarded], cipher);
    expect(opened.data).toEqual({
      fileId: 'f-1',
      accused: [{ personId: 'a-1', personal: { fullName: 'name of a-1' } }, { personId: 'a-2', personal: {} }],
      victims: [{ personId: 'v-1', personal: { fullName: 'name of v-1' } }],
      offences: ['procuring'],
    });
  });

  it('withholds each of them', () => {
    const [withheld] = withholdPersonalData([forwarded]);
    expect(JSON.stringify(withheld.data)).not.toContain('A256GCM');
    expect((withheld.data as { accused: { personal: unknown }[] }).accused.map((a) => a.personal)).toEqual([{ restricted: true }, {}]);
  });
});
