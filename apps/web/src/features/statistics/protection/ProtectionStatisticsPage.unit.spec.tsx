/** @jest-environment jest-fixed-jsdom */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../../i18n';
import { fakeApi, json, type Call } from '../../../test/fakeApi';
import { renderScreen } from '../../../test/render';
import { cellAt } from '../testing/cellAt';
import { ProtectionStatisticsPage } from './ProtectionStatisticsPage';

// ECharts needs a canvas: the chart is replaced by its accessible frame (the options are tested as functions).
jest.mock('../charts/StatisticsChart', () => ({
  StatisticsChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const PERSONS = ['persons', 'personsAdultMale', 'personsAdultFemale', 'personsMinorMale', 'personsMinorFemale'];
const figures = (figuresList: string[], values: number[]) => Object.fromEntries(figuresList.map((f, i) => [f, values[i] ?? 0]));
const changes = (figuresList: string[]) => Object.fromEntries(figuresList.map((f) => [f, { absolute: 0, percent: null }]));

/** A breakdown table as the API answers it: one row per code of each dimension, then the total. */
function breakdown(table: string, figureList: string[], rows: [dimension: string, code: string, label: string, current: number[], previous?: number[]][], year: number) {
  const body = rows.map(([dimension, code, label, current, previous = []]) => ({ level: 'breakdown', dimension, code, label, current: figures(figureList, current), previous: figures(figureList, previous), change: changes(figureList) }));
  const firstDimension = rows[0]?.[0];
  const total = (which: 'current' | 'previous') =>
    Object.fromEntries(figureList.map((f) => [f, body.filter((r) => r.dimension === firstDimension).reduce((s, r) => s + r[which][f], 0)]));
  return {
    table,
    year,
    previousYear: year - 1,
    province: null,
    provinces: null,
    figures: figureList,
    dimensions: [...new Set(rows.map((r) => r[0]))],
    rows: [...body, { level: 'total', dimension: null, code: null, label: 'Total', current: total('current'), previous: total('previous'), change: changes(figureList) }],
  };
}

function answer(call: Call) {
  const year = Number(call.search.get('year'));
  if (call.search.get('format') === 'csv') return new Response('\uFEFFyear\r\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  switch (call.path) {
    case '/api/statistics/protection/received':
      return json(
        breakdown(
          'received',
          PERSONS,
          [
            ['channel', 'police_hand_over', 'Police', [300, 10, 50, 40, 200], [280]],
            ['channel', 'overseas_authorities', 'Overseas', [1234, 800, 434, 0, 0], [900]],
            ['country_returned_from', 'THA', 'Thailand', [1234, 800, 434, 0, 0]],
            ['country_returned_from', 'none', 'None', [300, 10, 50, 40, 200]],
          ],
          year,
        ),
      );
    case '/api/statistics/protection/shelter-admissions':
      return json(breakdown('shelter_admissions', [...PERSONS, 'admissions'], [['exploitation_type', 'sexual', 'Sexual', [371, 0, 76, 44, 226, 371]], ['sent_by', 'provincial_department', 'Provincial', [371, 0, 76, 44, 226, 371]]], year));
    case '/api/statistics/protection/integrations':
      return json(breakdown('integrations', ['integrations', 'integrationsAdultMale', 'integrationsAdultFemale', 'integrationsMinorMale', 'integrationsMinorFemale'], [['integrated_by', 'municipal_department', 'Municipal', [15]], ['integrated_by', 'provincial_department', 'Provincial', [44]], ['integrated_by', 'partner_organisation', 'Partners', [45]]], year));
    case '/api/statistics/protection/follow-ups':
      return json(breakdown('follow_ups', [...PERSONS, 'visits'], [['outcome', 'stable', 'Stable', [100, 0, 0, 0, 0, 122]]], year));
    case '/api/statistics/protection/compensation':
      return json({
        table: 'compensation',
        year,
        previousYear: year - 1,
        province: null,
        provinces: null,
        figures: ['claimsFiled', 'victimsAwarded', 'victimsReceived'],
        currencies: ['USD'],
        rows: [
          { level: 'organisation', organisation: 'ngo-chab-dai', kind: 'partner_organisation', label: 'Chab Dai Coalition', current: { counts: { claimsFiled: 40, victimsAwarded: 39, victimsReceived: 39 }, awarded: { USD: 40000000 }, received: { USD: 30000000 } }, previous: { counts: { claimsFiled: 0, victimsAwarded: 0, victimsReceived: 0 }, awarded: {}, received: {} }, change: { counts: {}, awarded: {}, received: {} } },
          { level: 'total', organisation: null, kind: null, label: 'Total', current: { counts: { claimsFiled: 70, victimsAwarded: 65, victimsReceived: 65 }, awarded: { USD: 60000000 }, received: { USD: 52447600 } }, previous: { counts: { claimsFiled: 0, victimsAwarded: 0, victimsReceived: 0 }, awarded: {}, received: {} }, change: { counts: {}, awarded: {}, received: {} } },
        ],
      });
    case '/api/statistics/protection/integration-durations':
      return json({
        year,
        previousYear: year - 1,
        province: null,
        provinces: null,
        measures: ['rescueToIntegration', 'receptionToIntegration'],
        rows: [{ level: 'total', province: null, label: 'Total', current: { rescueToIntegration: { count: 104, medianDays: 210, p90Days: 400 }, receptionToIntegration: { count: 104, medianDays: 200, p90Days: 380 } }, previous: {} }],
      });
    default:
      return undefined;
  }
}

const STATISTICIAN = { id: 'u-1', name: 'Chan Sophea', role: 'statistician' as const, provinces: ['*'] };

describe('the victim protection statistics (II.D)', () => {
  afterEach(async () => {
    await act(() => i18n.changeLanguage('en'));
  });

  it('lays out every table with its breakdowns, the person columns and the total, with a chart and the amounts per currency', async () => {
    const calls = fakeApi(answer);
    renderScreen(<ProtectionStatisticsPage />, { path: '/statistics/protection?year=2020', route: '/statistics/protection', session: STATISTICIAN });
    const received = (await screen.findByRole('table', { name: 'Persons received 2020, whole country' })) as HTMLTableElement;
    expect(cellAt(received, 'Handed over by the police', ['Persons', 'Girls']).textContent).toBe('200');
    expect(cellAt(received, 'From overseas authorities', ['Persons', 'All']).textContent).toBe('1,234');
    expect(cellAt(received, 'Thailand', ['Persons', 'Men']).textContent).toBe('800');
    expect(cellAt(received, 'None or not applicable', ['Persons', 'All']).textContent).toBe('300');
    expect(cellAt(received, 'Total', ['Persons', 'All']).textContent).toBe('1,534');
    expect(within(received).getByRole('rowheader', { name: 'How received' })).toBeInTheDocument();

    const shelter = (await screen.findByRole('table', { name: 'Shelter admissions 2020, whole country' })) as HTMLTableElement;
    expect(cellAt(shelter, 'Provincial Departments of Social Affairs', ['Persons', 'Women']).textContent).toBe('76');
    expect(cellAt(shelter, 'Sexual exploitation', ['Admissions']).textContent).toBe('371');

    const compensation = (await screen.findByRole('table', { name: 'Legal aid and compensation 2020, whole country' })) as HTMLTableElement;
    expect(cellAt(compensation, 'Chab Dai Coalition', ['2020', 'Victims awarded']).textContent).toBe('39');
    expect(cellAt(compensation, 'Total', ['2020', 'Received (USD)']).textContent).toBe('US$524,476.00');

    const integrations = (await screen.findByRole('table', { name: 'Integrations into the community 2020, whole country' })) as HTMLTableElement;
    expect(cellAt(integrations, 'Partner organisations', ['Integrations', 'All']).textContent).toBe('45');
    const durations = (await screen.findByRole('table', { name: 'Time from rescue to integration 2020, whole country' })) as HTMLTableElement;
    expect(cellAt(durations, 'Total', ['Rescue to integration', 'Median (days)']).textContent).toBe('210');

    const chart = await screen.findByRole('img', { name: /^Integrations by who integrated, 2020 and 2019, whole country\./ });
    expect(chart.getAttribute('aria-label')).toContain('Municipal Department of Social Affairs: 2020 15, 2019 0');
    expect(calls.filter((c) => c.path.startsWith('/api/statistics/protection/')).every((c) => c.search.get('year') === '2020')).toBe(true);
  });

  it('adds the year before on demand, and writes the tables in Khmer with Khmer digits', async () => {
    fakeApi(answer);
    renderScreen(<ProtectionStatisticsPage />, { path: '/statistics/protection?year=2020', route: '/statistics/protection', session: STATISTICIAN });
    await screen.findByRole('table', { name: 'Persons received 2020, whole country' });
    await userEvent.click(screen.getByRole('switch', { name: 'Show 2019 and the change' }));
    const received = screen.getByRole('table', { name: 'Persons received 2020, whole country' }) as HTMLTableElement;
    expect(cellAt(received, 'From overseas authorities', ['Persons', 'All', '2019']).textContent).toBe('900');

    await act(() => i18n.changeLanguage('km'));
    const khmer = (await screen.findByRole('table', { name: 'បុគ្គលដែលបានទទួល ឆ្នាំ ២០២០ ទូទាំងប្រទេស' })) as HTMLTableElement;
    expect(cellAt(khmer, 'ពីអាជ្ញាធរបរទេស', ['បុគ្គល', 'ទាំងអស់', '២០២០']).textContent).toBe('១.២៣៤');
    expect(within(khmer).getByRole('rowheader', { name: 'សរុប' })).toBeInTheDocument();
  });
});
