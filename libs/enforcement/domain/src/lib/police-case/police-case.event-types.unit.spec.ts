import { EventTypeRegistry, InvalidEventDataError } from '@casetrail/event-sourcing';
import { PoliceCaseEventType, enforcementEventTypes, registerEnforcementEvents, caseIdOfStream, policeCaseStreamId } from '@casetrail/enforcement-contracts';
import {
  sealedFor,
  closed,
  forwarded,
  forwardedSuspectS1,
  forwardedV1Data,
  forwardedVictimV1,
  handedOverVictimV1,
  opened,
  suspectArrested,
  suspectIdentified,
  suspectReleased,
  victimHandedOver,
  victimHandedOverV1Data,
  victimReferred,
  victimRescued,
} from './police-case.test-fixtures';

const registry = () => registerEnforcementEvents(new EventTypeRegistry());
const reopened = { type: PoliceCaseEventType.CaseReopened, data: { reopenedOn: '2020-05-01', justification: 'New facts' } };
const offenceAdded = { type: PoliceCaseEventType.OffenceAdded, data: { offence: 'pornography', addedOn: '2020-03-03' } };
const valid = [opened, offenceAdded, suspectIdentified, suspectArrested, suspectReleased, victimRescued, victimHandedOver, victimReferred, forwarded, closed, reopened];

function problem(type: string, data: unknown): string {
  try {
    const r = registry();
    r.assertWritable(type, r.currentVersion(type), data);
  } catch (error) {
    if (error instanceof InvalidEventDataError) return error.message;
    throw error;
  }
  return 'valid';
}

describe('enforcement event types', () => {
  it('registers every event type at schema version 1, but the hand-over and the forwarding at version 2', () => {
    const r = registry();
    const atVersion2: string[] = [PoliceCaseEventType.VictimHandedOver, PoliceCaseEventType.CaseForwardedToProsecutor];
    expect(r.types().sort()).toEqual(Object.values(PoliceCaseEventType).sort());
    for (const type of Object.values(PoliceCaseEventType)) {
      expect(r.currentVersion(type)).toBe(atVersion2.includes(type) ? 2 : 1);
    }
    expect(enforcementEventTypes).toHaveLength(11);
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
    ['an empty justification', PoliceCaseEventType.CaseReopened, { reopenedOn: '2020-05-01', justification: ' ' }, /justification/],
    ['data that is not an object', PoliceCaseEventType.CaseClosedWithoutForwarding, 'closed', /must be an object/],
    ['a referred victim without the intake place', PoliceCaseEventType.VictimReferred, { ...(victimReferred.data as object), screenedAt: undefined }, /screenedAt/],
    ['a referred victim’s part sealed for another person', PoliceCaseEventType.VictimReferred, { ...(victimReferred.data as object), personal: sealedFor('R9') }, /another person/],
  ])('refuses %s', (_what, type, data, message) => {
    expect(problem(type, data)).toMatch(message);
  });
});

describe('enforcement.VictimHandedOver version 2', () => {
  const H = PoliceCaseEventType.VictimHandedOver;
  const v2 = victimHandedOver.data as unknown as Record<string, unknown>;
  const withVictim = (change: Record<string, unknown>) => ({ ...v2, victim: { ...handedOverVictimV1, ...change } });
  const recorded = (schemaVersion: number, data: unknown) => ({
    eventId: 'e1',
    type: H,
    schemaVersion,
    streamId: 'enforcement-case-PC-2020-001',
    streamRevision: 3,
    globalPosition: 9,
    occurredAt: '2020-03-07T10:00:00.000Z',
    recordedAt: '2020-03-07T11:00:00.000Z',
    actor: { userId: 'officer-1', role: 'police', unit: 'police-battambang', province: 'battambang' },
    correlationId: 'c1',
    causationId: null,
    data,
  });

  it('upcasts version 1 to version 2: the victim, province and unit were not carried (null)', () => {
    const withOrganisation = { ...victimHandedOverV1Data, destination: 'partner_organisation', organisation: 'Synthetic Shelter NGO' };
    const upcast = registry().upcast(recorded(1, withOrganisation));
    expect(upcast.schemaVersion).toBe(2);
    expect(upcast.data).toEqual({ ...withOrganisation, victim: null, province: null, unit: null });
  });

  it('reads version 2 as written, and refuses a version it does not know', () => {
    expect(registry().upcast(recorded(2, v2)).data).toBe(v2);
    expect(() => registry().upcast(recorded(3, v2))).toThrow(/version/);
  });

  it('refuses version 1 data written as version 2 (nothing null by omission)', () => {
    expect(problem(H, victimHandedOverV1Data)).toMatch(/victim/);
  });

  it('accepts an upcast hand-over, where all three are null', () => {
    expect(problem(H, { ...victimHandedOverV1Data, victim: null, province: null, unit: null })).toBe('valid');
  });

  it('accepts a victim whose birth date is sealed (no age in years)', () => {
    const { ageInYears: _age, ...sealedAge } = handedOverVictimV1;
    expect(problem(H, { ...v2, victim: sealedAge })).toBe('valid');
  });

  it.each([
    ['an unknown key', { ...v2, note: 'x' }, /data\.note is not allowed/],
    ['the victim\'s id repeated on the victim', withVictim({ victimId: 'V1' }), /victim\.victimId is not allowed/],
    ['a clear birth date inside personal', withVictim({ personal: { birthDate: '2006-01-15' } }), /personal\.birthDate is not allowed/],
    ['a clear name inside personal', withVictim({ personal: { fullName: 'Synthetic Victim One' } }), /personal\.fullName is not allowed/],
    ['personal data sealed for another person', withVictim({ personal: sealedFor('V9') }), /another person than data\.victimId/],
    ['an unknown sex', withVictim({ sex: 'X' }), /sex/],
    ['an unknown nationality', withVictim({ nationality: 'XXX' }), /nationality/],
    ['an unknown exploitation type', withVictim({ exploitationType: 'other-thing' }), /exploitationType/],
    ['an age over the maximum', withVictim({ ageInYears: 121, ageBand: '18_plus' }), /ageInYears must be an integer from 0 to 120/],
    ['an age band that does not match the age', withVictim({ ageBand: '18_plus' }), /does not match/],
    ['no age and nothing sealed', withVictim({ ageInYears: undefined, personal: {} }), /sealed/],
    ['a band dated other than the rescue', withVictim({ ageBandOn: '2020-03-04' }), /rescuedOn/],
    ['a hand-over before the rescue', { ...v2, handedOverOn: '2020-03-04' }, /before data\.victim\.rescuedOn/],
    ['an unknown province', { ...v2, province: 'atlantis' }, /province/],
    ['a victim without province and unit', { ...v2, province: null }, /all given or all null/],
    ['province and unit without the victim', { ...v2, victim: null }, /all given or all null/],
  ])('refuses %s', (_what, data, message) => {
    expect(problem(H, data)).toMatch(message);
  });
});

describe('enforcement.CaseForwardedToProsecutor version 2', () => {
  const F = PoliceCaseEventType.CaseForwardedToProsecutor;
  const v2 = forwarded.data as unknown as Record<string, unknown>;
  const persons = v2['persons'] as { suspects: Array<Record<string, unknown>>; victims: Array<Record<string, unknown>> };
  const withSuspect = (change: Record<string, unknown>) => ({ ...v2, persons: { ...persons, suspects: [{ ...forwardedSuspectS1, ...change }] } });
  const withVictim = (change: Record<string, unknown>) => ({ ...v2, persons: { ...persons, victims: [{ ...forwardedVictimV1, ...change }] } });
  const recorded = (schemaVersion: number, data: unknown) => ({
    eventId: 'e1',
    type: F,
    schemaVersion,
    streamId: 'enforcement-case-PC-2020-001',
    streamRevision: 3,
    globalPosition: 9,
    occurredAt: '2020-03-09T17:00:00.000Z',
    recordedAt: '2020-03-10T02:00:00.000Z',
    actor: { userId: 'officer-1', role: 'police', unit: 'police-battambang', province: 'battambang' },
    correlationId: 'c1',
    causationId: null,
    data,
  });

  it('upcasts version 1 to version 2: the persons, offences, unit and province were not carried (null)', () => {
    const upcast = registry().upcast(recorded(1, { ...forwardedV1Data, court: 'battambang' }));
    expect(upcast.schemaVersion).toBe(2);
    expect(upcast.data).toEqual({ ...forwardedV1Data, court: 'battambang', persons: null, offences: null, unit: null, province: null });
  });

  it('reads version 2 as written, and refuses a version it does not know', () => {
    expect(registry().upcast(recorded(2, v2)).data).toBe(v2);
    expect(() => registry().upcast(recorded(3, v2))).toThrow(/version/);
  });

  it('refuses version 1 data written as version 2 (nothing null by omission)', () => {
    expect(problem(F, forwardedV1Data)).toMatch(/persons/);
  });

  it('accepts an upcast forwarding, where all four are null', () => {
    expect(problem(F, { ...forwardedV1Data, persons: null, offences: null, unit: null, province: null })).toBe('valid');
  });

  it.each([
    ['a forwarding without suspects', { ...v2, suspectIds: [], persons: { ...persons, suspects: [] } }, /suspectIds/],
    ['an unknown key', { ...v2, note: 'x' }, /data\.note is not allowed/],
    ['an unknown key on a person', withSuspect({ fullName: 'Synthetic Suspect One' }), /suspects\[0\]\.fullName is not allowed/],
    ['a clear birth date inside personal', withSuspect({ personal: { birthDate: '1990-01-15' } }), /personal\.birthDate is not allowed/],
    ['a clear name inside a victim\'s personal', withVictim({ personal: { fullName: 'Synthetic Victim One' } }), /personal\.fullName is not allowed/],
    ['personal data sealed for another person', withSuspect({ personal: sealedFor('S9') }), /another person/],
    ['suspects other than suspectIds', withSuspect({ suspectId: 'S9', personal: sealedFor('S9') }), /suspects of data\.suspectIds/],
    ['victims other than victimIds', { ...v2, persons: { ...persons, victims: [] } }, /victims of data\.victimIds/],
    ['an unknown sex', withSuspect({ sex: 'X' }), /sex/],
    ['an unknown nationality', withVictim({ nationality: 'XXX' }), /nationality/],
    ['an unknown exploitation type', withVictim({ exploitationType: 'other-thing' }), /exploitationType/],
    ['an age over the maximum', withVictim({ ageInYears: 121, ageBand: '18_plus' }), /ageInYears must be an integer from 0 to 120/],
    ['a negative age', withVictim({ ageInYears: -1 }), /ageInYears/],
    ['an age band that does not match the age', withVictim({ ageBand: '18_plus' }), /does not match/],
    ['no age and nothing sealed', withSuspect({ personal: {} }), /sealed/],
    ['a victim\'s band dated other than the rescue', withVictim({ ageBandOn: '2020-03-04' }), /rescuedOn/],
    ['a suspect\'s band dated other than the arrest', withSuspect({ ageBandOn: '2020-03-02' }), /arrestedOn/],
    ['a suspect\'s age dated after the arrest', withSuspect({ ageInYears: 30, ageBandOn: '2020-03-06', personal: {} }), /arrestedOn/],
    ['an unknown offence', { ...v2, offences: ['jaywalking'] }, /offences\[0\]/],
    ['an unknown province', { ...v2, province: 'atlantis' }, /province/],
    ['persons without offences, unit, province', { ...v2, offences: null }, /all given or all null/],
    ['persons null beside offences', { ...v2, persons: null }, /all given or all null/],
  ])('refuses %s', (_what, data, message) => {
    expect(problem(F, data)).toMatch(message);
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
