import { ProjectionStreamMixError } from '../read-model.errors';
import { caseFactsProjection, recorded } from './case-facts.fixture';
import { planDocumentWrite } from './plan-document-write';

const projection = caseFactsProjection();
const opened = recorded('case-1', 0, 10, 'test.CaseOpened', { province: 'បាត់ដំបង' });
const victim = recorded('case-1', 1, 12, 'test.VictimRecorded', { age: 15 });
const closed = recorded('case-1', 2, 15, 'test.CaseClosed');

describe('planDocumentWrite', () => {
  it('inserts a new document with the marker of the last event applied', () => {
    expect(planDocumentWrite(projection, 'case-1', null, [opened, victim])).toEqual({
      id: 'case-1',
      expectedVersion: null,
      data: { province: 'បាត់ដំបង', victims: 1, minors: 1, closed: false, events: 2 },
      applied: { streamId: 'case-1', streamRevision: 1, globalPosition: 12 },
    });
  });

  it('skips events at or below the marker and applies the rest at the entry version', () => {
    const entry = {
      id: 'case-1',
      version: 4,
      data: { province: 'Kampot', victims: 1, minors: 1, closed: false, events: 2 },
      applied: { streamId: 'case-1', streamRevision: 1, globalPosition: 12 },
    };
    const op = planDocumentWrite(projection, 'case-1', entry, [opened, victim, closed]);
    expect(op).toEqual({
      id: 'case-1',
      expectedVersion: 4,
      data: { ...entry.data, closed: true, events: 3 },
      applied: { streamId: 'case-1', streamRevision: 2, globalPosition: 15 },
    });
  });

  it('plans nothing when every event was applied already', () => {
    const entry = { id: 'case-1', version: 2, data: { province: 'x', victims: 1, minors: 1, closed: false, events: 2 }, applied: { streamId: 'case-1', streamRevision: 1, globalPosition: 12 } };
    expect(planDocumentWrite(projection, 'case-1', entry, [opened, victim])).toBeNull();
  });

  it('skips a repeated event inside one batch', () => {
    const op = planDocumentWrite(projection, 'case-1', null, [opened, victim, victim]);
    expect(op && 'data' in op ? op.data.victims : undefined).toBe(1);
  });

  it('turns a deleted document into a tombstone that keeps the marker', () => {
    const entry = { id: 'case-1', version: 3, data: { province: 'x', victims: 0, minors: 0, closed: false, events: 1 }, applied: { streamId: 'case-1', streamRevision: 0, globalPosition: 10 } };
    const withdrawn = recorded('case-1', 1, 11, 'test.CaseWithdrawn');
    expect(planDocumentWrite(projection, 'case-1', entry, [withdrawn])).toEqual({
      id: 'case-1',
      expectedVersion: 3,
      delete: true,
      applied: { streamId: 'case-1', streamRevision: 1, globalPosition: 11 },
    });
  });

  it('does not replay events over a tombstone that already holds them', () => {
    const tombstone = { id: 'case-1', version: 5, deleted: true as const, applied: { streamId: 'case-1', streamRevision: 3, globalPosition: 20 } };
    expect(planDocumentWrite(projection, 'case-1', tombstone, [opened, victim, closed])).toBeNull();
  });

  it('inserts a tombstone for a document created and deleted within the batch', () => {
    expect(planDocumentWrite(projection, 'case-1', null, [opened, recorded('case-1', 1, 11, 'test.CaseWithdrawn')])).toEqual({
      id: 'case-1',
      expectedVersion: null,
      delete: true,
      applied: { streamId: 'case-1', streamRevision: 1, globalPosition: 11 },
    });
  });

  it('refuses loudly an event of another stream than the document marker', () => {
    const entry = { id: 'case-1', version: 1, data: { province: 'x', victims: 0, minors: 0, closed: false, events: 1 }, applied: { streamId: 'case-1', streamRevision: 0, globalPosition: 10 } };
    const foreign = recorded('case-2', 5, 30, 'test.CaseClosed');
    expect(() => planDocumentWrite(projection, 'case-1', entry, [foreign])).toThrow(ProjectionStreamMixError);
  });

  it('refuses loudly two streams mapped to one new document within a batch', () => {
    const other = recorded('case-2', 0, 11, 'test.CaseOpened', { province: 'Kampot' });
    expect(() => planDocumentWrite(projection, 'all', null, [opened, other])).toThrow(/fed by stream case-1/);
  });
});
