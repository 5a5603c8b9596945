import { EventTypeRegistry, RegistryEventStore, type RecordedEvent } from '@casetrail/event-sourcing';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import type { CompensationAwardedData } from '@casetrail/court-contracts';
import { InMemoryPersonKeyStore, PersonalDataCipher } from '@casetrail/personal-data';
import { CommandRunner } from '@casetrail/platform-commands';
import { registerProtectionEvents } from '@casetrail/protection-contracts';
import { CourtCompensationReactor, awardCommand } from './court-compensation.reactor';

const metadata = { actor: { userId: 'reactor:protection-records-court-awards', role: 'system' }, now: '2020-12-01T00:00:00.000Z' };
const award: CompensationAwardedData = { victimId: 'v1', amount: 2_000_000, currency: 'KHR', awardedOn: '2020-11-20' };
const event: RecordedEvent = { eventId: 'e-9', streamId: 'court-file-file-1', type: 'court.CompensationAwarded', data: award, correlationId: 'corr-9' } as unknown as RecordedEvent;

describe('the protection command built from a court’s award', () => {
  it('records the award on the claim of the court file, amount in minor units and currency as awarded', () => {
    expect(awardCommand('file-1', award, metadata)).toEqual({
      type: 'RecordCourtCompensationAward',
      data: { courtFileId: 'file-1', amount: 2_000_000, currency: 'KHR', awardedOn: '2020-11-20' },
      metadata,
    });
  });
});

describe('CourtCompensationReactor', () => {
  it('does nothing, without failing, for a victim social affairs does not follow', async () => {
    const registry = registerProtectionEvents(new EventTypeRegistry());
    const store = new RegistryEventStore(new InMemoryEventStore(), registry);
    const runner = new CommandRunner(store, registry, new PersonalDataCipher(new InMemoryPersonKeyStore()), { now: () => new Date('2020-12-01T00:00:00Z') });
    await expect(new CourtCompensationReactor(runner).react(event)).resolves.toBeUndefined();
    expect(await store.readStream('protection-case-v1')).toEqual([]);
    expect(await store.headPosition()).toBe(0);
  });

  it('runs the award on the victim’s case, caused by the court’s event', async () => {
    const run = jest.fn().mockResolvedValue({});
    await new CourtCompensationReactor({ run } as unknown as CommandRunner).react(event);
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ noun: 'protection case' }), 'v1', expect.any(Function), {
      issuer: { reactor: 'protection-records-court-awards' },
      correlationId: 'corr-9',
      causationId: 'e-9',
    });
  });

  it('lets any other failure through (the host retries or dead-letters it)', async () => {
    const run = jest.fn().mockRejectedValue(new Error('store down'));
    await expect(new CourtCompensationReactor({ run } as unknown as CommandRunner).react(event)).rejects.toThrow('store down');
  });
});
