import { NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, ProjectionHost } from '@casetrail/platform-nest';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { writeFacts } from '../testing/statistics.test-support';
import { integratedCase, returnedWorker } from './protection-statistics.examples';
import { ProtectionStatisticsService } from './protection-statistics.service';

const national: AuthenticatedUser = { userId: 'u-1', role: 'statistician', provinces: 'all' };
const kampotOnly: AuthenticatedUser = { userId: 'u-2', role: 'social_worker', provinces: ['kampot'] };
const total = <R extends { level: string }>(t: { rows: R[] }) => t.rows.find((r) => r.level === 'total')!;

describe('ProtectionStatisticsService', () => {
  let store: InMemoryReadModelStore;
  let waited: number;
  let service: ProtectionStatisticsService;

  beforeEach(async () => {
    store = new InMemoryReadModelStore();
    // Received in Battambang and Kandal, both integrated into Kampot; a worker returned at Poipet (Banteay Meanchey).
    await writeFacts(store, {
      protectionCases: [integratedCase('a', 'battambang'), integratedCase('b', 'kandal'), returnedWorker('c', 'banteay-meanchey'), { ...returnedWorker('d', 'kandal'), receivedOn: '2019-06-01' }],
    });
    waited = 0;
    const host = { waitUntilCurrent: async () => void (waited += 1) } as unknown as ProjectionHost;
    service = new ProtectionStatisticsService(store, host);
  });

  it('waits for the projections before every read (read-your-writes)', async () => {
    await service.table('received', { year: 2020 }, national);
    await service.compensation({ year: 2020 }, national);
    await service.integrationDurations({ year: 2020 }, national);
    expect(waited).toBe(3);
  });

  it('gives a national reader every province, with the year before', async () => {
    const received = await service.table('received', { year: 2020 }, national);
    expect([received.table, total(received).current['persons'], total(received).previous['persons'], received.provinces]).toEqual(['received', 3, 1, null]);
    const compensation = await service.compensation({ year: 2020 }, national);
    expect(total(compensation).current).toEqual({ counts: { claimsFiled: 2, victimsAwarded: 2, victimsReceived: 2 }, awarded: { USD: 200_000 }, received: { USD: 200_000 } });
  });

  it('counts each figure in the province of the case at its event', async () => {
    const kandal = await service.table('received', { year: 2020, province: 'kandal' }, national);
    expect([total(kandal).current['persons'], total(kandal).previous['persons'], kandal.provinces]).toEqual([1, 1, ['kandal']]);
    const integrations = await service.table('integrations', { year: 2020, province: 'kampot' }, national);
    expect(total(integrations).current['integrations']).toBe(2);
    const none = await service.table('integrations', { year: 2020, province: 'kandal' }, national);
    expect(total(none).current['integrations']).toBe(0);
  });

  it('gives a scoped reader without a province only their own provinces, in every statistic', async () => {
    const integrations = await service.table('integrations', { year: 2020 }, kampotOnly);
    expect([total(integrations).current['integrations'], integrations.provinces]).toEqual([2, ['kampot']]);
    const received = await service.table('received', { year: 2020 }, kampotOnly);
    expect(total(received).current['persons']).toBe(0);
    const compensation = await service.compensation({ year: 2020 }, kampotOnly);
    expect(total(compensation).current.counts.claimsFiled).toBe(0);
    const durations = await service.integrationDurations({ year: 2020 }, kampotOnly);
    expect(durations.rows.map((r) => [r.province, r.current.rescueToIntegration.count])).toEqual([['kampot', 2], [null, 2]]);
  });

  it('answers a province outside the reader scope as not found, for every statistic', async () => {
    const asked = { year: 2020, province: 'battambang' };
    await expect(service.table('follow_ups', asked, kampotOnly)).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.compensation(asked, kampotOnly)).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.integrationDurations(asked, kampotOnly)).rejects.toBeInstanceOf(NotFoundException);
    expect(waited).toBe(0);
  });
});
