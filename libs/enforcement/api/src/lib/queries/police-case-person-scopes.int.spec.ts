import type { RecordedEvent } from '@casetrail/event-sourcing';
import { PoliceCaseEventType as E, policeCaseStreamId } from '@casetrail/enforcement-contracts';
import type { ModuleRef } from '@nestjs/core';
import { HostedContexts, type PersonScopeResolver, type ProjectionHost } from '@casetrail/platform-nest';
import { PersonScopes } from '@casetrail/personal-data';
import { InMemoryReadModelStore, ProjectionRunner, type Projection } from '@casetrail/read-models';
import { personCasesProjection } from '../projections/person-cases.projection';
import { policeCaseSummaryProjection } from '../projections/police-case-summary.projection';
import { PoliceCasePersonScopes } from './police-case-person-scopes';

let position = 0;
function recorded(caseId: string, streamRevision: number, type: string, data: object): RecordedEvent {
  position += 1;
  return {
    eventId: `e-${position}`,
    type,
    schemaVersion: 1,
    data,
    actor: { userId: 'officer-1', role: 'police' },
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2020-03-01T00:00:00.000Z',
    streamId: policeCaseStreamId(caseId),
    streamRevision,
    globalPosition: position,
    recordedAt: '2020-03-01T00:00:00.000Z',
  };
}

const opened = (caseId: string, province: string) =>
  recorded(caseId, 0, E.PoliceCaseOpened, { caseId, unit: { code: `police-${province}`, type: 'provincial_police' }, province, offences: ['procuring'], openedOn: '2020-03-01' });
const suspect = (caseId: string, revision: number, suspectId: string) =>
  recorded(caseId, revision, E.SuspectIdentified, { suspectId, sex: 'M', ageAtIdentification: 40, ageBandAtIdentification: '18_plus', nationality: 'KHM', identifiedOn: '2020-03-02', personal: {} });
const victim = (caseId: string, revision: number, victimId: string) =>
  recorded(caseId, revision, E.VictimRescued, { victimId, sex: 'F', ageAtRescue: 16, ageBandAtRescue: '15_17', minor: true, nationality: 'KHM', exploitationType: 'sexual', rescuedOn: '2020-03-02', personal: {} });

describe('a person\'s provinces, as law enforcement knows them (read models in memory)', () => {
  let scopes: PersonScopes;
  let waits = 0;

  /** PersonScopes of a process hosting one context per resolver, each declaring its resolver. */
  function personScopesOf(...resolvers: PersonScopeResolver[]): PersonScopes {
    const classes = resolvers.map(() => class Resolver {});
    const hosted = new HostedContexts(classes.map((personScopes, i) => ({ name: `context${i}`, module: class {}, owns: [], personScopes: personScopes as never })));
    const moduleRef = { get: (type: unknown) => resolvers[classes.indexOf(type as never)] } as unknown as ModuleRef;
    return new PersonScopes(hosted, moduleRef);
  }

  beforeAll(async () => {
    const store = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(store, [policeCaseSummaryProjection, personCasesProjection] as Projection<unknown>[]);
    await runner.applyBatch([
      opened('A', 'battambang'),
      suspect('A', 1, 'P-suspect'),
      victim('A', 2, 'P-victim-in-two-cases'),
      opened('B', 'kandal'),
      victim('B', 1, 'P-victim-in-two-cases'),
      victim('B', 2, 'P-kandal-only'),
    ]);
    const host = { waitUntilCurrent: async () => void (waits += 1) } as unknown as ProjectionHost;
    scopes = personScopesOf(new PoliceCasePersonScopes(store, host));
  });

  it('gives the province of each case naming the person, suspect or victim', async () => {
    expect(await scopes.provincesOf('P-suspect')).toEqual(['battambang']);
    expect(await scopes.provincesOf('P-kandal-only')).toEqual(['kandal']);
    expect(await scopes.provincesOf('P-victim-in-two-cases')).toEqual(['battambang', 'kandal']);
  });

  it('knows no province of a person no case names, and waits for the projections before answering', async () => {
    const before = waits;
    expect(await scopes.provincesOf('P-nobody')).toEqual([]);
    expect(waits).toBe(before + 1);
  });

  it('asks every registered context and merges their answers', async () => {
    const both = personScopesOf({ provincesOf: async () => ['kep', 'battambang'] }, { provincesOf: async () => ['battambang'] });
    expect(await both.provincesOf('anyone')).toEqual(['battambang', 'kep']);
  });
});
