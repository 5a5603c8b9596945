import { buildIntegrationDurations } from './integration-durations';
import { aCase, anIntegration } from './protection.test-fixtures';

const facts = [
  // Rescued 27 Feb, received 1 March, integrated 30 days after the rescue (a leap year), 27 after the reception.
  aCase({ personId: 'A', integrations: [anIntegration('2020-03-28')] }),
  aCase({ personId: 'B', rescuedOn: '2020-01-01', receivedOn: '2020-01-02', integrations: [anIntegration('2020-12-31')] }),
  // No rescue (from overseas authorities): reception to integration only.
  aCase({ personId: 'C', rescuedOn: null, channel: 'overseas_authorities', receivedOn: '2020-05-01', integrations: [anIntegration('2020-05-11', { province: 'kampot' })] }),
  aCase({ personId: 'D', rescuedOn: '2019-01-01', receivedOn: '2019-01-01', integrations: [anIntegration('2019-03-02')] }),
];

describe('buildIntegrationDurations', () => {
  const durations = buildIntegrationDurations(facts, { year: 2020, provinces: ['battambang', 'kampot'] });

  it('measures rescue and reception to integration per province of the integration, then pooled', () => {
    const [battambang, kampot, total] = durations.rows;
    expect(battambang.current).toEqual({
      rescueToIntegration: { count: 2, medianDays: 30, p90Days: 365 },
      receptionToIntegration: { count: 2, medianDays: 27, p90Days: 364 },
    });
    expect(kampot.current).toEqual({ rescueToIntegration: { count: 0, medianDays: null, p90Days: null }, receptionToIntegration: { count: 1, medianDays: 10, p90Days: 10 } });
    expect(total).toMatchObject({ level: 'total', province: null, current: { receptionToIntegration: { count: 3, medianDays: 27, p90Days: 364 } } });
  });

  it('compares with the year before', () => {
    const [battambang] = durations.rows;
    expect(battambang.previous.rescueToIntegration).toEqual({ count: 1, medianDays: 60, p90Days: 60 });
    expect(battambang.change.rescueToIntegration).toEqual({ count: { absolute: 1, percent: 100 }, medianDays: -30, p90Days: 305 });
    expect(durations.rows[1].change.rescueToIntegration.medianDays).toBeNull();
  });
});
