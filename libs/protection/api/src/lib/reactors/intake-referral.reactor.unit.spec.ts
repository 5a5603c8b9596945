import { DomainRuleViolation, type RecordedEvent } from '@casetrail/event-sourcing';
import type { PersonReferredData } from '@casetrail/intake-contracts';
import type { CommandRunner } from '@casetrail/platform-commands';
import { IntakeProtectionReferralReactor, receivingCommand } from './intake-referral.reactor';

const metadata = { actor: { userId: 'reactor:protection-opens-intake-referrals', role: 'system' }, now: '2020-04-01T00:00:00.000Z' };
const personId = '6f1c2b1e-8a53-5c39-9d55-0c1f5b7b2f10';
const referral: PersonReferredData = {
  destination: 'social_affairs',
  referredOn: '2020-03-18',
  organisation: 'dosvy-banteay-meanchey',
  province: 'banteay-meanchey',
  person: {
    sex: 'M',
    nationality: 'KHM',
    ageInYears: 15,
    ageBand: '15_17',
    ageBandOn: '2020-03-16',
    outcome: 'person_at_risk',
    exploitationType: 'at_risk',
    place: 'poipet',
    screenedOn: '2020-03-16',
    countryReturnedFrom: 'THA',
    personal: {},
  },
};

describe('the protection command built from an intake referral', () => {
  it('receives the screened person at the organisation named, in the referral’s province, with the checkpoint and the person as screened', () => {
    const command = receivingCommand(personId, referral, metadata);
    expect(command).toMatchObject({ type: 'ReceiveIntakeReferral', metadata });
    expect(command.data).toEqual({
      personId,
      province: 'banteay-meanchey',
      organisation: 'dosvy-banteay-meanchey',
      destination: 'social_affairs',
      referredOn: '2020-03-18',
      entryPoint: 'poipet',
      countryReturnedFrom: 'THA',
      sex: 'M',
      nationality: 'KHM',
      ageInYears: 15,
      ageBand: '15_17',
      ageBandOn: '2020-03-16',
      exploitationType: 'at_risk',
      personal: {},
    });
  });

  it('names no entry point for a person screened at an embassy abroad', () => {
    const command = receivingCommand(personId, { ...referral, organisation: 'mosvy', province: 'phnom-penh', person: { ...referral.person, place: 'embassy-mys', countryReturnedFrom: 'MYS' } }, metadata);
    expect('entryPoint' in command.data).toBe(false);
    expect(command.data).toMatchObject({ organisation: 'mosvy', province: 'phnom-penh', countryReturnedFrom: 'MYS' });
  });

  it('passes a partner on as the destination (the decider refers the case to it)', () => {
    expect(receivingCommand(personId, { ...referral, destination: 'partner_organisation', organisation: 'ngo-ijm' }, metadata).data).toMatchObject({ destination: 'partner_organisation', organisation: 'ngo-ijm' });
  });

  it('keeps the sealed personal part as intake stored it, and leaves out an age in years intake did not record', () => {
    const sealed = { v: 1, personId, keyId: 'k', iv: 'i', ciphertext: 'c', tag: 't' };
    const { ageInYears: _age, ...person } = referral.person;
    const command = receivingCommand(personId, { ...referral, person: { ...person, personal: sealed as never } }, metadata);
    expect(command.data.personal).toBe(sealed);
    expect('ageInYears' in command.data).toBe(false);
  });

  it('refuses for good a referral that names no organisation', () => {
    expect(() => receivingCommand(personId, { ...referral, organisation: undefined }, metadata)).toThrow(DomainRuleViolation);
  });
});

describe('IntakeProtectionReferralReactor (protection)', () => {
  const event = (data: PersonReferredData, streamId = `intake-person-${personId}`): RecordedEvent =>
    ({ eventId: 'e-1', streamId, type: 'intake.PersonReferred', data, correlationId: 'corr-1' }) as unknown as RecordedEvent;

  it.each(['social_affairs', 'partner_organisation'] as const)('runs the command on the person’s case for a referral to %s, caused by the referral (a redelivery appends nothing)', async (destination) => {
    const run = jest.fn().mockResolvedValue({});
    const reactor = new IntakeProtectionReferralReactor({ run } as unknown as CommandRunner);
    expect(reactor.name).toBe('protection-opens-intake-referrals');
    await reactor.react(event({ ...referral, destination, organisation: destination === 'partner_organisation' ? 'ngo-ijm' : referral.organisation }));
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ noun: 'protection case' }), personId, expect.any(Function), {
      issuer: { reactor: 'protection-opens-intake-referrals' },
      correlationId: 'corr-1',
      causationId: 'e-1',
    });
  });

  it.each(['police', 'family'] as const)('does nothing for a referral to %s', async (destination) => {
    const run = jest.fn();
    await new IntakeProtectionReferralReactor({ run } as unknown as CommandRunner).react(event({ ...referral, destination, organisation: undefined }));
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses for good a referral that is not on a screened person’s stream', async () => {
    const run = jest.fn();
    await expect(new IntakeProtectionReferralReactor({ run } as unknown as CommandRunner).react(event(referral, 'intake-body-x'))).rejects.toThrow(DomainRuleViolation);
    expect(run).not.toHaveBeenCalled();
  });
});
