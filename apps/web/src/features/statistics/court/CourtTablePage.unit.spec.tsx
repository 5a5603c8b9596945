/** @jest-environment jest-fixed-jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json } from '../../../test/fakeApi';
import { renderScreen } from '../../../test/render';
import { cellAt } from '../testing/cellAt';
import { StatisticsIndex } from '../StatisticsIndex';
import { CourtTablePage } from './CourtTablePage';

const FIGURES = ['cases', 'victims', 'victimsAdultMale', 'victimsAdultFemale', 'victimsMinorMale', 'victimsMinorFemale', 'chargedPersons', 'chargedAdultMale', 'chargedAdultFemale', 'chargedMinorMale', 'chargedMinorFemale', 'chargedAgeUnknownMale', 'chargedAgeUnknownFemale', 'submittedForInvestigation', 'retainedWithoutProcessing', 'submittedForTrial', 'processing'] as const;

function figures(values: Record<string, number>) {
  return Object.fromEntries(FIGURES.map((f) => [f, values[f] ?? 0]));
}

function row(level: 'category' | 'total', category: string | null, current: Record<string, number>, previous: Record<string, number>) {
  const c = figures(current);
  const p = figures(previous);
  return { level, category, label: category ?? 'Total', current: c, previous: p, change: Object.fromEntries(FIGURES.map((f) => [f, { absolute: c[f] - p[f], percent: p[f] ? ((c[f] - p[f]) / p[f]) * 100 : null }])) };
}

const prosecution = {
  table: 'prosecution',
  year: 2020,
  previousYear: 2019,
  province: null,
  provinces: null,
  figures: FIGURES,
  rows: [row('category', 'trafficking', { cases: 97, chargedPersons: 391, chargedAdultFemale: 60 }, { cases: 80 }), row('category', 'sexual_exploitation', { cases: 216 }, { cases: 200 }), row('total', null, { cases: 313, chargedPersons: 552 }, { cases: 280 })],
};

describe('the court tables', () => {
  it('show a row per offence category and the total, breakdowns under their heading', async () => {
    const calls = fakeApi((r) => (r.path === '/api/statistics/prosecution' ? json(prosecution) : json({}, 404)));
    renderScreen(
      <CourtTablePage kind="prosecution" />,
      { path: '/statistics/prosecution?year=2020', route: '/statistics/prosecution', session: { id: 'u-1', name: 'Chan Sophea', role: 'prosecutor', provinces: ['*'] } },
    );
    const table = (await screen.findByRole('table', { name: 'Prosecution 2020, whole country, compared with 2019' })) as HTMLTableElement;
    expect(cellAt(table, 'Trafficking in persons', ['Persons charged', 'Adult women'])).toHaveTextContent('60');
    expect(cellAt(table, 'Total', ['Persons charged', 'Total'])).toHaveTextContent('552');
    expect(cellAt(table, 'Total', ['Cases'])).toHaveTextContent('313');
    await userEvent.click(screen.getByRole('switch', { name: 'Show 2019 and the change' }));
    expect(cellAt(table, 'Total', ['Cases', 'Change'])).toHaveTextContent('+33 (+11.8%)');
    // A prosecutor is not shown the police table's tab.
    const tabs = screen.getByRole('navigation', { name: 'Statistics tables' });
    expect(tabs).not.toHaveTextContent('Law enforcement');
    expect(tabs).toHaveTextContent('Prosecution');
    expect(calls[0].url.search).toBe('?year=2020');
  });

  it('open /statistics on the first table the role may read', async () => {
    fakeApi(() => json({}, 404));
    renderScreen(
      <StatisticsIndex />,
      { path: '/statistics?year=2019', route: '/statistics', extraRoutes: [{ path: '/statistics/prosecution', element: <p>prosecution table</p> }], session: { id: 'u-1', name: 'Chan Sophea', role: 'judge', provinces: ['*'] } },
    );
    expect(await screen.findByText('prosecution table')).toBeInTheDocument();
  });
});
