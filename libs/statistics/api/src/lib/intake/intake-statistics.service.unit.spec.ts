import { NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser, ProjectionHost } from '@casetrail/platform-nest';
import { InMemoryReadModelStore } from '@casetrail/read-models';
import { forwardedCase, writeFacts } from '../testing/statistics.test-support';
import { returnedWorker } from '../protection/protection-statistics.examples';
import { checkpointReception, embassyReception, screenedGirl } from './intake-statistics.examples';
import { IntakeStatisticsService } from './intake-statistics.service';

const national: AuthenticatedUser = { userId: 'u-1', role: 'statistician', provinces: 'all' };
const borderOfficial: AuthenticatedUser = { userId: 'u-2', role: 'border_official', provinces: ['banteay-meanchey'] };
const total = <R extends { level: string }>(t: { rows: R[] }) => t.rows.find((r) => r.level === 'total')!;

const toPolice = (referredOn: string) => ({ destination: 'police' as const, referredOn, organisation: null, policeUnit: 'police-banteay-meanchey', province: 'banteay-meanchey' });
const referredVictim = (victimId: string) => ({ victimId, sex: 'F' as const, ageBand: '15_17' as const, minor: true, exploitationType: 'labour' as const, referredOn: '2020-03-04', screenedAt: 'poipet', handedOverTo: null, handedOverOn: null });
const rescued = (victimId: string, rescuedOn: string) => ({ victimId, sex: 'F' as const, ageBand: '18_plus' as const, minor: false, nationality: 'KHM', foreign: false, exploitationType: 'labour' as const, rescuedOn, handedOverTo: null, handedOverOn: null });

describe('IntakeStatisticsService', () => {
  let store: InMemoryReadModelStore;
  let waited: number;
  let service: IntakeStatisticsService;

  beforeEach(async () => {
    store = new InMemoryReadModelStore();
    await writeFacts(store, {
      receptions: [embassyReception('r1'), checkpointReception('r2'), { ...checkpointReception('r3'), receivedOn: '2019-03-02' }],
      screenedPersons: [
        // Referred to a partner (a protection case opened for her), and to the police (a case took her in, in 2021).
        { ...screenedGirl('p1', 'r2'), referrals: [...screenedGirl('p1', 'r2').referrals, toPolice('2020-03-04')] },
        // Referred to a partner, no case yet.
        screenedGirl('p2', 'r2'),
        // Screened in 2018, rescued by the Kampot police in 2020.
        { ...screenedGirl('p3', 'r2'), screenedOn: '2018-05-01', referrals: [] },
      ],
      policeCases: [
        { ...forwardedCase('k1', 'banteay-meanchey'), openedOn: '2021-01-05', referredVictims: [referredVictim('p1')] },
        { ...forwardedCase('k2', 'kampot'), victims: [rescued('p3', '2020-08-01'), rescued('v9', '2020-08-01')] },
      ],
      protectionCases: [{ ...returnedWorker('p1', 'banteay-meanchey'), channel: 'border_screening' }, returnedWorker('x', 'banteay-meanchey')],
    });
    waited = 0;
    const host = { waitUntilCurrent: async () => void (waited += 1) } as unknown as ProjectionHost;
    service = new IntakeStatisticsService(store, host);
  });

  it('waits for the projections before every read (read-your-writes)', async () => {
    await service.table('receptions', { year: 2020 }, national);
    await service.screeningYield({ year: 2020 }, national);
    expect(waited).toBe(2);
  });

  it('gives a national reader every province, with the year before', async () => {
    const receptions = await service.table('receptions', { year: 2020 }, national);
    expect([total(receptions).current['receptions'], total(receptions).previous['receptions'], receptions.provinces]).toEqual([2, 1, null]);
  });

  it('follows the referrals across the contexts\' facts: police and protection cases, rescues of screened persons', async () => {
    const chain = await service.table('referral_chain', { year: 2020 }, national);
    expect(total(chain).current).toEqual({ referredToPolice: 1, becamePoliceVictims: 1, referredToProtection: 2, protectionCasesOpened: 1, policeRescues: 2, rescuedAfterScreening: 1 });
    const kampot = await service.table('referral_chain', { year: 2020, province: 'kampot' }, national);
    expect(total(kampot).current).toMatchObject({ referredToPolice: 0, policeRescues: 2, rescuedAfterScreening: 1 });
  });

  it('gives a scoped reader without a province only their own provinces, and refuses another', async () => {
    const receptions = await service.table('receptions', { year: 2020 }, borderOfficial);
    expect([total(receptions).current['persons'], receptions.provinces]).toEqual([2000, ['banteay-meanchey']]);
    const chain = await service.table('referral_chain', { year: 2020 }, borderOfficial);
    expect(total(chain).current).toMatchObject({ referredToProtection: 2, policeRescues: 0 });
    await expect(service.table('bodies', { year: 2020, province: 'phnom-penh' }, borderOfficial)).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.screeningYield({ year: 2020, province: 'phnom-penh' }, borderOfficial)).rejects.toBeInstanceOf(NotFoundException);
    expect(waited).toBe(2);
  });
});
