import type { PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import { PoliceCaseEventType as E, registerEnforcementEvents } from '@casetrail/enforcement-contracts';
import { EventTypeRegistry } from '@casetrail/event-sourcing';
import { buildLawEnforcementTable } from './law-enforcement-table';
import { applyEnforcementEvent, policeCaseFactsOf } from './police-case-facts';

const CANARY = 'Canary Synthetic-Name 7f3c';

const opened: PoliceCaseEvent = {
  type: E.PoliceCaseOpened,
  data: {
    caseId: 'C1',
    unit: { code: 'police-siem-reap', type: 'provincial_police' },
    province: 'siem-reap',
    offences: ['unlawful_recruitment_for_exploitation'],
    openedOn: '2020-06-01',
  },
};
/** Version 2, as the decider writes it (the persons' facts are not read by statistics). */
const forwardedV2: PoliceCaseEvent = {
  type: E.CaseForwardedToProsecutor,
  data: {
    forwardedOn: '2020-07-01',
    suspectIds: ['S1'],
    victimIds: [],
    persons: { suspects: [{ suspectId: 'S1', sex: 'F', nationality: 'KHM', ageBand: '18_plus', ageBandOn: '2021-01-05', arrestedOn: '2021-01-05', personal: {} }], victims: [] },
    offences: ['unlawful_recruitment_for_exploitation', 'procuring'],
    unit: 'police-siem-reap',
    province: 'siem-reap',
  },
};
const stream: PoliceCaseEvent[] = [
  opened,
  { type: E.OffenceAdded, data: { offence: 'procuring', addedOn: '2020-06-02' } },
  // 17 at identification, 18 at arrest (bands derived by the decider): an adult at the arrest.
  // `personal` is shown opened, with a canary, to prove the fold never reads it.
  {
    type: E.SuspectIdentified,
    data: { suspectId: 'S1', sex: 'F', ageBandAtIdentification: '15_17', nationality: 'KHM', identifiedOn: '2020-06-03', personal: { fullName: CANARY, birthDate: '2002-06-10' } },
  },
  { type: E.SuspectArrested, data: { suspectId: 'S1', arrestedOn: '2020-06-10', detainedAndSentToCourt: true, ageBand: '18_plus' } },
  { type: E.SuspectReleased, data: { suspectId: 'S1', releasedOn: '2020-06-11', reason: 'other' } },
  { type: E.SuspectArrested, data: { suspectId: 'S1', arrestedOn: '2021-01-05', detainedAndSentToCourt: true, ageBand: '18_plus' } },
  {
    type: E.SuspectIdentified,
    data: { suspectId: 'S2', sex: 'M', ageAtIdentification: 16, ageBandAtIdentification: '15_17', nationality: 'CHN', identifiedOn: '2020-06-03', personal: { fullName: CANARY } },
  },
  {
    type: E.VictimRescued,
    data: {
      victimId: 'V1',
      sex: 'F',
      ageBand: '15_17',
      nationality: 'THA',
      exploitationType: 'labour',
      rescuedOn: '2020-06-05',
      personal: { fullName: CANARY, birthDate: '2005-06-05' },
    },
  },
  { type: E.VictimHandedOver, data: { victimId: 'V1', destination: 'partner_organisation', handedOverOn: '2020-06-06', organisation: 'Synthetic NGO', victim: null, province: null, unit: null } },
  { type: E.CaseClosedWithoutForwarding, data: { closedOn: '2021-02-01', reason: 'recorded_in_error' } },
  { type: E.CaseReopened, data: { reopenedOn: '2021-02-02', justification: 'Closed by mistake' } },
];

describe('applyEnforcementEvent', () => {
  const facts = policeCaseFactsOf(stream)!;

  it('never copies personal data into the facts', () => {
    expect(JSON.stringify(facts)).not.toContain('Canary');
    expect(JSON.stringify(facts)).not.toContain('personal');
    expect(JSON.stringify(facts)).not.toContain('2002-06-10');
    expect(JSON.stringify(facts)).not.toContain('2005-06-05');
  });

  it('gives the same facts whether personal data is opened, sealed or forgotten', () => {
    const withPersonal = (personal: unknown) =>
      stream.map((e) => ('personal' in (e.data as object) ? { ...e, data: { ...(e.data as object), personal } } : e));
    const sealed = { v: 1, alg: 'A256GCM', personId: 'x', iv: 'AAAAAAAAAAAAAAAA', ct: 'Y3Q', tag: 'AAAAAAAAAAAAAAAAAAAAAA' };
    expect(policeCaseFactsOf(withPersonal(sealed))).toEqual(facts);
    expect(policeCaseFactsOf(withPersonal({ forgotten: true }))).toEqual(facts);
  });

  it('counts a suspect with an unknown band at the arrest as arrested, not as a minor', () => {
    const f = policeCaseFactsOf([
      opened,
      { type: E.SuspectIdentified, data: { suspectId: 'S9', sex: 'M', ageBandAtIdentification: '15_17', nationality: 'KHM', identifiedOn: '2020-06-03', personal: { forgotten: true } } },
      { type: E.SuspectArrested, data: { suspectId: 'S9', arrestedOn: '2020-07-01', detainedAndSentToCourt: true, ageBand: 'unknown' } },
    ])!;
    expect(f.suspects[0]).toMatchObject({ arrestedOn: '2020-07-01', ageBand: 'unknown', minor: false });
  });

  it('keeps the case, its principal offence and its categories', () => {
    expect(facts).toMatchObject({
      caseId: 'C1',
      province: 'siem-reap',
      unit: { code: 'police-siem-reap', type: 'provincial_police' },
      offences: ['unlawful_recruitment_for_exploitation', 'procuring'],
      principalOffence: 'unlawful_recruitment_for_exploitation',
      principalCategory: 'trafficking',
      categories: ['trafficking', 'sexual_exploitation'],
      openedOn: '2020-06-01',
      status: 'open',
      closedOn: null,
      closureReason: null,
    });
  });

  it('takes the band of the first arrest; a release and a re-arrest change nothing', () => {
    expect(facts.suspects[0]).toMatchObject({
      suspectId: 'S1',
      arrestedOn: '2020-06-10',
      ageBand: '18_plus',
      minor: false,
      female: true,
      foreign: false,
    });
  });

  it('keeps the band at identification for a suspect never arrested', () => {
    expect(facts.suspects[1]).toMatchObject({ arrestedOn: null, ageBand: '15_17', minor: true, foreign: true, female: false });
  });

  it("takes the victim's band at the rescue and records the hand-over", () => {
    expect(facts.victims).toEqual([
      {
        victimId: 'V1',
        sex: 'F',
        ageBand: '15_17',
        minor: true,
        nationality: 'THA',
        foreign: true,
        exploitationType: 'labour',
        rescuedOn: '2020-06-05',
        handedOverTo: 'partner_organisation',
        handedOverOn: '2020-06-06',
      },
    ]);
  });

  it('keeps a victim referred by intake apart from the rescued ones, with the hand-over, and never in the table', () => {
    const referred: PoliceCaseEvent = {
      type: E.VictimReferred,
      data: {
        victimId: 'P1',
        sex: 'M',
        nationality: 'KHM',
        ageInYears: 16,
        ageBand: '15_17',
        ageBandOn: '2020-06-04',
        exploitationType: 'labour',
        referredOn: '2020-06-05',
        screenedAt: 'poipet',
        personal: { v: 1, alg: 'A256GCM', personId: 'P1', iv: 'AAAAAAAAAAAAAAAA', ct: 'Y3Q', tag: 'AAAAAAAAAAAAAAAAAAAAAA' },
      },
    };
    const handedOver: PoliceCaseEvent = {
      type: E.VictimHandedOver,
      data: { victimId: 'P1', destination: 'social_affairs', handedOverOn: '2020-06-07', victim: null, province: null, unit: null },
    };
    const f = policeCaseFactsOf([...stream, referred, handedOver])!;
    expect(f.victims).toEqual(facts.victims);
    expect(f.referredVictims).toEqual([
      { victimId: 'P1', sex: 'M', ageBand: '15_17', minor: true, exploitationType: 'labour', referredOn: '2020-06-05', screenedAt: 'poipet', handedOverTo: 'social_affairs', handedOverOn: '2020-06-07' },
    ]);
    expect(JSON.stringify(f)).not.toContain('A256GCM');
    // The law-enforcement table of the case is the same, byte for byte, with or without the referral.
    expect(JSON.stringify(buildLawEnforcementTable([f], { year: 2020 }))).toBe(JSON.stringify(buildLawEnforcementTable([facts], { year: 2020 })));
    expect(facts.referredVictims).toEqual([]);
  });

  it('records forwarding and closure', () => {
    const f = policeCaseFactsOf([opened, forwardedV2])!;
    expect(f).toMatchObject({ status: 'forwarded', forwardedOn: '2020-07-01' });
    const c = policeCaseFactsOf([opened, { type: E.CaseClosedWithoutForwarding, data: { closedOn: '2020-07-01', reason: 'recorded_in_error' } }])!;
    expect(c).toMatchObject({ status: 'closed', closedOn: '2020-07-01', closureReason: 'recorded_in_error' });
  });

  it('gives the same facts from a forwarding written as version 2 or upcast from version 1 (it reads the date only)', () => {
    const registry = registerEnforcementEvents(new EventTypeRegistry());
    const v1 = { forwardedOn: '2020-07-01', suspectIds: ['S1'], victimIds: [] };
    const upcast = registry.upcast({
      eventId: 'e1', type: E.CaseForwardedToProsecutor, schemaVersion: 1, streamId: 'enforcement-case-C1', streamRevision: 1, globalPosition: 2,
      occurredAt: '2020-06-30T17:00:00.000Z', recordedAt: '2020-07-01T02:00:00.000Z',
      actor: { userId: 'officer-1', role: 'police', unit: 'police-siem-reap', province: 'siem-reap' }, correlationId: 'c', causationId: null, data: v1,
    });
    expect(upcast.data).toMatchObject({ persons: null });
    expect(policeCaseFactsOf([...stream, upcast])).toEqual(policeCaseFactsOf([...stream, forwardedV2]));
  });

  it('refuses events before the opening, a second opening, and unknown types', () => {
    expect(() => applyEnforcementEvent(null, stream[2])).toThrow(/before the case was opened/);
    expect(() => applyEnforcementEvent(policeCaseFactsOf([opened]), opened)).toThrow(/opened twice/);
    expect(() => applyEnforcementEvent(policeCaseFactsOf([opened]), { type: 'enforcement.Unknown', data: {} })).toThrow(/Unknown/);
  });
});
