import { Logger } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import type { ModuleRef } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANY_REVISION,
  DomainRuleViolation,
  EventTypeRegistry,
  RegistryEventStore,
  handleCommand,
  type CheckpointStore,
  type Decider,
  type EventStore,
  type RecordedEvent,
} from '@casetrail/event-sourcing';
import { SqliteCheckpointStore, SqliteEventStore } from '@casetrail/event-store-sqlite';
import { InProcessBus } from '@casetrail/messaging';
import { HostedContexts } from '../runtime/hosted-contexts';
import { reactionEventTypes, reactionFailedStreamId } from './reaction-failed.events';
import type { Reactor } from './reactor';
import { ReactorHost, reactorCheckpointName } from './reactor-host';
import { reactionsContext } from './reactors.module';

/*
 * The reactor host against a real SQLite store (the embedded mode's checkpoint lives in it) and
 * the in-process bus (the distributed mode's path, the same code as over Kafka). A test reactor
 * opens a "file" in a second context for each "forwarded" event of the first, as the court's
 * reactor does for police forwardings.
 */
const forwardedType = { type: 'police.CaseForwarded', currentVersion: 1 };
const noteType = { type: 'police.NoteAdded', currentVersion: 1 };
const fileOpenedType = { type: 'court.FileOpened', currentVersion: 1 };

interface FileState {
  opened: boolean;
}
type OpenFile = { type: 'OpenFile'; data: { caseId: string }; metadata: { actor: { userId: string; role: string }; now: string } };
type FileOpened = { type: 'court.FileOpened'; data: { caseId: string } };
const fileDecider: Decider<FileState, OpenFile, FileOpened> = {
  initialState: () => ({ opened: false }),
  decide: (command, state) => {
    if (state.opened) throw new DomainRuleViolation('FILE_ALREADY_OPENED', 'The file is already opened');
    return [{ type: 'court.FileOpened', data: { caseId: command.data.caseId } }];
  },
  evolve: () => ({ opened: true }),
};

class OpeningReactor implements Reactor {
  readonly name = 'test-opening';
  readonly handles = [forwardedType.type];
  calls = 0;
  failFirst = 0;
  refuse = new Set<string>();
  constructor(private readonly store: () => EventStore) {}

  async react(event: RecordedEvent): Promise<void> {
    this.calls += 1;
    if (this.failFirst > 0) {
      this.failFirst -= 1;
      throw new Error('store busy');
    }
    const caseId = (event.data as { caseId: string }).caseId;
    if (this.refuse.has(caseId)) throw new DomainRuleViolation('NOT_FORWARDABLE', 'The forwarding names no court');
    await handleCommand(this.store(), registry, fileDecider, `court-file-${caseId}`, { type: 'OpenFile', data: { caseId }, metadata: { actor: { userId: 'reactor:test-opening', role: 'system' }, now: new Date().toISOString() } }, {
      correlationId: event.correlationId,
      causationId: event.eventId,
    });
  }
}

const registry = new EventTypeRegistry().register(forwardedType, noteType, fileOpenedType, ...reactionEventTypes);

describe('ReactorHost', () => {
  beforeAll(() => Logger.overrideLogger(false));
  let dir: string;
  let sqlite: SqliteEventStore;
  let events: EventStore;
  let checkpoints: CheckpointStore;
  let reactor: OpeningReactor;
  let bus: InProcessBus;
  const hosts: ReactorHost[] = [];

  function open(): void {
    sqlite = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
    events = new RegistryEventStore(sqlite, registry);
    checkpoints = new SqliteCheckpointStore(sqlite);
  }

  async function startHost(source: 'store' | 'bus'): Promise<ReactorHost> {
    const hosted = new HostedContexts([
      { name: 'police', module: class {}, owns: [forwardedType, noteType] },
      { name: 'court', module: class {}, owns: [fileOpenedType], reads: [forwardedType], reactors: [OpeningReactor] },
      reactionsContext,
    ]);
    const moduleRef = { get: () => reactor } as unknown as ModuleRef;
    const config = { get: () => source } as unknown as ConfigService<never, true>;
    const host = new ReactorHost(hosted, moduleRef, events, checkpoints, registry, bus, config as never);
    await host.onApplicationBootstrap();
    hosts.push(host);
    return host;
  }

  async function forward(caseId: string, type = forwardedType.type): Promise<RecordedEvent> {
    await events.append(`police-case-${caseId}`, [{ eventId: globalThis.crypto.randomUUID(), type, schemaVersion: 1, data: { caseId }, actor: { userId: 'officer', role: 'police' }, correlationId: `corr-${caseId}`, causationId: null, occurredAt: new Date().toISOString() }], ANY_REVISION);
    return (await events.readStream(`police-case-${caseId}`)).at(-1)!;
  }

  async function until(check: () => Promise<boolean>, what: string): Promise<void> {
    for (let i = 0; i < 400; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`timed out: ${what}`);
  }

  const fileEvents = (caseId: string) => events.readStream(`court-file-${caseId}`);
  const opened = async (...caseIds: string[]) => (await Promise.all(caseIds.map(fileEvents))).every((e) => e.length === 1);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casetrail-reactors-'));
    open();
    reactor = new OpeningReactor(() => events);
    bus = new InProcessBus({ maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 });
  });

  afterEach(async () => {
    await Promise.all(hosts.splice(0).map((h) => h.onApplicationShutdown()));
    await bus.close();
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('embedded: follows the log, reacts to the types it handles only, carrying the causing event’s ids', async () => {
    const first = await forward('a');
    await forward('n', noteType.type);
    await forward('b');
    await startHost('store');
    await until(() => opened('a', 'b'), 'files a and b');
    const [file] = await fileEvents('a');
    expect(file).toMatchObject({ type: 'court.FileOpened', causationId: first.eventId, correlationId: 'corr-a' });
    expect(await fileEvents('n')).toEqual([]);
    await forward('c');
    await until(() => opened('c'), 'file c, appended while live');
    expect(reactor.calls).toBe(3);
  });

  it('embedded: its checkpoint survives a restart, and an event handed over again changes nothing', async () => {
    await forward('a');
    await forward('b');
    const host = await startHost('store');
    await until(() => opened('a', 'b'), 'files a and b');
    await until(async () => (await checkpoints.load(reactorCheckpointName('test-opening'))) >= 2, 'checkpoint');
    await host.onApplicationShutdown();
    await sqlite.close();

    open(); // a new process on the same file
    await forward('c');
    reactor.calls = 0;
    await startHost('store');
    await until(() => opened('c'), 'file c after the restart');
    expect(reactor.calls).toBe(1); // a and b were not handed over again

    // A crash between the effect and the checkpoint: the whole log is handed over again.
    await Promise.all(hosts.splice(0).map((h) => h.onApplicationShutdown()));
    await checkpoints.save(reactorCheckpointName('test-opening'), 0);
    reactor.calls = 0;
    await startHost('store');
    await until(async () => reactor.calls >= 3, 'the replay');
    for (const id of ['a', 'b', 'c']) expect(await fileEvents(id)).toHaveLength(1);
    expect(await events.readStream(reactionFailedStreamId('test-opening'))).toEqual([]);
  });

  it('embedded: retries a failing reaction, and dead-letters a refusal at once, then goes on', async () => {
    reactor.failFirst = 2;
    reactor.refuse.add('refused');
    const refused = await forward('refused');
    await forward('a');
    await startHost('store');
    await until(() => opened('a'), 'file a after the dead letter');
    const [dead, ...more] = await events.readStream(reactionFailedStreamId('test-opening'));
    expect(more).toEqual([]);
    expect(dead).toMatchObject({
      type: 'reaction.ReactionFailed',
      causationId: refused.eventId,
      data: { reactor: 'test-opening', eventId: refused.eventId, eventType: 'police.CaseForwarded', attempts: 3, streamId: 'police-case-refused' },
    });
    expect((dead.data as { reason: string }).reason).toMatch(/NOT_FORWARDABLE|forwarding names no court/);
    expect(await fileEvents('refused')).toEqual([]);
  });

  it('distributed: consumes the bus as its own group; a redelivered event changes nothing', async () => {
    await startHost('bus');
    const a = await forward('a');
    const b = await forward('b');
    const note = await forward('n', noteType.type);
    const message = (event: RecordedEvent) => ({ topic: `casetrail.${event.type.split('.')[0]}`, key: event.streamId, event });
    await bus.publish([message(a), message(note), message(b), message(a)]);
    await until(() => opened('a', 'b'), 'files from the bus');
    await until(async () => reactor.calls >= 3, 'the redelivery');
    expect(await fileEvents('a')).toHaveLength(1);
    expect(await fileEvents('n')).toEqual([]);
    // Applied once, not refused by the decider and dead-lettered: the cause was recognised.
    expect(bus.deadLetters('casetrail.police')).toEqual([]);
  });
});
