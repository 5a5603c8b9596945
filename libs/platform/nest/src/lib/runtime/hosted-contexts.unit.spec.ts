import type { EventTypeDefinition } from '@casetrail/event-sourcing';
import type { Projection } from '@casetrail/read-models';
import type { BoundedContext } from './bounded-context';
import { HostedContexts } from './hosted-contexts';

const def = (type: string): EventTypeDefinition => ({ type, currentVersion: 1 });
const police = def('police.CaseOpened');
const court = def('court.FileOpened');
const context = (name: string, extra: Partial<BoundedContext> = {}): BoundedContext => ({ name, module: class {}, owns: [], ...extra });
const projection = (name: string) => ({ name, version: 1, collection: name, handles: [], documentId: () => null, apply: () => null }) as Projection<unknown>;

describe('HostedContexts (the descriptors a process hosts, checked at start)', () => {
  it('registers each type once: owned by one context, read by others with the same definition', () => {
    const hosted = new HostedContexts([
      context('police', { owns: [police] }),
      context('court', { owns: [court], reads: [police] }),
      context('statistics', { reads: [police, court] }),
    ]);
    expect(hosted.eventTypes().map((d) => d.type)).toEqual(['police.CaseOpened', 'court.FileOpened']);
    expect(hosted.ownerOf('police.CaseOpened')).toBe('police');
    expect(hosted.ownerOf('court.FileOpened')).toBe('court');
  });

  it('takes a type read from a context hosted elsewhere (distributed mode), without an owner here', () => {
    const hosted = new HostedContexts([context('court', { owns: [court], reads: [police] })]);
    expect(hosted.eventTypes()).toContain(police);
    expect(hosted.ownerOf('police.CaseOpened')).toBeUndefined();
  });

  it('refuses a type owned twice, never overwriting one definition with another', () => {
    expect(() => new HostedContexts([context('police', { owns: [police] }), context('police2', { owns: [def('police.CaseOpened')] })])).toThrow(
      /not named "police2\.…"/,
    );
    expect(() => new HostedContexts([context('police', { owns: [police, def('police.CaseOpened')] })])).toThrow(/owned by "police" and again by "police"/);
  });

  it('refuses a type read with a definition other than its owner’s (two copies of a contract drift apart)', () => {
    expect(() => new HostedContexts([context('police', { owns: [police] }), context('court', { reads: [def('police.CaseOpened')] })])).toThrow(
      /reads "police.CaseOpened" with a definition other than police's/,
    );
    expect(() => new HostedContexts([context('court', { reads: [police] }), context('statistics', { reads: [def('police.CaseOpened')] })])).toThrow(
      /definition other than/,
    );
  });

  it('refuses a context hosted twice, a bad name, and a projection, reactor or audited record type declared twice', () => {
    expect(() => new HostedContexts([context('police'), context('police')])).toThrow(/hosted twice/);
    expect(() => new HostedContexts([context('Police')])).toThrow(/lower-case/);
    expect(() => new HostedContexts([context('a', { projections: [projection('p')] }), context('b', { projections: [projection('p')] })])).toThrow(
      /Projection "p" is registered twice/,
    );
    class SameReactor {}
    expect(() => new HostedContexts([context('a', { reactors: [SameReactor as never] }), context('b', { reactors: [SameReactor as never] })])).toThrow(
      /Reactor "SameReactor" is registered twice/,
    );
    expect(() => new HostedContexts([context('a', { auditedRecordTypes: ['file'] }), context('b', { auditedRecordTypes: ['file'] })])).toThrow(
      /Audited record type "file"/,
    );
  });

  it('gathers projections, audited record types and units of every context', () => {
    const hosted = new HostedContexts([
      context('a', { projections: [projection('a.one')], auditedRecordTypes: ['a-record'], units: [{ code: 'u1', province: null }] }),
      context('b', { projections: [projection('b.one')], auditedRecordTypes: ['b-record'], units: [{ code: 'u1', province: null }, { code: 'u2', province: 'kep' }] }),
    ]);
    expect(hosted.projections().map((p) => p.name)).toEqual(['a.one', 'b.one']);
    expect(hosted.auditedRecordTypes()).toEqual(['a-record', 'b-record']);
    expect(hosted.units().map((u) => u.code)).toEqual(['u1', 'u2']);
    expect(hosted.names()).toEqual(['a', 'b']);
  });
});
