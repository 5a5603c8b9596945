import type { PoliceCaseEvent } from '@casetrail/enforcement-domain';
import { PoliceCaseEventType as E } from '@casetrail/enforcement-domain';
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
const stream: PoliceCaseEvent[] = [
  opened,
  { type: E.OffenceAdded, data: { offence: 'procuring', addedOn: '2020-06-02' } },
  // 17 at identification, 18 at arrest: counted as an adult at the arrest.
  {
    type: E.SuspectIdentified,
    data: { suspectId: 'S1', sex: 'F', birthDate: '2002-06-10', nationality: 'KHM', identifiedOn: '2020-06-03', personal: { fullName: CANARY } },
  },
  { type: E.SuspectArrested, data: { suspectId: 'S1', arrestedOn: '2020-06-10', detainedAndSentToCourt: true } },
  { type: E.SuspectReleased, data: { suspectId: 'S1', releasedOn: '2020-06-11', reason: 'other' } },
  { type: E.SuspectArrested, data: { suspectId: 'S1', arrestedOn: '2021-01-05', detainedAndSentToCourt: true } },
  {
    type: E.SuspectIdentified,
    data: { suspectId: 'S2', sex: 'M', ageAtIdentification: 16, nationality: 'CHN', identifiedOn: '2020-06-03', personal: { fullName: CANARY } },
  },
  {
    type: E.VictimRescued,
    data: {
      victimId: 'V1',
      sex: 'F',
      birthDate: '2005-06-05',
      nationality: 'THA',
      exploitationType: 'labour',
      rescuedOn: '2020-06-05',
      personal: { fullName: CANARY },
    },
  },
  { type: E.VictimHandedOver, data: { victimId: 'V1', destination: 'partner_organisation', handedOverOn: '2020-06-06', organisation: 'Synthetic NGO' } },
  { type: E.CaseClosedWithoutForwarding, data: { closedOn: '2021-02-01', reason: 'recorded_in_error' } },
  { type: E.CaseReopened, data: { reopenedOn: '2021-02-02', justification: 'Closed by mistake' } },
];

describe('applyEnforcementEvent', () => {
  const facts = policeCaseFactsOf(stream)!;

  it('never copies personal data into the facts', () => {
    expect(JSON.stringify(facts)).not.toContain('Canary');
    expect(JSON.stringify(facts)).not.toContain('personal');
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

  it('bands a suspect at the first arrest; a release and a re-arrest change nothing', () => {
    expect(facts.suspects[0]).toMatchObject({
      suspectId: 'S1',
      arrestedOn: '2020-06-10',
      ageBand: '18_plus',
      minor: false,
      female: true,
      foreign: false,
    });
  });

  it('bands a suspect never arrested at identification, from the recorded age', () => {
    expect(facts.suspects[1]).toMatchObject({ arrestedOn: null, ageBand: '15_17', minor: true, foreign: true, female: false });
  });

  it('bands a victim at the rescue and records the hand-over', () => {
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

  it('records forwarding and closure', () => {
    const f = policeCaseFactsOf([opened, { type: E.CaseForwardedToProsecutor, data: { forwardedOn: '2020-07-01', suspectIds: ['S1'], victimIds: [] } }])!;
    expect(f).toMatchObject({ status: 'forwarded', forwardedOn: '2020-07-01' });
    const c = policeCaseFactsOf([opened, { type: E.CaseClosedWithoutForwarding, data: { closedOn: '2020-07-01', reason: 'recorded_in_error' } }])!;
    expect(c).toMatchObject({ status: 'closed', closedOn: '2020-07-01', closureReason: 'recorded_in_error' });
  });

  it('refuses events before the opening, a second opening, and unknown types', () => {
    expect(() => applyEnforcementEvent(null, stream[2])).toThrow(/before the case was opened/);
    expect(() => applyEnforcementEvent(policeCaseFactsOf([opened]), opened)).toThrow(/opened twice/);
    expect(() => applyEnforcementEvent(policeCaseFactsOf([opened]), { type: 'enforcement.Unknown', data: {} })).toThrow(/Unknown/);
  });
});
