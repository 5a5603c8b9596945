import { SCREENING_OUTCOMES } from '@casetrail/intake-contracts';
import { rowOf } from '../protection/protection.test-fixtures';
import { buildBodiesTable } from './bodies-table';
import { buildScreeningsTable } from './screenings-table';
import { aBody, aScreenedPerson } from './intake.test-fixtures';

const referral = (destination: 'police' | 'partner_organisation' | 'family', referredOn: string) => ({
  destination,
  referredOn,
  organisation: destination === 'partner_organisation' ? 'ngo-ijm' : null,
  policeUnit: destination === 'police' ? 'police-banteay-meanchey' : null,
  province: 'banteay-meanchey',
});

const persons = [
  aScreenedPerson({ personId: 'A', referrals: [referral('partner_organisation', '2020-03-02'), referral('police', '2020-03-05')] }),
  aScreenedPerson({ personId: 'B', sex: 'M', ageBand: '18_plus', minor: false, referrals: [referral('partner_organisation', '2021-01-02')] }),
  aScreenedPerson({ personId: 'C', outcome: 'not_identified', exploitationType: null, place: 'o-bei-choan', referrals: [referral('family', '2020-03-01')] }),
  aScreenedPerson({ personId: 'D', outcome: 'person_at_risk', exploitationType: 'at_risk', screenedOn: '2019-06-01' }),
];

describe('buildScreeningsTable', () => {
  const table = buildScreeningsTable(persons, { year: 2020 });

  it('counts persons screened by their latest outcome, sex and age, and referrals by destination', () => {
    expect(table.rows.filter((r) => r.dimension === 'outcome').map((r) => r.code)).toEqual([...SCREENING_OUTCOMES]);
    expect(rowOf(table).current).toMatchObject({ persons: 3, personsAdultMale: 1, personsMinorFemale: 2, referrals: 3, referralsMinorFemale: 3 });
    expect(rowOf(table, 'outcome', 'suspected_victim').current).toMatchObject({ persons: 2, referrals: 2 });
    expect(rowOf(table, 'exploitation_type', 'none').current).toMatchObject({ persons: 1, referrals: 1 });
    expect(rowOf(table, 'place', 'o-bei-choan').current.persons).toBe(1);
    // A referral counts in the year of its date: B's is in 2021.
    expect(rowOf(table, 'destination', 'partner_organisation').current).toMatchObject({ persons: 0, referrals: 1 });
    expect(rowOf(table, 'destination', 'police').current.referrals).toBe(1);
    expect(rowOf(table, 'destination', 'family').current.referrals).toBe(1);
    expect(rowOf(table).previous.persons).toBe(1);
  });
});

describe('buildBodiesTable', () => {
  it('counts bodies by place, sex, cause, who brought them, receiving unit and country of death', () => {
    const table = buildBodiesTable(
      [aBody({ bodyId: '1' }), aBody({ bodyId: '2', sex: 'F', cause: 'accident' }), aBody({ bodyId: '3', place: 'doung', province: 'battambang', receivedBy: 'police-commissariat-battambang', broughtBy: 'family' })],
      { year: 2020 },
    );
    expect(rowOf(table).current).toEqual({ bodies: 3, males: 2, females: 1 });
    expect(rowOf(table, 'place', 'poipet').current).toEqual({ bodies: 2, males: 1, females: 1 });
    expect(rowOf(table, 'cause', 'accident').current.females).toBe(1);
    expect(rowOf(table, 'brought_by', 'family').current.bodies).toBe(1);
    expect(rowOf(table, 'received_by', 'border-liaison-office')).toMatchObject({ label: 'Cambodian-Thai Border Liaison Office', current: { bodies: 2 } });
    expect(rowOf(table, 'country_of_death', 'THA').current.bodies).toBe(3);
    expect(rowOf(buildBodiesTable([aBody()], { year: 2020, province: 'battambang' })).current.bodies).toBe(0);
  });
});
