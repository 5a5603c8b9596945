import { DomainRuleViolation, type RecordedEvent } from '@casetrail/event-sourcing';
import type { PersonReferredData } from '@casetrail/intake-contracts';
import { nameBasedUuid, type CommandRunner } from '@casetrail/platform-commands';
import { IntakePoliceReferralReactor, referralCaseId, referredVictimCommand } from './intake-referral.reactor';

const metadata = { actor: { userId: 'reactor:enforcement-receives-intake-referrals', role: 'system' }, now: '2020-04-01T00:00:00.000Z' };
const personId = '6f1c2b1e-8a53-5c39-9d55-0c1f5b7b2f10';
const referral: PersonReferredData = {
  destination: 'police',
  referredOn: '2020-03-18',
  policeUnit: 'police-banteay-meanchey',
  suspectedOffence: 'unlawful_recruitment_for_exploitation',
  province: 'banteay-meanchey',
  person: {
    sex: 'F',
    nationality: 'KHM',
    ageInYears: 16,
    ageBand: '15_17',
    ageBandOn: '2020-03-16',
    outcome: 'suspected_victim',
    exploitationType: 'labour',
    place: 'poipet',
    screenedOn: '2020-03-16',
    countryReturnedFrom: 'THA',
    personal: {},
  },
};

describe('the police command built from an intake referral', () => {
  it('names the case opened for a referral by the person and the unit (RFC 4122 v5), the same on every delivery', () => {
    const id = referralCaseId(personId, 'police-banteay-meanchey');
    expect(id).toBe(nameBasedUuid(`casetrail:enforcement:referral-case:${personId}:police-banteay-meanchey`));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(referralCaseId(personId, 'police-battambang')).not.toBe(id);
  });

  it('records the screened person as a victim, as screened, and opens the case for the suspected offence under the unit on the referral date', () => {
    const caseId = referralCaseId(personId, 'police-banteay-meanchey');
    const command = referredVictimCommand(personId, caseId, referral, metadata);
    expect(command).toMatchObject({ type: 'RecordReferredVictim', metadata });
    expect(command.data).toEqual({
      victimId: personId,
      sex: 'F',
      nationality: 'KHM',
      ageInYears: 16,
      ageBand: '15_17',
      ageBandOn: '2020-03-16',
      exploitationType: 'labour',
      referredOn: '2020-03-18',
      screenedAt: 'poipet',
      personal: {},
      openCase: {
        caseId,
        unit: { code: 'police-banteay-meanchey', type: 'provincial_police' },
        province: 'banteay-meanchey',
        offences: ['unlawful_recruitment_for_exploitation'],
        reference: 'intake:poipet',
      },
    });
  });

  it('adds the person to the case the referral names, opening none', () => {
    const command = referredVictimCommand(personId, 'case-1', { ...referral, policeCaseId: 'case-1', suspectedOffence: undefined }, metadata);
    expect(command.data.openCase).toBeUndefined();
    expect(command.data.victimId).toBe(personId);
  });

  it('opens a national unit’s case in the referral’s province (the screening’s)', () => {
    const command = referredVictimCommand(personId, 'c', { ...referral, policeUnit: 'ahtjp-national', province: 'banteay-meanchey' }, metadata);
    expect(command.data.openCase).toMatchObject({ unit: { code: 'ahtjp-national', type: 'ahtjp_department' }, province: 'banteay-meanchey' });
  });

  it('keeps the sealed personal part as intake stored it, and leaves out an age in years intake did not record', () => {
    const sealed = { v: 1, personId, keyId: 'k', iv: 'i', ciphertext: 'c', tag: 't' };
    const { ageInYears: _age, ...person } = referral.person;
    const command = referredVictimCommand(personId, 'c', { ...referral, person: { ...person, personal: sealed as never } }, metadata);
    expect(command.data.personal).toBe(sealed);
    expect('ageInYears' in command.data).toBe(false);
  });

  it('refuses for good a referral without a case that names no offence, or an unknown unit', () => {
    expect(() => referredVictimCommand(personId, 'c', { ...referral, suspectedOffence: undefined }, metadata)).toThrow(DomainRuleViolation);
    expect(() => referredVictimCommand(personId, 'c', { ...referral, policeUnit: 'police-atlantis' }, metadata)).toThrow(/police unit/);
  });
});

describe('IntakePoliceReferralReactor (enforcement)', () => {
  const event = (data: PersonReferredData, streamId = `intake-person-${personId}`): RecordedEvent =>
    ({ eventId: 'e-1', streamId, type: 'intake.PersonReferred', data, correlationId: 'corr-1' }) as unknown as RecordedEvent;

  it('runs the command on the case named by person and unit, caused by the referral (a redelivery appends nothing)', async () => {
    const run = jest.fn().mockResolvedValue({});
    const reactor = new IntakePoliceReferralReactor({ run } as unknown as CommandRunner);
    expect(reactor.name).toBe('enforcement-receives-intake-referrals');
    await reactor.react(event(referral));
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ noun: 'police case' }), referralCaseId(personId, 'police-banteay-meanchey'), expect.any(Function), {
      issuer: { reactor: 'enforcement-receives-intake-referrals' },
      correlationId: 'corr-1',
      causationId: 'e-1',
    });
  });

  it('runs it on the case the referral names', async () => {
    const run = jest.fn().mockResolvedValue({});
    await new IntakePoliceReferralReactor({ run } as unknown as CommandRunner).react(event({ ...referral, policeCaseId: 'case-7' }));
    expect(run).toHaveBeenCalledWith(expect.anything(), 'case-7', expect.any(Function), expect.objectContaining({ causationId: 'e-1' }));
  });

  it.each(['social_affairs', 'partner_organisation', 'family'] as const)('does nothing for a referral to %s', async (destination) => {
    const run = jest.fn();
    await new IntakePoliceReferralReactor({ run } as unknown as CommandRunner).react(event({ ...referral, destination, policeUnit: undefined }));
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses for good a referral that is not on a screened person’s stream', async () => {
    const run = jest.fn();
    await expect(new IntakePoliceReferralReactor({ run } as unknown as CommandRunner).react(event(referral, 'intake-reception-x'))).rejects.toThrow(DomainRuleViolation);
    expect(run).not.toHaveBeenCalled();
  });
});
