import { ForbiddenException, NotFoundException } from '@nestjs/common';
import {
  DomainRuleViolation,
  EventTypeRegistry,
  RegistryEventStore,
  WrongExpectedRevisionError,
  type Command,
  type Decider,
  type EventStore,
} from '@casetrail/event-sourcing';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { isSealedPersonalData } from '@casetrail/kernel';
import { InMemoryPersonKeyStore, PersonalDataCipher } from '@casetrail/personal-data';
import type { AuthenticatedUser } from '@casetrail/platform-nest';
import { CommandRunner, type CommandTarget } from './command-runner';

/* A toy aggregate, a "dossier" in a province, with one person whose name is sealed. */
type Open = Command<'Open', { province: string; openedOn: string }>;
type AddPerson = Command<'AddPerson', { personId: string; addedOn: string; personal?: unknown }>;
type DossierCommand = Open | AddPerson;
type DossierEvent = { type: 'dossier.Opened'; data: { province: string } } | { type: 'dossier.PersonAdded'; data: { personId: string; personal: unknown } };
interface Dossier {
  province: string | null;
  persons: number;
}
/** The toy's units: a dossier is open to the organisation `ngo-<province>` (to test unit scope). */
const unitsOfDossier = (state: Dossier) => (state.province ? [`ngo-${state.province}`] : []);
const decider: Decider<Dossier, DossierCommand, DossierEvent> = {
  initialState: () => ({ province: null, persons: 0 }),
  decide: (command, state) => {
    if (command.type === 'Open') {
      if (state.province) throw new DomainRuleViolation('ALREADY_OPENED', 'The dossier is already opened');
      return [{ type: 'dossier.Opened', data: { province: command.data.province } }];
    }
    return [{ type: 'dossier.PersonAdded', data: { personId: command.data.personId, personal: command.data.personal ?? {} } }];
  },
  evolve: (state, event) => (event.type === 'dossier.Opened' ? { ...state, province: event.data.province } : { ...state, persons: state.persons + 1 }),
};
type ClearCommand = Open | (Omit<AddPerson, 'data'> & { data: { personId: string; addedOn: string; fullName?: string } });
const dossiers: CommandTarget<Dossier, DossierCommand, DossierEvent, ClearCommand> = {
  noun: 'dossier',
  decider,
  streamId: (id) => `dossier-${id}`,
  provinceOf: (state) => state.province,
  startsIn: (command) => (command.type === 'Open' ? command.data.province : undefined),
  domainDateOf: (command) => (command.type === 'Open' ? command.data.openedOn : command.data.addedOn),
  seal: async (command, cipher) => {
    if (command.type !== 'AddPerson') return command;
    const { fullName, ...data } = command.data;
    return { ...command, data: { ...data, ...(fullName ? { personal: await cipher.seal(data.personId, { fullName }) } : {}) } };
  },
};

const registry = new EventTypeRegistry().register({ type: 'dossier.Opened', currentVersion: 1 }, { type: 'dossier.PersonAdded', currentVersion: 1 });
const kep: AuthenticatedUser = { userId: 'p-kep', role: 'prosecutor', provinces: ['kep'] };
const kandal: AuthenticatedUser = { userId: 'p-kandal', role: 'prosecutor', provinces: ['kandal'] };
const partnerOfKep: AuthenticatedUser = { userId: 'w-kep', role: 'partner_worker', unit: 'ngo-kep', provinces: 'all' };
const partnerOfKandal: AuthenticatedUser = { userId: 'w-kandal', role: 'partner_worker', unit: 'ngo-kandal', provinces: 'all' };
const NOW = new Date('2026-11-29T18:30:00Z'); // already 30 November in Cambodia

describe('CommandRunner', () => {
  let store: EventStore;
  let runner: CommandRunner;
  const open = (user: AuthenticatedUser, id = 'd1', province = 'kep') =>
    runner.run(dossiers, id, (metadata) => ({ type: 'Open' as const, data: { province, openedOn: '2026-11-30' }, metadata }), { issuer: { user }, correlationId: 'c1' });
  const addPerson = (user: AuthenticatedUser, extra: { expectedRevision?: number; causationId?: string } = {}) =>
    runner.run(dossiers, 'd1', (metadata) => ({ type: 'AddPerson' as const, data: { personId: 'person-1', addedOn: '2026-11-29', fullName: 'Synthetic Name' }, metadata }), {
      issuer: { user },
      correlationId: 'c2',
      ...extra,
    });

  beforeEach(() => {
    store = new RegistryEventStore(new InMemoryEventStore(), registry);
    runner = new CommandRunner(store, registry, new PersonalDataCipher(new InMemoryPersonKeyStore()), { now: () => NOW });
  });

  it('records the actor, and dates the event at the start of its domain date in Cambodia', async () => {
    expect(await open(kep)).toMatchObject({ id: 'd1', revision: 0, alreadyApplied: false });
    const [opened] = await store.readStream('dossier-d1');
    expect(opened).toMatchObject({ actor: { userId: 'p-kep', role: 'prosecutor', province: 'kep' }, occurredAt: '2026-11-29T17:00:00.000Z', correlationId: 'c1' });
  });

  it('refuses to start a stream outside the caller’s provinces (403), and hides one outside them (404)', async () => {
    await expect(open(kandal, 'd2', 'kep')).rejects.toBeInstanceOf(ForbiddenException);
    await open(kep);
    await expect(addPerson(kandal)).rejects.toBeInstanceOf(NotFoundException);
    await expect(runner.run(dossiers, 'never-opened', (metadata) => ({ type: 'AddPerson' as const, data: { personId: 'x', addedOn: '2026-11-29' }, metadata }), { issuer: { user: kep }, correlationId: 'c' })).rejects.toBeInstanceOf(NotFoundException);
    expect(await store.readStream('dossier-d2')).toEqual([]);
  });

  it('seals person data before deciding: no name in clear in the store', async () => {
    await open(kep);
    await addPerson(kep);
    const [, added] = await store.readStream('dossier-d1');
    expect(JSON.stringify(added.data)).not.toContain('Synthetic Name');
    expect(isSealedPersonalData((added.data as { personal: unknown }).personal)).toBe(true);
  });

  it('applies If-Match: a stale revision is refused without a retry', async () => {
    await open(kep);
    await expect(addPerson(kep, { expectedRevision: 5 })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await addPerson(kep, { expectedRevision: 0 })).toMatchObject({ revision: 1 });
  });

  it('applies a cause once per stream: the same causing event again appends nothing', async () => {
    await open(kep);
    expect(await addPerson(kep, { causationId: 'event-7' })).toMatchObject({ revision: 1, alreadyApplied: false });
    expect(await addPerson(kep, { causationId: 'event-7' })).toMatchObject({ revision: 1, alreadyApplied: true, events: [] });
    expect(await addPerson(kep, { causationId: 'event-8' })).toMatchObject({ revision: 2, alreadyApplied: false });
  });

  it('lets a reactor act in every province, as a system actor', async () => {
    await runner.run(dossiers, 'd3', (metadata) => ({ type: 'Open' as const, data: { province: 'kandal', openedOn: '2026-11-30' }, metadata }), { issuer: { reactor: 'opening' }, correlationId: 'c3', causationId: 'e1' });
    const [opened] = await store.readStream('dossier-d3');
    expect(opened).toMatchObject({ actor: { userId: 'reactor:opening', role: 'system' }, causationId: 'e1' });
  });

  describe('with units (a target declaring unitsOf)', () => {
    const referred: CommandTarget<Dossier, DossierCommand, DossierEvent, ClearCommand> = { ...dossiers, unitsOf: unitsOfDossier };
    const addPersonAs = (user: AuthenticatedUser, target = referred) =>
      runner.run(target, 'd1', (metadata) => ({ type: 'AddPerson' as const, data: { personId: 'person-1', addedOn: '2026-11-29' }, metadata }), { issuer: { user }, correlationId: 'c' });

    beforeEach(() => open(kep));

    it('lets a unit-scoped user act on an aggregate open to their unit, whatever its province', async () => {
      expect(await addPersonAs(partnerOfKep)).toMatchObject({ revision: 1 });
    });

    it('hides it from a unit-scoped user of another unit (404), though their token is national', async () => {
      await expect(addPersonAs(partnerOfKandal)).rejects.toBeInstanceOf(NotFoundException);
    });

    it('hides every aggregate of a target without units from unit-scoped users (police and court keep province scope)', async () => {
      await expect(addPersonAs(partnerOfKep, dossiers)).rejects.toBeInstanceOf(NotFoundException);
      expect(await addPersonAs(kep, dossiers)).toMatchObject({ revision: 1 });
      await expect(addPersonAs(kandal)).rejects.toBeInstanceOf(NotFoundException);
    });

    it('never lets a unit-scoped user start a stream (403), nothing appended', async () => {
      await expect(
        runner.run(referred, 'd9', (metadata) => ({ type: 'Open' as const, data: { province: 'kep', openedOn: '2026-11-30' }, metadata }), { issuer: { user: partnerOfKep }, correlationId: 'c' }),
      ).rejects.toBeInstanceOf(ForbiddenException);
      expect(await store.readStream('dossier-d9')).toEqual([]);
    });
  });
});
