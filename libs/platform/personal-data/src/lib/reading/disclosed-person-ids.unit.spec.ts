import type { RecordedEvent } from '@casetrail/event-sourcing';
import { disclosedPersonIds } from './personal-data-reading';

const sealedFor = (personId: string) => ({ v: 1, alg: 'A256GCM', personId, iv: 'aXY', ct: 'Y3Q', tag: 'dGFn' });
const event = (personal: unknown): RecordedEvent =>
  ({ type: 'enforcement.SuspectIdentified', data: personal === undefined ? {} : { personal } }) as unknown as RecordedEvent;

describe('disclosedPersonIds', () => {
  it('names the people whose sealed data opened in clear, once each, in first-seen order', () => {
    const stored = [event(undefined), event(sealedFor('p-2')), event({}), event(sealedFor('p-1')), event(sealedFor('p-2')), event(sealedFor('p-3'))];
    const opened = [event(undefined), event({ fullName: 'x' }), event({}), event({ birthDate: 'y' }), event({ fullName: 'x' }), event({ forgotten: true })];
    expect(disclosedPersonIds(stored, opened)).toEqual(['p-2', 'p-1']);
  });

  it('names no one when nothing was sealed or everything was forgotten', () => {
    expect(disclosedPersonIds([event({})], [event({})])).toEqual([]);
    expect(disclosedPersonIds([event(sealedFor('p-1'))], [event({ forgotten: true })])).toEqual([]);
  });

  it('names the people of each list item too (a forwarding received by the court), each once', () => {
    const forwarding = (accused: unknown[], victims: unknown[]) => ({ type: 'court.CourtFileReceived', data: { accused, victims, offences: ['procuring'] } }) as unknown as RecordedEvent;
    const stored = [forwarding([{ personal: sealedFor('a-1') }, { personal: {} }], [{ personal: sealedFor('v-1') }]), event(sealedFor('a-1'))];
    const opened = [forwarding([{ personal: { fullName: 'x' } }, { personal: {} }], [{ personal: { forgotten: true } }]), event({ fullName: 'x' })];
    expect(disclosedPersonIds(stored, opened)).toEqual(['a-1']);
  });
});
