/** @jest-environment jest-fixed-jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { renderScreen } from '../../test/render';
import { CourtFileListPage } from './CourtFileListPage';
import { fakeApi } from '../../test/fakeApi';
import { inputOf, type TestUser } from '../../test/session';
import type { FileSummary } from './types';

const PROSECUTOR = { role: 'prosecutor', provinces: ['battambang'] } as const satisfies TestUser;

/** Waits of the search tests: a debounce and renders on a busy machine (the whole suite) outlast the default second. */
const SLOW = { timeout: 5000 };

/** The address the screen is at, to check what it keeps there. */
function Where() {
  return <output data-testid="where">{useLocation().search}</output>;
}

function summary(n: number, extra: Partial<FileSummary> = {}): FileSummary {
  return {
    fileId: `${String(n).padStart(8, '0')}-7b2d-4e8f-9a6c-1d2e3f4a5b6c`,
    court: 'court-battambang',
    province: 'battambang',
    stage: 'prosecution',
    origin: 'police',
    policeCaseId: null,
    openedOn: '2026-03-14',
    year: 2026,
    reference: null,
    forwardingUnit: 'police-battambang',
    offences: ['trafficking_in_persons_with_purpose'],
    principalOffence: 'trafficking_in_persons_with_purpose',
    accused: 2,
    victims: 3,
    charged: 0,
    chargedPersonIds: [],
    prosecutionDecision: null,
    closingOrder: null,
    verdicts: [],
    detentionsInForce: [],
    appeals: 0,
    compensationAwards: 0,
    revision: 1,
    lastChangedAt: '2026-03-14T02:10:00.000Z',
    ...extra,
  };
}

describe('the court file list', () => {
  it('shows a page of files in words and asks the server for the next page and a stage', async () => {
    const calls = fakeApi((call) => {
      if (call.path !== '/api/court/files') return undefined;
      const page = Number(call.search.get('page'));
      const items =
        page === 1
          ? [
              summary(1, {
                stage: 'investigation',
                detentionsInForce: [{ personId: 'p-1', orderedOn: '2026-01-01', offenceClass: 'felony', limitId: 'pretrial_detention_adult_felony', extensions: [], limitDate: '2026-07-01', daysLeft: -3, pastLimit: true }],
              }),
              summary(2),
            ]
          : [summary(26, { origin: 'direct' })];
      return { body: { items, total: 27, page, pageSize: 25 } };
    });
    renderScreen(
      <CourtFileListPage />,
      { path: '/court/files', route: '/court/files', session: PROSECUTOR },
    );
    // The first render of the file pays for loading the screen: more than the default second on a busy machine.
    const table = await screen.findByRole('table', { name: 'Court files in your provinces' }, { timeout: 5000 });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Court of First Instance of Battambang');
    expect(rows[1]).toHaveTextContent('Investigation');
    expect(rows[1]).toHaveTextContent('Trafficking (sale) of persons with a purpose');
    expect(rows[1]).toHaveTextContent('Past the limit');
    expect(rows[1]).toHaveTextContent('3 day(s) past the limit');
    expect(rows[2]).toHaveTextContent('2 accused, 3 victims');
    expect(screen.getByRole('link', { name: 'Open file 00000001' })).toHaveAttribute('href', '/court/files/00000001-7b2d-4e8f-9a6c-1d2e3f4a5b6c');
    expect(screen.getByText('1–2 of 27 files')).toBeInTheDocument();
    expect(calls[0].search.get('page')).toBe('1');
    expect(calls[0].search.get('pageSize')).toBe('25');

    await userEvent.click(screen.getByRole('button', { name: '2' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Open file 00000026' })).toBeInTheDocument());
    expect(calls.at(-1)?.search.get('page')).toBe('2');
    expect(screen.getByText('26–26 of 27 files')).toBeInTheDocument();

    await userEvent.click(inputOf(screen, 'Stage'));
    await userEvent.click(await screen.findByRole('option', { name: 'Trial', hidden: true }));
    await waitFor(() => expect(calls.at(-1)?.search.get('stage')).toBe('trial'));
    expect(calls.at(-1)?.search.get('page')).toBe('1');
  });

  it('searches the court reference on the server, debounced and kept in the address, with the year', async () => {
    const calls = fakeApi((call) =>
      call.path === '/api/court/files' ? { body: { items: [summary(3, { origin: 'direct', reference: 'BTB-CR-2026-031' })], total: 1, page: 1, pageSize: 25 } } : undefined,
    );
    renderScreen(
      <>
        <CourtFileListPage />
        <Where />
      </>,
      { path: '/court/files?page=2&year=2026', route: '/court/files', session: PROSECUTOR },
    );
    const table = await screen.findByRole('table', { name: 'Court files in your provinces' }, SLOW);
    expect(within(table).getByRole('link', { name: 'Open file BTB-CR-2026-031' })).toHaveTextContent('BTB-CR-2026-031');
    expect(calls[0].search.get('year')).toBe('2026');
    expect(calls[0].search.has('reference')).toBe(false);

    await userEvent.type(screen.getByLabelText('Search by reference'), 'btb-cr');
    await waitFor(() => expect(calls.at(-1)?.search.get('reference')).toBe('btb-cr'), SLOW);
    // One request for the whole word typed, not one per key.
    expect(calls.filter((c) => c.search.has('reference')).map((c) => c.search.get('reference'))).toEqual(['btb-cr']);
    expect(calls.at(-1)?.search.get('year')).toBe('2026');
    expect(calls.at(-1)?.search.get('page')).toBe('1');
    expect(new URLSearchParams(screen.getByTestId('where').textContent ?? '').get('reference')).toBe('btb-cr');

    await userEvent.type(screen.getByLabelText('Search by reference'), '*');
    expect(await screen.findByText(/Use up to 100 Latin or Khmer letters/)).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 400));
    expect(calls.some((c) => (c.search.get('reference') ?? '').includes('*'))).toBe(false);

    await userEvent.click(inputOf(screen, 'Year opened'));
    await userEvent.click(await screen.findByRole('option', { name: '2025', hidden: true }));
    await waitFor(() => expect(calls.at(-1)?.search.get('year')).toBe('2025'), SLOW);
    expect(calls.at(-1)?.search.get('reference')).toBe('btb-cr');
  });

  it('searches what the address names when opened from a link', async () => {
    const calls = fakeApi((call) => (call.path === '/api/court/files' ? { body: { items: [], total: 0, page: 1, pageSize: 25 } } : undefined));
    renderScreen(<CourtFileListPage />, { path: '/court/files?reference=BTB-CR', route: '/court/files', session: { role: 'judge', provinces: ['battambang'] } });
    await waitFor(() => expect(calls[0]?.search.get('reference')).toBe('BTB-CR'), SLOW);
    expect(screen.getByLabelText('Search by reference')).toHaveValue('BTB-CR');
  });

  it('lets a prosecutor open a file by hand', async () => {
    const calls = fakeApi((call) => {
      if (call.path === '/api/court/files' && call.method === 'GET') return { body: { items: [], total: 0, page: 1, pageSize: 25 } };
      if (call.path === '/api/court/files' && call.method === 'POST') return { status: 201, body: { fileId: '3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c', revision: 0 }, headers: { ETag: '"0"' } };
      return undefined;
    });
    renderScreen(
      <CourtFileListPage />,
      { path: '/court/files', route: '/court/files', extraRoutes: [{ path: '/court/files/:fileId', element: <p>file screen</p> }], session: PROSECUTOR },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Open a court file by hand' }));
    const form = await screen.findByRole('form', { name: 'Open a court file by hand' });
    await userEvent.click(inputOf(within(form), /Offences/));
    await userEvent.click(await screen.findByRole('option', { name: 'Procuring', hidden: true }));
    await userEvent.type(inputOf(within(form), /reference/), 'BTB-CR-2026-031');
    await userEvent.click(within(form).getByRole('button', { name: 'Open the file' }));
    expect(await screen.findByText('file screen')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ court: 'court-battambang', openedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), offences: ['procuring'], reference: 'BTB-CR-2026-031' });
  });
});
