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

/** A police forwarding nests the persons one level deeper (`persons.suspects[]`, `persons.victims[]`). */
const policeForwarding = event({
  forwardedOn: '2020-03-10',
  suspectIds: ['S1'],
  victimIds: ['V1', 'V2'],
  persons: {
    suspects: [{ suspectId: 'S1', personal: sealedFor('S1') }],
    victims: [
      { victimId: 'V1', personal: sealedFor('V1') },
      { victimId: 'V2', personal: {} },
    ],
  },
});

describe('personal data of persons nested deeper', () => {
  it('finds, opens and withholds them like any other part', async () => {
    expect(sealedPartsOf(policeForwarding).map((p) => p.personId)).toEqual(['S1', 'V1']);
    const [opened] = await openPersonalData([policeForwarding], cipher);
    expect((opened.data as { persons: unknown }).persons).toEqual({
      suspects: [{ suspectId: 'S1', personal: { fullName: 'name of S1' } }],
      victims: [
        { victimId: 'V1', personal: { fullName: 'name of V1' } },
        { victimId: 'V2', personal: {} },
      ],
    });
    const [withheld] = withholdPersonalData([policeForwarding]);
    expect(JSON.stringify(withheld.data)).not.toContain('A256GCM');
    expect((withheld.data as { persons: { suspects: { personal: unknown }[] } }).persons.suspects[0].personal).toEqual({ restricted: true });
  });

  it('leaves an event without sealed parts as it is (a forwarding upcast from version 1 names no persons)', async () => {
    const v1 = event({ forwardedOn: '2020-03-10', suspectIds: ['S1'], victimIds: [], persons: null });
    expect((await openPersonalData([v1], cipher))[0]).toBe(v1);
    expect(withholdPersonalData([v1])[0]).toBe(v1);
  });
});
