/** @jest-environment jest-fixed-jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../../../i18n';
import { fakeApi, json, type Call } from '../../../test/fakeApi';
import { renderScreen } from '../../../test/render';
import type { TestUser } from '../../../test/session';
import { cellAt } from '../testing/cellAt';
import { lawEnforcementAnswer } from '../testing/lawEnforcementAnswer';
import { LawEnforcementPage } from './LawEnforcementPage';

// ECharts needs a canvas: the chart is replaced by its accessible frame (the options are tested as functions).
jest.mock('../charts/StatisticsChart', () => ({
  StatisticsChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

function answerTables(provinces: string[] | null = null) {
  return ({ url }: Call) => {
    if (url.pathname !== '/api/statistics/law-enforcement') return json({ title: 'Not Found' }, 404);
    if (url.searchParams.get('format') === 'csv') return new Response('\uFEFFyear,previous_year\r\n2020,2019\r\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
    const year = Number(url.searchParams.get('year'));
    return json(lawEnforcementAnswer(year, { province: url.searchParams.get('province'), unitCode: url.searchParams.get('unit'), provinces }));
  };
}

const STATISTICIAN: TestUser = { id: 'u-1', name: 'Chan Sophea', role: 'statistician', provinces: ['*'] };

function show(path: string, session = STATISTICIAN) {
  return renderScreen(
    <LawEnforcementPage />,
    { path, route: '/statistics/law-enforcement', session },
  );
}

describe('the law-enforcement table', () => {
  afterEach(async () => {
    await act(() => i18n.changeLanguage('en'));
  });

  it('lays out offences, category subtotals and the total with the previous year and the change', async () => {
    fakeApi(answerTables());
    show('/statistics/law-enforcement?year=2020');
    const table = (await screen.findByRole('table', { name: /Law enforcement 2020, whole country, compared with 2019/ })) as HTMLTableElement;
    expect(screen.getByRole('heading', { level: 1, name: 'Law enforcement' })).toBeInTheDocument();

    expect(cellAt(table, 'Unlawful removal for cross-border transfer', ['Victims rescued', '18 and over', '2020'])).toHaveTextContent('162');
    expect(cellAt(table, 'Procuring', ['Cases', '2019'])).toHaveTextContent('7');
    expect(cellAt(table, 'Subtotal: Sexual exploitation', ['Suspects arrested', 'Minors', '2020'])).toHaveTextContent('12');
    expect(cellAt(table, 'Total', ['Cases', '2020'])).toHaveTextContent('155');
    expect(cellAt(table, 'Total', ['Cases', 'Change'])).toHaveTextContent('-14 (-8.3%)');
    expect(cellAt(table, 'Total', ['Victims handed over to', 'Family', '2020'])).toHaveTextContent('369');
    expect(cellAt(table, 'Procuring', ['Foreign suspects by nationality'])).toHaveTextContent('VNM 2; CHN 1');
    // A change from nothing has no percentage.
    expect(cellAt(table, 'Total', ['Victims rescued', 'Under 15', 'Change'])).toHaveTextContent(/^\+130$/);
    // Row groups name the categories, as the report's sections do.
    expect(within(table).getByRole('rowheader', { name: 'Trafficking in persons' })).toBeInTheDocument();
    expect(cellAt(table, 'Total', ['Cases', 'Change'])).toHaveStyle({ textAlign: 'right' });

    // Without the comparison, one column per figure.
    await userEvent.click(screen.getByRole('switch', { name: 'Show 2019 and the change' }));
    expect(cellAt(table, 'Total', ['Suspects arrested', 'Total'])).toHaveTextContent('193');
  });

  it('writes numbers in Khmer digits in Khmer', async () => {
    fakeApi(answerTables());
    await act(() => i18n.changeLanguage('km'));
    show('/statistics/law-enforcement?year=2020');
    const table = (await screen.findByRole('table', { name: /ការអនុវត្តច្បាប់ឆ្នាំ ២០២០/ })) as HTMLTableElement;
    expect(cellAt(table, 'សរុប', ['សំណុំរឿង', '២០២០'])).toHaveTextContent('១៥៥');
  });

  it('downloads the CSV the API writes, with the same filters, under a name that says them', async () => {
    const calls = fakeApi(answerTables());
    const createObjectURL = jest.fn(() => 'blob:csv');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
    show('/statistics/law-enforcement?year=2020&province=battambang&unit=police-battambang');
    await screen.findByRole('table', { name: /Law enforcement 2020, Battambang · Battambang Police/ });

    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(saved).toEqual(['law-enforcement-2020-battambang-police-battambang.csv blob:csv']));
    const csv = calls.map((r) => r.url).find((u) => u.searchParams.get('format') === 'csv')!;
    expect(Object.fromEntries(csv.searchParams)).toEqual({ year: '2020', province: 'battambang', unit: 'police-battambang', format: 'csv' });
    expect(calls.find((r) => r.url.href === csv.href)!.headers.get('Authorization')).toMatch(/^Bearer /);
    expect(((createObjectURL.mock.calls[0] as unknown[])[0] as Blob).size).toBeGreaterThan(0);
    click.mockRestore();
  });

  it('shows the charts with accessible names and the trend over several years', async () => {
    const calls = fakeApi(answerTables());
    show('/statistics/law-enforcement?year=2020');
    expect(await screen.findByRole('img', { name: /^Victims rescued by age band, 2020, whole country\. Under 15: Victims rescued 130; 15–17: Victims rescued 39; 18 and over: Victims rescued 298\.$/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Victims and suspects arrested by offence category, 2020/ })).toHaveAccessibleName(/Trafficking in persons: Victims rescued 276, Suspects arrested 55/);
    expect(screen.getByRole('img', { name: /by hand-over destination/ })).toHaveAccessibleName(/Family: Victims rescued 369/);
    // 2020, 2018 and 2016 each carry the year before: six years.
    expect(await screen.findByRole('img', { name: /^Cases, victims and suspects arrested, 2015–2020, whole country/ })).toBeInTheDocument();
    const years = calls.map((r) => r.search.get('year'));
    expect([...new Set(years)].sort()).toEqual(['2016', '2018', '2020']);
  });

  it('offers a provincial reader only their provinces, and asks for the table without a province', async () => {
    const calls = fakeApi(answerTables(['battambang', 'pailin']));
    show('/statistics/law-enforcement?year=2020&province=kandal', { ...STATISTICIAN, role: 'police', provinces: ['battambang', 'pailin'], unit: 'police-battambang' });
    await screen.findByRole('table', { name: /Law enforcement 2020, Battambang, Pailin, compared with 2019/ });
    const province = screen.getByRole('combobox', { name: 'Province' });
    expect(within(province).getAllByRole('option').map((o) => o.textContent)).toEqual(['All my provinces (Battambang, Pailin)', 'Battambang', 'Pailin']);
    expect(calls[0].search.has('province')).toBe(false);
    await userEvent.selectOptions(province, 'pailin');
    await waitFor(() => expect(calls.some((r) => r.search.get('province') === 'pailin')).toBe(true));
    const unit = screen.getByRole('combobox', { name: 'Unit' });
    expect(within(unit).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['', 'ahtjp-national', 'anti-cyber-crime-national', 'gendarmerie-national', 'police-pailin', 'gendarmerie-pailin']);
  });
});
