import { EventTypeRegistry, InvalidEventDataError } from '@casetrail/event-sourcing';
import { PoliceCaseEventType, enforcementEventTypes, registerEnforcementEvents, caseIdOfStream, policeCaseStreamId } from '@casetrail/enforcement-contracts';
import {
  sealedFor,
  closed,
  forwarded,
  opened,
  suspectArrested,
  suspectIdentified,
  suspectReleased,
  victimHandedOver,
  victimRescued,
} from './police-case.test-fixtures';

const registry = () => registerEnforcementEvents(new EventTypeRegistry());
const reopened = { type: PoliceCaseEventType.CaseReopened, data: { reopenedOn: '2020-05-01', justification: 'New facts' } };
const offenceAdded = { type: PoliceCaseEventType.OffenceAdded, data: { offence: 'pornography', addedOn: '2020-03-03' } };
const valid = [opened, offenceAdded, suspectIdentified, suspectArrested, suspectReleased, victimRescued, victimHandedOver, forwarded, closed, reopened];

function problem(type: string, data: unknown): string {
  try {
    registry().assertWritable(type, 1, data);
  } catch (error) {
    if (error instanceof InvalidEventDataError) return error.message;
    throw error;
  }
  return 'valid';
}

describe('enforcement event types', () => {
  it('registers every event type at schema version 1', () => {
    const r = registry();
    expect(r.types().sort()).toEqual(Object.values(PoliceCaseEventType).sort());
    for (const type of Object.values(PoliceCaseEventType)) expect(r.currentVersion(type)).toBe(1);
    expect(enforcementEventTypes).toHaveLength(10);
  });

  it('refuses to be registered twice in one registry', () => {
    expect(() => registerEnforcementEvents(registry())).toThrow(/registered twice/);
  });

  it.each(valid.map((e) => [e.type, e] as const))('accepts valid %s data', (type, event) => {
    expect(problem(type, event.data)).toBe('valid');
  });

  const base = opened.data as unknown as Record<string, unknown>;
  const suspect = suspectIdentified.data as unknown as Record<string, unknown>;
  const victim = victimRescued.data as unknown as Record<string, unknown>;
  it.each([
    ['an unknown offence', PoliceCaseEventType.PoliceCaseOpened, { ...base, offences: ['jaywalking'] }, /offences\[0\]/],
    ['no offence', PoliceCaseEventType.PoliceCaseOpened, { ...base, offences: [] }, /at least 1/],
    ['an unknown province', PoliceCaseEventType.PoliceCaseOpened, { ...base, province: 'atlantis' }, /province/],
    ['an extra field', PoliceCaseEventType.PoliceCaseOpened, { ...base, victimName: 'x' }, /victimName is not allowed/],
    ['a bad date', PoliceCaseEventType.PoliceCaseOpened, { ...base, openedOn: '2020-13-01' }, /openedOn/],
    ['a birth date in clear', PoliceCaseEventType.SuspectIdentified, { ...suspect, birthDate: '1990-01-15' }, /birthDate is not allowed/],
    ['a name in clear', PoliceCaseEventType.VictimRescued, { ...victim, personal: { fullName: 'Synthetic Victim One' } }, /personal\.fullName is not allowed/],
    ['neither an age nor a sealed birth date', PoliceCaseEventType.VictimRescued, { ...victim, ageAtRescue: undefined, personal: {} }, /sealed/],
    ['an age band that does not match the age', PoliceCaseEventType.VictimRescued, { ...victim, ageBand: '18_plus' }, /does not match/],
    ['no age band', PoliceCaseEventType.SuspectIdentified, { ...suspect, ageBandAtIdentification: undefined }, /ageBandAtIdentification/],
    ['personal data sealed for another person', PoliceCaseEventType.SuspectIdentified, { ...suspect, personal: sealedFor('S9') }, /another person/],
    ['a sealed envelope with a short IV', PoliceCaseEventType.SuspectIdentified, { ...suspect, personal: { ...sealedFor('S1'), iv: 'AAAA' } }, /iv/],
    ['no personal part', PoliceCaseEventType.VictimRescued, { ...victim, personal: undefined }, /personal must be an object/],
    ['unknown personal fields', PoliceCaseEventType.VictimRescued, { ...victim, personal: { phone: '1' } }, /personal\.phone/],
    ['an arrest not sent to court', PoliceCaseEventType.SuspectArrested, { ...(suspectArrested.data as object), detainedAndSentToCourt: false }, /true/],
    ['an arrest without an age band', PoliceCaseEventType.SuspectArrested, { ...(suspectArrested.data as object), ageBand: undefined }, /ageBand/],
    ['an unknown destination', PoliceCaseEventType.VictimHandedOver, { ...(victimHandedOver.data as object), destination: 'hotel' }, /destination/],
    ['a forwarding without suspects', PoliceCaseEventType.CaseForwardedToProsecutor, { ...(forwarded.data as object), suspectIds: [] }, /suspectIds/],
    ['an empty justification', PoliceCaseEventType.CaseReopened, { reopenedOn: '2020-05-01', justification: ' ' }, /justification/],
    ['data that is not an object', PoliceCaseEventType.CaseClosedWithoutForwarding, 'closed', /must be an object/],
  ])('refuses %s', (_what, type, data, message) => {
    expect(problem(type, data)).toMatch(message);
  });
});

describe('police case stream id', () => {
  it('prefixes the case id with the context, for the bus to route', () => {
    expect(policeCaseStreamId('PC-2020-001')).toBe('enforcement-case-PC-2020-001');
    expect(policeCaseStreamId('x').split('-')[0]).toBe('enforcement');
    expect(caseIdOfStream('enforcement-case-PC-2020-001')).toBe('PC-2020-001');
    expect(caseIdOfStream('court-file-1')).toBeNull();
  });
});
