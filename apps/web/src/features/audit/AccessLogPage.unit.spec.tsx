/** @jest-environment jest-fixed-jsdom */
// First: the typed API client must find the test's fetch (see fetch-stand-in).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../auth/session';
import { renderScreen } from '../../test/render';
import { AccessLogPage } from './AccessLogPage';
import { fakeApi, json, type Call } from '../../test/fakeApi';

const CASE_ID = '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10';
const PERSON_A = 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f';
const PERSON_B = '7bd28a9b-6594-45eb-aa2a-f0e7d1f5f564';

function access(overrides: Record<string, unknown> = {}) {
  return {
    accessId: '0b6e3c1a-5f2d-4e7a-9c8b-1a2b3c4d5e6f',
    userId: 'officer-1',
    role: 'police',
    unit: 'police-battambang',
    recordType: 'police-case',
    recordId: CASE_ID,
    recordProvince: 'battambang',
    personIds: [PERSON_A, PERSON_B],
    route: 'GET /api/enforcement/cases/:caseId',
    purpose: 'Preparing the interview',
    at: '2021-03-02T04:05:06.000Z',
    correlationId: '3c9a4f5e-7b21-4d0e-8f6a-2b1c0d9e8f7a',
    ...overrides,
  };
}

const PAGE = {
  items: [
    access(),
    access({ accessId: 'a2', userId: 'prosecutor-7', role: 'prosecutor', unit: null, recordType: 'court-file', route: 'GET /api/court/files/:fileId/history', purpose: null, personIds: [PERSON_A], at: '2021-03-01T20:00:00.000Z' }),
  ],
  total: 45,
  page: 1,
  pageSize: 20,
};

function answerAccesses(request: Call) {
  if (request.url.pathname === '/api/audit/access') return json({ ...PAGE, page: Number(request.url.searchParams.get('page') ?? 1) });
  return json({ status: 404, title: 'Not Found', type: 'about:blank' }, 404);
}

function render(path: string, role: Role = 'auditor') {
  return renderScreen(
    <AccessLogPage />,
    { path, route: '/audit', session: { id: `test-${role}`, role } },
  );
}

describe('the access log', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('asks for nothing until a record or a user is given', async () => {
    const calls = fakeApi(answerAccesses);
    render('/audit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Access log' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Give a record id or a user id (or both).')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('searches by record and shows each read in words, in Cambodian time', async () => {
    const calls = fakeApi(answerAccesses);
    render('/audit');
    await userEvent.type(await screen.findByLabelText('Record id', { exact: false }), CASE_ID);
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    const table = await screen.findByRole('table', { name: 'Reads of personal data, newest first' });
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe('GET');
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({ recordId: CASE_ID, page: '1', pageSize: '20' });

    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = rows[1];
    // 04:05 UTC is 11:05 in Phnom Penh.
    expect(first).toHaveTextContent('2 Mar 2021, 11:05');
    expect(first).toHaveTextContent('officer-1');
    expect(first).toHaveTextContent('Police officer');
    expect(first).toHaveTextContent('Battambang Provincial Police Commissariat');
    expect(first).toHaveTextContent('Police case');
    expect(first).toHaveTextContent('Opened the police case');
    expect(first).toHaveTextContent('Preparing the interview');
    expect(first).toHaveTextContent('Names and birth dates of 2 people');
    expect(within(first).getByRole('link', { name: `Open its history: History of Police case ${CASE_ID}` })).toHaveAttribute('href', `/audit/cases/${CASE_ID}`);

    const second = rows[2];
    expect(second).toHaveTextContent('Prosecutor');
    expect(second).toHaveTextContent('Court file');
    expect(second).toHaveTextContent("Read the court file's history");
    expect(second).toHaveTextContent('None given');
    expect(second).toHaveTextContent('Name and birth date of 1 person');
    expect(within(second).getByRole('link', { name: `Open its history: History of Court file ${CASE_ID}` })).toHaveAttribute('href', `/audit/files/${CASE_ID}`);

    expect(screen.getByText('1–2 of 45')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(Object.fromEntries(calls[1].url.searchParams)).toEqual({ recordId: CASE_ID, page: '2', pageSize: '20' });
  });

  it('searches by user from a deep link, and an admin gets no link to a court file history (the API refuses admins there)', async () => {
    const calls = fakeApi(answerAccesses);
    render('/audit?user=officer-1', 'admin');
    const table = await screen.findByRole('table', { name: 'Reads of personal data, newest first' });
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({ userId: 'officer-1', page: '1', pageSize: '20' });
    expect(screen.getByLabelText('User id', { exact: false })).toHaveValue('officer-1');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByRole('link', { name: `Open its history: History of Police case ${CASE_ID}` })).toBeInTheDocument();
    expect(within(rows[2]).queryByRole('link', { name: /History of/ })).toBeNull();
  });

  it('narrows to one person and shows the server’s field errors on the right field', async () => {
    const calls = fakeApi((request) =>
      request.url.searchParams.get('userId') === 'bad'
        ? json({ type: 'https://casetrail.dev/problems/validation', title: 'Bad Request', status: 400, errors: [{ field: 'userId', message: 'userId must be a user id' }] }, 400)
        : answerAccesses(request),
    );
    render(`/audit?user=officer-1&person=${PERSON_A}`);
    await screen.findByRole('table', { name: 'Reads of personal data, newest first' });
    expect(Object.fromEntries(calls[0].url.searchParams)).toEqual({ userId: 'officer-1', personId: PERSON_A, page: '1', pageSize: '20' });

    const user = screen.getByLabelText('User id', { exact: false });
    await userEvent.clear(user);
    await userEvent.type(user, 'bad');
    await userEvent.clear(screen.getByLabelText('Person id (optional)', { exact: false }));
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('userId must be a user id')).toBeInTheDocument();
    expect(screen.getByLabelText('User id', { exact: false })).toHaveAttribute('aria-invalid', 'true');
  });

  it("names a read of a protection case and links an auditor to the case's history", async () => {
    fakeApi((call) =>
      call.url.pathname === '/api/audit/access'
        ? json({ items: [access({ userId: 'partner-3', role: 'partner_worker', unit: 'ngo-aple', recordType: 'protection-case', recordId: PERSON_A, personIds: [PERSON_A], route: 'GET /api/protection/cases/:personId' })], total: 1, page: 1, pageSize: 20 })
        : undefined,
    );
    render(`/audit?record=${PERSON_A}&type=protection-case`);
    const table = await screen.findByRole('table', { name: 'Reads of personal data, newest first' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Opened the protection case');
    expect(row).toHaveTextContent('Partner worker');
    expect(within(row).getByRole('link', { name: `Open its history: History of Protection case ${PERSON_A}` })).toHaveAttribute('href', `/audit/protection-cases/${PERSON_A}`);
  });
});
