import { NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, ProjectionHost } from '@casetrail/platform-nest';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { todayInCambodia } from '../http/statistics-query';
import { courtFile, forwardedCase, writeFacts } from '../testing/statistics.test-support';
import { CourtStatisticsService } from './court-statistics.service';

const national: AuthenticatedUser = { userId: 'u-1', role: 'statistician', provinces: 'all' };
const kampotOnly: AuthenticatedUser = { userId: 'u-2', role: 'prosecutor', unit: 'court-kampot', provinces: ['kampot'] };
const total = (t: { rows: Array<{ level: string; current: Record<string, number> }> }) => t.rows.find((r) => r.level === 'total')!.current;

describe('CourtStatisticsService', () => {
  let store: InMemoryReadModelStore;
  let waited: number;
  let service: CourtStatisticsService;

  beforeEach(async () => {
    store = new InMemoryReadModelStore();
    await writeFacts(store, {
      courtFiles: [courtFile('a', 'battambang'), courtFile('b', 'battambang'), courtFile('c', 'kampot')],
      policeCases: [forwardedCase('a', 'battambang'), forwardedCase('b', 'battambang'), forwardedCase('c', 'kampot'), forwardedCase('d', 'kampot')],
    });
    waited = 0;
    const host = { waitUntilCurrent: async () => void (waited += 1) } as unknown as ProjectionHost;
    service = new CourtStatisticsService(store, host);
  });

  it('waits for the projections before every read (read-your-writes)', async () => {
    await service.courtTable('prosecution', { year: 2020 }, national);
    await service.justiceFunnel({ year: 2020 }, national);
    await service.courtDurations({ year: 2020 }, national);
    expect(waited).toBe(3);
  });

  it('gives a national reader every province, or the one asked for', async () => {
    const all = await service.courtTable('trial', { year: 2020 }, national);
    expect([all.table, total(all).cases, total(all).imprisonment, all.provinces]).toEqual(['trial', 3, 3, null]);
    const one = await service.courtTable('investigating_judges', { year: 2020, province: 'battambang' }, national);
    expect([total(one).cases, total(one).inJail, one.province, one.provinces]).toEqual([2, 2, 'battambang', ['battambang']]);
  });

  it('gives a scoped reader without a province only their own provinces, in every statistic', async () => {
    const table = await service.courtTable('prosecution', { year: 2020 }, kampotOnly);
    expect([total(table).cases, table.provinces]).toEqual([1, ['kampot']]);
    const funnel = await service.justiceFunnel({ year: 2020, asOf: '2020-12-31' }, kampotOnly);
    expect(funnel.rows.map((r) => [r.province, r.counts.forwarded, r.counts.convicted])).toEqual([['kampot', 2, 1], [null, 2, 1]]);
    const durations = await service.courtDurations({ year: 2020 }, kampotOnly);
    expect(durations.rows.map((r) => [r.province, r.durations.arrestToCharge.count])).toEqual([['kampot', 1], [null, 1]]);
  });

  it('answers a province outside the reader scope as not found, for every statistic', async () => {
    const asked = { year: 2020, province: 'battambang' };
    await expect(service.courtTable('trial', asked, kampotOnly)).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.justiceFunnel(asked, kampotOnly)).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.courtDurations(asked, kampotOnly)).rejects.toBeInstanceOf(NotFoundException);
    expect(waited).toBe(0);
  });

  it('counts the funnel as of today in Cambodia unless asked for another day', async () => {
    const today = await service.justiceFunnel({ year: 2020 }, national);
    expect(today.asOf).toBe(todayInCambodia());
    const early = await service.justiceFunnel({ year: 2020, asOf: '2020-03-10', province: 'battambang' }, national);
    expect(early.rows[0].counts).toMatchObject({ forwarded: 2, received: 0 });
    expect([early.province, early.provinces]).toEqual(['battambang', ['battambang']]);
  });
});
