/** @jest-environment jest-fixed-jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n, { loadNamespace } from '../../../i18n';
import { fakeApi, json, type Call } from '../../../test/fakeApi';
import { renderScreen } from '../../../test/render';
import { cellAt } from '../testing/cellAt';
import { IntakeStatisticsPage } from './IntakeStatisticsPage';

// ECharts needs a canvas: the chart is replaced by its accessible frame (the options are tested as functions).
jest.mock('../charts/StatisticsChart', () => ({
  StatisticsChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const RECEPTION_FIGURES = ['receptions', 'persons', 'men', 'women', 'boys', 'girls', 'females', 'minors'];
const of = (values: number[]) => Object.fromEntries(RECEPTION_FIGURES.map((f, i) => [f, values[i] ?? 0]));
const change = Object.fromEntries(RECEPTION_FIGURES.map((f) => [f, { absolute: 0, percent: null }]));

/** The receptions table as `/api/statistics/intake/receptions` answers it (libs/statistics: intake tables). */
function receptions(year: number, month: number | null) {
  const row = (dimension: string, code: string, label: string, current: number[], previous: number[] = []) => ({ level: 'breakdown', dimension, code, label, current: of(current), previous: of(previous), change });
  return {
    table: 'receptions',
    year,
    previousYear: year - 1,
    month,
    province: null,
    provinces: null,
    figures: RECEPTION_FIGURES,
    dimensions: ['place', 'embassy_country_reason'],
    rows: [
      row('place', 'poipet', 'Poipet', [2, 1234, 700, 500, 20, 14, 514, 34], [1, 900]),
      row('place', 'embassy-tha', 'Embassy of Cambodia, Thailand', [1, 10406, 6259, 4147, 0, 0, 4147, 0]),
      row('embassy_country_reason', 'THA:illegal_work', 'Thailand: illegal work', [1, 10406, 6259, 4147, 0, 0, 4147, 0]),
      row('embassy_country_reason', 'none', 'Not repatriated through an embassy', [2, 1234, 700, 500, 20, 14, 514, 34]),
      { level: 'total', dimension: null, code: null, label: 'Total', current: of([3, 11640, 6959, 4647, 20, 14, 4661, 34]), previous: of([1, 900]), change },
    ],
  };
}

function screeningYield(year: number) {
  const f = (returnees: number, suspectedVictims: number, perThousand: number | null) => ({ returnees, suspectedVictims, perThousand });
  return {
    table: 'screening_yield',
    year,
    previousYear: year - 1,
    month: 3,
    province: null,
    provinces: null,
    rows: [
      { level: 'month', place: 'poipet', month: 3, label: 'Poipet, 03', current: f(2000, 3, 1.5), previous: f(0, 0, null) },
      { level: 'place', place: 'poipet', month: null, label: 'Poipet', current: f(2000, 3, 1.5), previous: f(0, 0, null) },
      { level: 'total', place: null, month: null, label: 'Total', current: f(2000, 3, 1.5), previous: f(0, 0, null) },
    ],
  };
}

function answer(call: Call) {
  const year = Number(call.search.get('year'));
  const month = call.search.get('month') ? Number(call.search.get('month')) : null;
  if (call.path === '/api/statistics/intake/receptions') return json(receptions(year, month));
  if (call.path === '/api/statistics/intake/screening-yield') return json(screeningYield(year));
  if (call.path.startsWith('/api/statistics/intake/')) return json({ year, previousYear: year - 1, month, province: null, provinces: null, figures: [], dimensions: [], rows: [] });
  return undefined;
}

describe('the intake statistics (II.D.1)', () => {
  const realFetch = global.fetch;
  beforeAll(() => loadNamespace('intake'));
  afterEach(async () => {
    global.fetch = realFetch;
    await act(() => i18n.changeLanguage('en'));
  });

  it('lays out the receptions by place and the embassy table by country and reason, with a month asked of the server', async () => {
    const calls = fakeApi(answer);
    renderScreen(<IntakeStatisticsPage />, { path: '/statistics/intake?year=2020', route: '/statistics/intake', session: { role: 'statistician', provinces: ['*'] } });
    const table = (await screen.findByRole('table', { name: 'Returning workers received 2020, whole country' })) as HTMLTableElement;
    expect(cellAt(table, 'Poipet International Checkpoint', ['Persons']).textContent).toBe('1,234');
    expect(cellAt(table, 'Embassy of Cambodia, Thailand', ['Women and girls']).textContent).toBe('4,147');
    expect(within(table).getByRole('rowheader', { name: 'Thailand: Illegal work' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Not repatriated through an embassy' })).toBeInTheDocument();
    expect(cellAt(table, 'Total', ['Receptions']).textContent).toBe('3');
    const chart = screen.getByRole('img', { name: /^Receptions by Place, 2020 and 2019, whole country/ });
    expect(chart.getAttribute('aria-label')).toContain('Poipet International Checkpoint: 2020 2, 2019 1');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Month' }), '3');
    await screen.findByRole('table', { name: 'Returning workers received March 2020, whole country' });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/statistics/intake/receptions' && c.search.get('month') === '3')).toBe(true));
    const yieldTable = (await screen.findByRole('table', { name: 'Screening yield per place and month March 2020, whole country' })) as HTMLTableElement;
    expect(cellAt(yieldTable, 'Poipet International Checkpoint', ['Per 1,000 received']).textContent).toBe('1.5');
    expect(cellAt(yieldTable, 'March', ['Suspected victims']).textContent).toBe('3');
  });

  it('reads in Khmer: codes in words, Khmer digits', async () => {
    fakeApi(answer);
    await act(() => i18n.changeLanguage('km'));
    renderScreen(<IntakeStatisticsPage />, { path: '/statistics/intake?year=2020', route: '/statistics/intake', session: { role: 'statistician', provinces: ['*'] } });
    const table = await screen.findByRole('table', { name: /^ពលករដែលត្រឡប់មកវិញដែលបានទទួល ២០២០/ });
    expect(within(table).getByRole('rowheader', { name: 'ច្រកព្រំដែនអន្តរជាតិប៉ោយប៉ែត' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'ថៃ: ធ្វើការខុសច្បាប់' })).toBeInTheDocument();
  });
});
