/** The synthetic per-case workload the read-model benchmarks share: events and the projection. */
import type { NewEvent } from '@casetrail/event-sourcing';
import type { Projection } from '@casetrail/read-models';
import type { MongoReadModelStore } from '@casetrail/read-models-mongodb';
import { randomUUID } from 'node:crypto';

export const BENCH_MONGODB_URI = process.env['MONGODB_URI'] ?? 'mongodb://127.0.0.1:27017/casetrail';

/** Events per case stream: opened, three victims recorded, closed. */
export const EVENTS_PER_CASE = 5;

export interface Tally {
  province: string;
  victims: number;
  closed: boolean;
}

/** A synthetic per-case projection, one document per stream (as the statistics projections are). */
export const caseTally: Projection<Tally> = {
  name: 'bench.case-tally',
  version: 1,
  collection: 'bench_case_tally',
  handles: ['bench.CaseOpened', 'bench.VictimRecorded', 'bench.CaseClosed'],
  documentId: (event) => event.streamId,
  apply(current, event) {
    if (event.type === 'bench.CaseOpened') return { province: (event.data as { province: string }).province, victims: 0, closed: false };
    if (event.type === 'bench.VictimRecorded') return { ...current!, victims: current!.victims + 1 };
    return { ...current!, closed: true };
  },
};

/** The `step`-th event (0-based) of case `c`: opened, victims recorded, then closed. */
export function caseEvent(c: number, step: number): NewEvent {
  const type = step === 0 ? 'bench.CaseOpened' : step === EVENTS_PER_CASE - 1 ? 'bench.CaseClosed' : 'bench.VictimRecorded';
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data: step === 0 ? { province: `province-${c % 25}` } : {},
    actor: { userId: 'bench-user', role: 'police', unit: 'bench-unit', province: 'bench-province' },
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: '2024-01-01T00:00:00.000Z',
  };
}

/** "FerretDB v1.24.2" or "MongoDB 7.0.x", for the table's setting column. */
export async function mongoServerName(store: MongoReadModelStore): Promise<string> {
  const { product, version } = await store.server();
  return `${product} ${version}`;
}
