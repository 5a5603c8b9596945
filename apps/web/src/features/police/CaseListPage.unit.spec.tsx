/** @jest-environment jest-fixed-jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { renderScreen } from '../../test/render';
import { CaseListPage } from './CaseListPage';
import { fakeApi } from '../../test/fakeApi';
import { OFFICER } from './fixtures';
import type { CaseSummary } from './types';

/** Waits of the search tests: a debounce and renders on a busy machine (the whole suite) outlast the default second. */
const SLOW = { timeout: 5000 };

/** The address the screen is at, to check what it keeps there. */
function Where() {
  return <output data-testid="where">{useLocation().search}</output>;
}

function summary(i: number): CaseSummary {
  return {
    caseId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    province: 'battambang',
    unitCode: 'police-battambang',
    unitType: 'provincial_police',
    status: i % 2 === 0 ? 'open' : 'forwarded',
    offences: ['trafficking_in_persons_with_purpose'],
    principalOffence: 'trafficking_in_persons_with_purpose',
    openedOn: '2020-03-14',
    year: 2020,
    reference: `BTB-2020-${String(i).padStart(3, '0')}`,
    suspects: 2,
    arrestedSuspectIds: ['b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f'],
    victims: 3,
    victimsHandedOver: 1,
    revision: 9,
    lastChangedAt: '2020-03-21T02:10:00.000Z',
  };
}

describe('the police case list', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('shows the rows the API answers and asks the server for the next page', async () => {
    const calls = fakeApi(
      (call) => {
        if (call.method !== 'GET' || call.path !== '/api/enforcement/cases') return undefined;
        const params = call.search;
        const page = Number(params.get('page') ?? 1);
        const pageSize = Number(params.get('pageSize'));
        const first = (page - 1) * pageSize + 1;
        const items = Array.from({ length: Math.min(pageSize, 45 - first + 1) }, (_, i) => summary(first + i));
        return { body: { items, total: 45, page, pageSize } };
      },
    );
    renderScreen(
      <CaseListPage />,
      { path: '/police/cases', route: '/police/cases', extraRoutes: [{ path: '/police/cases/:caseId', element: <p>case screen</p> }], session: OFFICER },
    );

    const table = await screen.findByRole('table', { name: 'Police cases' });
    expect(screen.getByRole('heading', { level: 1, name: 'Police cases' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open a case' })).toHaveAttribute('href', '/police/cases/new');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(21); // the header and a page of 20
    expect(within(rows[1]).getByRole('link', { name: 'BTB-2020-001' })).toHaveAttribute('href', '/police/cases/00000000-0000-4000-8000-000000000001');
    expect(rows[1]).toHaveTextContent('Battambang Provincial Police');
    expect(rows[1]).toHaveTextContent('Forwarded to the prosecutor');
    expect(rows[1]).toHaveTextContent('Trafficking (sale) of persons with a purpose');
    expect(rows[1]).toHaveTextContent('14 Mar 2020');
    expect(rows[1]).toHaveTextContent('2 (1 arrested)');
    expect(rows[1]).toHaveTextContent('3 (1 handed over)');
    expect(screen.getByText('1–20 of 45')).toBeInTheDocument();
    expect(calls[0].search.get('page')).toBe('1');

    await userEvent.click(screen.getByRole('button', { name: 'Page 3' }));
    await waitFor(() => expect(screen.getByText('41–45 of 45')).toBeInTheDocument());
    expect(within(screen.getByRole('table', { name: 'Police cases' })).getAllByRole('row')).toHaveLength(6);
    expect(calls.at(-1)!.search.get('page')).toBe('3');

    await userEvent.click(screen.getByText('BTB-2020-041').closest('tr')!.querySelectorAll('td')[0]);
    expect(await screen.findByText('case screen')).toBeInTheDocument();
  });

  it('filters on the server and starts again at the first page', async () => {
    const calls = fakeApi((call) => (call.path === '/api/enforcement/cases' ? { body: { items: [summary(2)], total: 1, page: 1, pageSize: 20 } } : undefined));
    renderScreen(
      <CaseListPage />,
      { path: '/police/cases?page=2&status=open', route: '/police/cases', session: OFFICER },
    );
    await screen.findByRole('table', { name: 'Police cases' });
    expect(Object.fromEntries(calls[0].search)).toEqual({ status: 'open', page: '2', pageSize: '20' });
    await userEvent.click(screen.getByLabelText('Year opened', { selector: 'input' }));
    await userEvent.click(await screen.findByRole('option', { name: '2020', hidden: true }));
    await waitFor(() => expect(Object.fromEntries(calls.at(-1)!.search)).toEqual({ status: 'open', year: '2020', page: '1', pageSize: '20' }));
  });

  it('searches every case by reference on the server, debounced, from the first page, and keeps the text in the address', async () => {
    const calls = fakeApi((call) => (call.path === '/api/enforcement/cases' ? { body: { items: [summary(31)], total: 1, page: 1, pageSize: 20 } } : undefined));
    renderScreen(
      <>
        <CaseListPage />
        <Where />
      </>,
      { path: '/police/cases?page=3&status=forwarded', route: '/police/cases', session: OFFICER },
    );
    await screen.findByRole('table', { name: 'Police cases' }, SLOW);
    const box = screen.getByLabelText('Search by reference');
    await userEvent.type(box, 'btb-2020-03');
    await waitFor(() => expect(Object.fromEntries(new URLSearchParams(calls.at(-1)!.search))).toEqual({ status: 'forwarded', reference: 'btb-2020-03', page: '1', pageSize: '20' }), SLOW);
    // One request once typing paused, not one per key.
    expect(calls.filter((c) => new URLSearchParams(c.search).has('reference'))).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(screen.getByTestId('where').textContent ?? ''))).toEqual({ status: 'forwarded', reference: 'btb-2020-03' });
    expect(within(screen.getByRole('table', { name: 'Police cases' })).getByRole('link', { name: 'BTB-2020-031' })).toBeInTheDocument();

    // Text the server would refuse is not sent; clearing the box lists every case again.
    await userEvent.type(box, '%');
    expect(await screen.findByText(/Use up to 100 Latin or Khmer letters/)).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 400));
    expect(calls.some((c) => (new URLSearchParams(c.search).get('reference') ?? '').includes('%'))).toBe(false);
    await userEvent.clear(box);
    await waitFor(() => expect(new URLSearchParams(calls.at(-1)!.search).has('reference')).toBe(false), SLOW);
    expect(screen.getByTestId('where').textContent).toBe('?status=forwarded');
  });

  it('searches the reference the address names when opened from a link', async () => {
    const calls = fakeApi((call) => (call.path === '/api/enforcement/cases' ? { body: { items: [], total: 0, page: 1, pageSize: 20 } } : undefined));
    renderScreen(<CaseListPage />, { path: '/police/cases?reference=BTB-2020', route: '/police/cases', session: OFFICER });
    await waitFor(() => expect(new URLSearchParams(calls[0]?.search).get('reference')).toBe('BTB-2020'), SLOW);
    expect(screen.getByLabelText('Search by reference')).toHaveValue('BTB-2020');
  });
});
