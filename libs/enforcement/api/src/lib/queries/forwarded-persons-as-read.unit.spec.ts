import type { RecordedEvent } from '@casetrail/event-sourcing';
import { PoliceCaseEventType as E } from '@casetrail/enforcement-contracts';
import { withForwardedPersonsAsRead } from './forwarded-persons-as-read';

const sealed = (personId: string) => ({ v: 1, alg: 'A256GCM', personId, iv: 'AAAAAAAAAAAAAAAA', ct: 'c2VhbGVk', tag: 'AAAAAAAAAAAAAAAAAAAAAA' });
const event = (type: string, data: unknown): RecordedEvent =>
  ({ type, data, schemaVersion: 1, streamId: 'enforcement-case-C1', streamRevision: 0 }) as unknown as RecordedEvent;
const forwarding = event(E.CaseForwardedToProsecutor, {
  forwardedOn: '2020-03-10',
  suspectIds: ['S1'],
  victimIds: ['V1', 'V2'],
  persons: {
    suspects: [{ suspectId: 'S1', personal: sealed('S1') }],
    victims: [
      { victimId: 'V1', personal: sealed('V1') },
      { victimId: 'V2', personal: {} },
    ],
  },
});
const personsOf = (events: RecordedEvent[]) => (events[events.length - 1].data as { persons: unknown }).persons;

describe('withForwardedPersonsAsRead', () => {
  it('shows each forwarded person\'s part as the same read shows that person\'s own event', () => {
    const read = withForwardedPersonsAsRead([
      event(E.SuspectIdentified, { suspectId: 'S1', personal: { fullName: 'Synthetic Suspect One' } }),
      event(E.VictimRescued, { victimId: 'V1', personal: { restricted: true } }),
      event(E.VictimRescued, { victimId: 'V2', personal: {} }),
      forwarding,
    ]);
    expect(personsOf(read)).toEqual({
      suspects: [{ suspectId: 'S1', personal: { fullName: 'Synthetic Suspect One' } }],
      victims: [
        { victimId: 'V1', personal: { restricted: true } },
        { victimId: 'V2', personal: {} },
      ],
    });
  });

  it('never shows an envelope: a person without an event in the read is withheld', () => {
    expect(JSON.stringify(personsOf(withForwardedPersonsAsRead([forwarding])))).not.toContain('A256GCM');
  });

  it('leaves other events, and a forwarding upcast from version 1 (persons null), as they are', () => {
    const v1 = event(E.CaseForwardedToProsecutor, { forwardedOn: '2020-03-10', suspectIds: ['S1'], victimIds: [], persons: null });
    const other = event(E.OffenceAdded, { offence: 'procuring', addedOn: '2020-03-03' });
    const read = withForwardedPersonsAsRead([other, v1]);
    expect(read[0]).toBe(other);
    expect(read[1]).toBe(v1);
  });
});
