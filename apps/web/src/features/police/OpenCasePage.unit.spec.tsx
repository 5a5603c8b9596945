/** @jest-environment jest-fixed-jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { OpenCasePage } from './OpenCasePage';
import { fakeApi } from '../../test/fakeApi';
import { CASE_ID, OFFICER } from './fixtures';

describe('opening a police case', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it("sends the officer's unit with its type, the province of the unit, the offences and the date, then opens the case", async () => {
    const calls = fakeApi((call) => (call.method === 'POST' ? { status: 201, body: { caseId: CASE_ID, revision: 0 } } : undefined));
    renderScreen(
      <OpenCasePage />,
      { path: '/police/cases/new', route: '/police/cases/new', extraRoutes: [{ path: '/police/cases/:caseId', element: <p>case screen</p> }], session: OFFICER },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Open a police case' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Unit/, { selector: 'input' })).toHaveValue('Battambang Provincial Police');
    expect(screen.getByLabelText(/Province/, { selector: 'input' })).toHaveValue('Battambang');
    await userEvent.click(screen.getByLabelText(/Offences/, { selector: 'input' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Procuring', hidden: true }));
    fireEvent.change(screen.getByLabelText(/Opened on/), { target: { value: '2020-03-14' } });
    await userEvent.type(screen.getByLabelText(/file reference/), 'BTB-2020-031');
    await userEvent.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(await screen.findByText('case screen')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe('/api/enforcement/cases');
    expect(post.body).toEqual({ unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang', offences: ['procuring'], openedOn: '2020-03-14', reference: 'BTB-2020-031' });
    await waitFor(() => expect(post.headers.get('If-Match')).toBeNull());
  });

  it("puts the server's field errors on the fields (unit.code on the unit)", async () => {
    fakeApi(
      (call) =>
        call.method === 'POST'
          ? { status: 400, body: { type: 'https://casetrail.dev/problems/validation', title: 'Bad Request', status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'unit.code', message: 'unit.code is not a unit' }, { field: 'openedOn', message: 'openedOn must be a date YYYY-MM-DD' }] } }
          : undefined,
    );
    renderScreen(
      <OpenCasePage />,
      { path: '/police/cases/new', route: '/police/cases/new', session: OFFICER },
    );
    await userEvent.click(await screen.findByLabelText(/Offences/, { selector: 'input' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Procuring', hidden: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Open the case' }));
    await waitFor(() => expect(screen.getByLabelText(/Opened on/)).toHaveAccessibleDescription('openedOn must be a date YYYY-MM-DD'));
    expect(screen.getByLabelText(/Unit/, { selector: 'input' })).toHaveAccessibleDescription('unit.code is not a unit');
  });
});
