import type { DocumentChange, DocumentWritesObserver, ReadModelStore } from '@casetrail/read-models';
import { LawEnforcementAggregate, type LawEnforcementTable } from '@casetrail/statistics-domain';
import { POLICE_CASE_FACTS_COLLECTION, type PoliceCaseFactsDocument } from '../projections/police-case-facts.projection';
import type { LawEnforcementTableQuery } from './law-enforcement-table.query';

/** Runs `work` while no projection writes (`ProjectionRunner.whileIdle`). */
export type WhileIdle = <R>(work: () => Promise<R>) => Promise<R>;

/** Case documents read per page when loading. */
const PAGE_SIZE = 2000;

/**
 * The law-enforcement tables of a process whose projections are the ONLY writer of the case facts
 * (the embedded runtime: `ProjectionHost.writesAlone`). A `LawEnforcementAggregate` loaded once
 * from every case document (page by page, while the projections are idle, so no write falls
 * between two pages), then kept up to date from the documents the projection writes (this object
 * observes the runner); a drop (rebuild, version change) empties it. A query then sums a few
 * hundred groups instead of reading the cases of two years. Where other processes write the
 * documents too (distributed mode), a process sees only its own writes: use
 * `lawEnforcementTableFromReadModels` there.
 */
export class IncrementalLawEnforcementTables implements DocumentWritesObserver {
  private readonly aggregate = new LawEnforcementAggregate();
  /** cold: not loaded, writes ignored (the load will read them); loaded: followed write by write. */
  private state: 'cold' | 'loaded' = 'cold';
  private loading: Promise<void> | undefined;

  constructor(
    private readonly store: ReadModelStore,
    private readonly whileIdle: WhileIdle,
  ) {}

  /** Whether the documents are loaded (the next query answers from memory). */
  get loaded(): boolean {
    return this.state === 'loaded';
  }

  written(collection: string, changes: readonly DocumentChange[]): void {
    if (collection !== POLICE_CASE_FACTS_COLLECTION || this.state === 'cold') return;
    try {
      for (const change of changes) {
        this.aggregate.put(change.id, change.version, change.deleted ? null : (change.data as PoliceCaseFactsDocument));
      }
    } catch {
      // A document the aggregate cannot take: forget everything; the next query loads again and reports it.
      this.unload();
    }
  }

  dropped(collection: string): void {
    if (collection !== POLICE_CASE_FACTS_COLLECTION || this.state === 'cold') return;
    // The collection is empty now: the aggregate of nothing, followed from here on.
    this.aggregate.clear();
  }

  /** The table as `lawEnforcementTableFromReadModels` computes it from the documents. */
  async table(query: LawEnforcementTableQuery): Promise<LawEnforcementTable> {
    await this.load();
    return this.aggregate.table(query);
  }

  /** Loads the documents if not yet loaded (e.g. to warm up before the first query). */
  load(): Promise<void> {
    if (this.state === 'loaded') return Promise.resolve();
    this.loading ??= this.whileIdle(() => this.loadAll()).finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async loadAll(): Promise<void> {
    if (this.state === 'loaded') return;
    this.aggregate.clear();
    try {
      for (let skip = 0; ; skip += PAGE_SIZE) {
        const page = await this.store.find<PoliceCaseFactsDocument>(POLICE_CASE_FACTS_COLLECTION, {}, { skip, limit: PAGE_SIZE });
        for (const d of page) this.aggregate.put(d.id, d.version, d.data);
        if (page.length < PAGE_SIZE) break;
      }
    } catch (error) {
      this.unload();
      throw error;
    }
    this.state = 'loaded';
  }

  private unload(): void {
    this.state = 'cold';
    this.aggregate.clear();
  }
}
