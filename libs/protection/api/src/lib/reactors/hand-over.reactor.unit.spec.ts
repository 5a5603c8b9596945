import { DomainRuleViolation, type RecordedEvent } from '@casetrail/event-sourcing';
import type { VictimHandedOverData } from '@casetrail/enforcement-contracts';
import type { CommandRunner } from '@casetrail/platform-commands';
import { HandOverReactor, openingCommand, partnerNamed } from './hand-over.reactor';

const metadata = { actor: { userId: 'reactor:protection-opens-handed-over-victims', role: 'system' }, now: '2020-04-01T00:00:00.000Z' };
const v2: VictimHandedOverData = {
  victimId: 'v1',
  destination: 'social_affairs',
  handedOverOn: '2020-03-18',
  victim: { sex: 'F', nationality: 'VNM', ageInYears: 16, ageBand: '15_17', ageBandOn: '2020-03-16', exploitationType: 'sexual', rescuedOn: '2020-03-16', personal: {} },
  province: 'kandal',
  unit: 'police-kandal',
};

describe('the protection command built from a police hand-over', () => {
  it('opens the case of the same person at the department of the police case’s province, with the victim as recorded', () => {
    const command = openingCommand('case-1', v2, metadata);
    expect(command).toMatchObject({ type: 'OpenProtectionCaseFromHandOver', metadata });
    expect(command.data).toEqual({
      personId: 'v1',
      province: 'kandal',
      receivedBy: 'dosvy-kandal',
      handedOverOn: '2020-03-18',
      policeCaseId: 'case-1',
      handedOverBy: 'police-kandal',
      rescuedOn: '2020-03-16',
      sex: 'F',
      nationality: 'VNM',
      ageInYears: 16,
      ageBand: '15_17',
      ageBandOn: '2020-03-16',
      exploitationType: 'sexual',
      personal: {},
    });
  });

  it('has the partner the police named receive the case and refers it to them, matching code or name whatever the case', () => {
    for (const named of ['ngo-aple', 'APLE', 'action pour les enfants (aple)', '  Aple ']) {
      const command = openingCommand('case-1', { ...v2, destination: 'partner_organisation', organisation: named }, metadata);
      expect({ named, receivedBy: command.data.receivedBy, referredTo: command.data.referredTo }).toEqual({ named, receivedBy: 'ngo-aple', referredTo: 'ngo-aple' });
    }
  });

  it('falls back to the province’s department, without a referral, when the named partner is unknown (or named for social affairs)', () => {
    const unknown = openingCommand('case-1', { ...v2, destination: 'partner_organisation', organisation: 'Some Other Shelter' }, metadata);
    expect(unknown.data).toMatchObject({ receivedBy: 'dosvy-kandal' });
    expect(unknown.data.referredTo).toBeUndefined();
    expect(openingCommand('case-1', { ...v2, organisation: 'APLE' }, metadata).data.referredTo).toBeUndefined();
    expect(partnerNamed('')).toBeUndefined();
    expect(partnerNamed('dosvy-kandal')).toBeUndefined();
  });

  it('keeps the sealed personal part as the police stored it, and leaves out an age in years the police did not record', () => {
    const sealed = { v: 1, personId: 'v1', keyId: 'k', iv: 'i', ciphertext: 'c', tag: 't' };
    const { ageInYears: _age, ...victim } = v2.victim!;
    const command = openingCommand('case-1', { ...v2, victim: { ...victim, personal: sealed as never } }, metadata);
    expect(command.data.personal).toBe(sealed);
    expect('ageInYears' in command.data).toBe(false);
  });

  it('refuses for good a version-1 hand-over, which does not describe the victim (registered by hand)', () => {
    const v1: VictimHandedOverData = { ...v2, victim: null, province: null, unit: null };
    expect(() => openingCommand('case-1', v1, metadata)).toThrow(DomainRuleViolation);
    expect(() => openingCommand('case-1', v1, metadata)).toThrow(/register this person by hand/);
  });
});

describe('HandOverReactor', () => {
  const event = (data: VictimHandedOverData): RecordedEvent =>
    ({ eventId: 'e-1', streamId: 'enforcement-case-case-1', type: 'enforcement.VictimHandedOver', data, correlationId: 'corr-1' }) as unknown as RecordedEvent;

  it('runs the opening on the person’s stream, caused by the hand-over (a redelivery appends nothing)', async () => {
    const run = jest.fn().mockResolvedValue({});
    await new HandOverReactor({ run } as unknown as CommandRunner).react(event(v2));
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ noun: 'protection case' }), 'v1', expect.any(Function), {
      issuer: { reactor: 'protection-opens-handed-over-victims' },
      correlationId: 'corr-1',
      causationId: 'e-1',
    });
  });

  it('opens no case for a victim returned to their family', async () => {
    const run = jest.fn();
    await new HandOverReactor({ run } as unknown as CommandRunner).react(event({ ...v2, destination: 'family' }));
    expect(run).not.toHaveBeenCalled();
  });
});
