import { aCase, aVictim } from '../law-enforcement/law-enforcement.test-fixtures';
import { aCase as aProtectionCase, rowOf } from '../protection/protection.test-fixtures';
import { buildReferralChainTable } from './referral-chain-table';
import { buildScreeningYield, perThousand } from './screening-yield';
import { intakeTableToCsv, screeningYieldToCsv } from './intake-table-csv';
import { aReception, aScreenedPerson } from './intake.test-fixtures';

const referral = (destination: 'police' | 'social_affairs' | 'partner_organisation', referredOn: string) => ({
  destination,
  referredOn,
  organisation: destination === 'police' ? null : destination === 'social_affairs' ? 'mosvy' : 'ngo-ijm',
  policeUnit: destination === 'police' ? 'police-banteay-meanchey' : null,
  province: 'banteay-meanchey',
});
const referredVictim = (victimId: string) => ({ victimId, sex: 'F' as const, ageBand: '15_17' as const, minor: true, exploitationType: 'labour' as const, referredOn: '2020-03-05', screenedAt: 'poipet', handedOverTo: null, handedOverOn: null });

describe('buildReferralChainTable', () => {
  const screened = [
    // Referred to the police twice (counted once, by the first) and a case took them in.
    aScreenedPerson({ personId: 'A', referrals: [referral('police', '2020-03-05'), referral('police', '2020-03-09')] }),
    // Referred to the police, no case yet.
    aScreenedPerson({ personId: 'B', referrals: [referral('police', '2020-04-01')] }),
    // Referred to a partner and to social affairs: one person, one protection case.
    aScreenedPerson({ personId: 'C', place: 'o-bei-choan', referrals: [referral('partner_organisation', '2020-03-02'), referral('social_affairs', '2020-03-03')] }),
    // Referred to social affairs: the case was recorded in error, so it does not count.
    aScreenedPerson({ personId: 'D', referrals: [referral('social_affairs', '2020-05-01')] }),
    // Screened in 2019, rescued by the police in 2020.
    aScreenedPerson({ personId: 'E', screenedOn: '2019-11-01', place: 'doung', province: 'battambang' }),
  ];
  const policeCases = [
    aCase({ caseId: 'K1', province: 'banteay-meanchey', referredVictims: [referredVictim('A')] }),
    aCase({ caseId: 'K2', province: 'kampot', victims: [aVictim({ victimId: 'E', rescuedOn: '2020-06-01' }), aVictim({ victimId: 'X', rescuedOn: '2020-06-01' })] }),
    aCase({ caseId: 'K3', province: 'kampot', status: 'closed', closureReason: 'recorded_in_error', referredVictims: [referredVictim('B')], victims: [aVictim({ victimId: 'E', rescuedOn: '2020-06-01' })] }),
  ];
  const protectionCases = [
    aProtectionCase({ personId: 'C', channel: 'border_screening' }),
    aProtectionCase({ personId: 'D', channel: 'border_screening', closure: { closedOn: '2020-06-01', reason: 'recorded_in_error' } }),
  ];
  const table = buildReferralChainTable({ screened, policeCases, protectionCases }, { year: 2020 });

  it('follows the screened persons into police and protection cases, and the rescued victims back to a screening', () => {
    expect(rowOf(table).current).toEqual({ referredToPolice: 2, becamePoliceVictims: 1, referredToProtection: 2, protectionCasesOpened: 1, policeRescues: 2, rescuedAfterScreening: 1 });
    expect(rowOf(table, 'place', 'o-bei-choan').current).toMatchObject({ referredToProtection: 1, protectionCasesOpened: 1 });
    expect(rowOf(table, 'place', 'doung').current).toMatchObject({ policeRescues: 1, rescuedAfterScreening: 1 });
    expect(rowOf(table, 'place', 'none')).toMatchObject({ label: 'Not screened', current: { policeRescues: 1, rescuedAfterScreening: 0 } });
  });

  it('counts referrals in the screening\'s province and rescues in the case\'s', () => {
    expect(rowOf(buildReferralChainTable({ screened, policeCases, protectionCases }, { year: 2020, province: 'kampot' })).current).toEqual({
      referredToPolice: 0,
      becamePoliceVictims: 0,
      referredToProtection: 0,
      protectionCasesOpened: 0,
      policeRescues: 2,
      rescuedAfterScreening: 1,
    });
  });
});

describe('buildScreeningYield', () => {
  const receptions = [
    aReception({ receptionId: '1', receivedOn: '2020-03-01', counts: { men: 1500, women: 400, boys: 60, girls: 40 } }),
    aReception({ receptionId: '2', receivedOn: '2020-04-01', counts: { men: 1000, women: 0, boys: 0, girls: 0 } }),
    aReception({ receptionId: '3', receivedOn: '2019-03-01', counts: { men: 500, women: 0, boys: 0, girls: 0 } }),
    aReception({ receptionId: 'W', receivedOn: '2020-03-01', withdrawnOn: '2020-03-02' }),
  ];
  const screened = [
    ...Array.from({ length: 3 }, (_, i) => aScreenedPerson({ personId: `S${i}`, screenedOn: '2020-03-02' })),
    aScreenedPerson({ personId: 'N', outcome: 'not_identified', exploitationType: null, screenedOn: '2020-03-02' }),
    aScreenedPerson({ personId: 'P', screenedOn: '2019-03-02' }),
  ];
  const yieldTable = buildScreeningYield(receptions, screened, { year: 2020 });

  it('gives suspected victims per 1,000 returnees per place and month, the place\'s from its sums, and the total', () => {
    const march = yieldTable.rows.find((r) => r.level === 'month' && r.place === 'poipet' && r.month === 3)!;
    expect(march).toMatchObject({ label: 'Poipet International Checkpoint, 03', current: { returnees: 2000, suspectedVictims: 3, perThousand: 1.5 }, previous: { returnees: 500, suspectedVictims: 1, perThousand: 2 } });
    expect(march.change).toEqual({ returnees: { absolute: 1500, percent: 300 }, suspectedVictims: { absolute: 2, percent: 200 }, perThousand: -0.5 });
    expect(yieldTable.rows.find((r) => r.level === 'month' && r.month === 1)!.current).toEqual({ returnees: 0, suspectedVictims: 0, perThousand: null });
    expect(yieldTable.rows.find((r) => r.level === 'place')!.current).toEqual({ returnees: 3000, suspectedVictims: 3, perThousand: 1 });
    expect(yieldTable.rows).toHaveLength(12 + 1 + 1);
    expect(yieldTable.rows.at(-1)).toMatchObject({ level: 'total', current: { returnees: 3000, suspectedVictims: 3, perThousand: 1 } });
    expect(perThousand(106, 63_793)).toBe(1.66);
  });

  it('selects a month', () => {
    const april = buildScreeningYield(receptions, screened, { year: 2020, month: 4 });
    expect(april.rows.map((r) => [r.level, r.month, r.current.perThousand])).toEqual([['month', 4, 0], ['place', null, 0], ['total', null, 0]]);
  });

  it('writes CSV lines for the yield and for a table, with BOM, CRLF and the month', () => {
    const csv = screeningYieldToCsv(yieldTable);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'year,previous_year,province,level,place,month,label,returnees,returnees_previous,returnees_change,returnees_change_percent,suspected_victims,suspected_victims_previous,suspected_victims_change,suspected_victims_change_percent,per_thousand,per_thousand_previous,per_thousand_change',
    );
    expect(lines[3]).toBe('2020,2019,,month,poipet,3,"Poipet International Checkpoint, 03",2000,500,1500,300,3,1,2,200,1.5,2,-0.5');
    const table = intakeTableToCsv(buildReferralChainTable({ screened, policeCases: [], protectionCases: [] }, { year: 2020, month: 3 }), { provinces: ['kampot', 'battambang'] });
    expect(table.slice(1).split('\r\n')[0]).toMatch(/^year,previous_year,month,province,level,dimension,code,label,referred_to_police,referred_to_police_previous,/);
    expect(table.slice(1).split('\r\n').at(-2)).toMatch(/^2020,2019,3,battambang; kampot,total,,,Total,0,0,0,,/);
  });
});
