import { NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, ProjectionHost } from '@casetrail/platform-nest';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { openCase, writeFacts } from '../testing/statistics.test-support';
import { LawEnforcementStatisticsService } from './law-enforcement-statistics.service';

const national: AuthenticatedUser = { userId: 'u-1', role: 'statistician', provinces: 'all' };
const kampotOnly: AuthenticatedUser = { userId: 'u-2', role: 'police', unit: 'police-kampot', provinces: ['kampot'] };
const cases = (table: { rows: { level: string; current: { cases: number } }[] }) =>
  table.rows.find((r) => r.level === 'total')!.current.cases;

// Reading the facts at each query (distributed mode), and from the incremental tables (embedded:
// the projections write the facts alone; here they are loaded at the first query).
describe.each([
  ['read at each query', false],
  ['incremental', true],
])('LawEnforcementStatisticsService (%s)', (_, alone) => {
  let store: InMemoryReadModelStore;
  let waited: number;
  let service: LawEnforcementStatisticsService;

  beforeEach(async () => {
    store = new InMemoryReadModelStore();
    await writeFacts(store, { policeCases: [openCase('a', 'battambang'), openCase('b', 'battambang'), openCase('c', 'kampot')] });
    waited = 0;
    const host = {
      waitUntilCurrent: async () => void (waited += 1),
      writesAlone: () => alone,
      observe: () => undefined,
      whileIdle: <R>(work: () => Promise<R>) => work(),
    } as unknown as ProjectionHost;
    service = new LawEnforcementStatisticsService(store, host);
  });

  it('waits for the projections before reading (read-your-writes)', async () => {
    await service.lawEnforcementTable({ year: 2020 }, national);
    expect(waited).toBe(1);
  });

  it('gives a national reader every province, or the one asked for', async () => {
    const all = await service.lawEnforcementTable({ year: 2020 }, national);
    expect([cases(all), all.provinces]).toEqual([3, null]);
    const one = await service.lawEnforcementTable({ year: 2020, province: 'battambang' }, national);
    expect([cases(one), one.province, one.provinces]).toEqual([2, 'battambang', ['battambang']]);
  });

  it('gives a scoped reader without a province only their own provinces', async () => {
    const table = await service.lawEnforcementTable({ year: 2020 }, kampotOnly);
    expect([cases(table), table.provinces]).toEqual([1, ['kampot']]);
  });

  it('answers a province outside the reader scope as not found', async () => {
    await expect(service.lawEnforcementTable({ year: 2020, province: 'battambang' }, kampotOnly)).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('filters by reporting unit', async () => {
    const table = await service.lawEnforcementTable({ year: 2020, unitCode: 'police-kampot' }, national);
    expect(cases(table)).toBe(1);
  });
});
