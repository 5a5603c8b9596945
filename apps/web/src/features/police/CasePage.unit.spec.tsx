/** @jest-environment jest-fixed-jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { CasePage } from './CasePage';
import { fakeApi, type Route } from '../../test/fakeApi';
import type { TestUser } from '../../test/session';
import { caseHistory, caseView, CASE_ID, OFFICER, SUSPECT_ID, SUSPECT_2 } from './fixtures';
import type { CaseView } from './types';

const CASE_PATH = `/api/enforcement/cases/${CASE_ID}`;

function renderCase(path = `/police/cases/${CASE_ID}`, tab: 'case' | 'history' = 'case', session: TestUser = OFFICER) {
  return renderScreen(
    <CasePage tab={tab} />,
    { path, route: tab === 'history' ? '/police/cases/:caseId/history' : '/police/cases/:caseId', session },
  );
}

/** The case at a revision (ETag "<revision>") and its history. */
function caseRoutes(current: () => CaseView): Route[] {
  return [
    (call) => (call.method === 'GET' && call.path === CASE_PATH ? { body: current(), headers: { ETag: `"${current().revision}"` } } : undefined),
    (call) => (call.method === 'GET' && call.path === `${CASE_PATH}/history` ? { body: caseHistory() } : undefined),
  ];
}

async function openArrestForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Record an arrest' }));
  return screen.findByRole('dialog', { name: 'Record an arrest' });
}

function setDate(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

describe('the police case page', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('shows the case, its suspects with the names the API gave, and only the commands its state allows', async () => {
    fakeApi(...caseRoutes(() => caseView(3)));
    renderCase();
    expect(await screen.findByRole('heading', { level: 1, name: 'Case BTB-2020-031' })).toBeInTheDocument();
    expect(screen.getByText('Battambang Provincial Police')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Offences' })).toHaveTextContent('Trafficking (sale) of persons with a purpose (principal)');
    const suspects = screen.getByRole('table', { name: 'Suspects' });
    expect(within(suspects).getByRole('columnheader', { name: 'Full name' })).toBeInTheDocument();
    expect(within(suspects).getByRole('rowheader', { name: 'Suspect 1' }).closest('tr')).toHaveTextContent('Chan Vuthy (synthetic)');
    // Nobody in the victims table has identifying data: no name column there.
    expect(within(screen.getByRole('table', { name: 'Victims' })).queryByRole('columnheader', { name: 'Full name' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Record an arrest' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Record a release' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Forward to the prosecutor' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reopen the case' })).toBeDisabled();
  });

  it('records an arrest with the revision it loaded as If-Match', async () => {
    let current = caseView(3);
    const calls = fakeApi(
      (call) => {
        if (call.method !== 'POST') return undefined;
        current = caseView(4);
        return { body: { caseId: CASE_ID, revision: 4 } };
      },
      ...caseRoutes(() => current),
    );
    renderCase();
    const dialog = await openArrestForm();
    setDate(within(dialog).getByLabelText(/Arrested on/), '2020-03-16');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Record an arrest' })).toBeNull());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`${CASE_PATH}/suspects/${SUSPECT_ID}/arrest`);
    expect(post.body).toEqual({ arrestedOn: '2020-03-16' });
    expect(post.headers.get('If-Match')).toBe('"3"');
    // The page reads the case again after the command.
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET' && c.path === CASE_PATH).length).toBeGreaterThan(1));
  });

  it("shows the server's field error on the arrest date", async () => {
    fakeApi(
      (call) =>
        call.method === 'POST'
          ? { status: 400, body: { type: 'https://casetrail.dev/problems/validation', title: 'Bad Request', status: 400, detail: 'The request has invalid fields', code: 'VALIDATION_FAILED', errors: [{ field: 'arrestedOn', message: 'arrestedOn must be a date YYYY-MM-DD' }] } }
          : undefined,
      ...caseRoutes(() => caseView(3)),
    );
    renderCase();
    const dialog = await openArrestForm();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const input = within(dialog).getByLabelText(/Arrested on/);
    await waitFor(() => expect(input).toHaveAccessibleDescription('arrestedOn must be a date YYYY-MM-DD'));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please correct the fields marked below.');
  });

  it('on a concurrent change shows the new events in words and retries on the new version, the form kept', async () => {
    let current = caseView(3);
    const posts: string[] = [];
    const calls = fakeApi(
      (call) => {
        if (call.method !== 'POST') return undefined;
        posts.push(call.headers.get('If-Match') ?? '');
        if (posts.length === 1) {
          // Someone else identified and arrested another suspect meanwhile (revisions 4 and 5).
          current = caseView(5);
          return { status: 409, body: { type: 'https://casetrail.dev/problems/concurrency', title: 'Conflict', status: 409, detail: 'The record changed: it is at revision 5, the request expected 3', code: 'WRONG_EXPECTED_REVISION' } };
        }
        return { body: { caseId: CASE_ID, revision: 6 } };
      },
      ...caseRoutes(() => current),
    );
    renderCase();
    const dialog = await openArrestForm();
    setDate(within(dialog).getByLabelText(/Arrested on/), '2020-03-18');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const panel = await within(dialog).findByTestId('conflict-panel');
    expect(panel).toHaveTextContent('Someone else changed this record');
    const changes = await within(panel).findByRole('list', { name: 'Changes since you opened the case' });
    const items = within(changes).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('p')?.textContent)).toEqual(['Suspect 2 identified on 16 Mar 2020 (Female, 40 years, Thailand).', 'Suspect 2 arrested on 17 Mar 2020.']);
    expect(items[1]).toHaveTextContent('by officer-7 (Police officer, Battambang Provincial Police)');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();

    await userEvent.click(within(panel).getByRole('button', { name: 'Load the new version and try again' }));
    await waitFor(() => expect(within(dialog).queryByTestId('conflict-panel')).toBeNull());
    expect(within(dialog).getByLabelText(/Arrested on/)).toHaveValue('2020-03-18');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Record an arrest' })).toBeNull());
    expect(posts).toEqual(['"3"', '"5"']);
    const retried = calls.filter((c) => c.method === 'POST')[1];
    expect(retried.body).toEqual({ arrestedOn: '2020-03-18' });
    void SUSPECT_2;
  });

  it('shows the history in words and the case as it was at a chosen time', async () => {
    const asOfCalls: string[] = [];
    fakeApi(
      (call) => {
        if (call.method === 'GET' && call.path === CASE_PATH && call.search.has('asOf')) {
          const asOf = call.search.get('asOf')!;
          asOfCalls.push(asOf);
          const earlier = caseView(1, { suspects: {}, victims: {}, offences: ['trafficking_in_persons_with_purpose', 'procuring'] });
          return { body: { ...earlier, asOf }, headers: { ETag: '"1"' } };
        }
        return undefined;
      },
      ...caseRoutes(() => caseView(5)),
    );
    renderScreen(
      <CasePage tab="history" />,
      { path: `/police/cases/${CASE_ID}/history`, route: '/police/cases/:caseId/history', extraRoutes: [{ path: '/police/cases/:caseId', element: <CasePage /> }], session: OFFICER },
    );
    const timeline = await screen.findByRole('list', { name: 'History' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Case opened on 14 Mar 2020 by Battambang Provincial Police in Battambang for: Trafficking (sale) of persons with a purpose. File reference BTB-2020-031.');
    expect(items[0]).toHaveTextContent('Recorded 14 Mar 2020, 09:00 by officer-7');
    expect(items[5]).toHaveTextContent('Suspect 2 arrested on 17 Mar 2020.');

    setDate(screen.getByLabelText(/Date and time/), '2020-03-14T12:00');
    await userEvent.click(screen.getByRole('button', { name: 'Show the case as it was' }));
    expect(await screen.findByRole('status')).toHaveTextContent('As it was on 14 Mar 2020, 12:00');
    expect(asOfCalls).toEqual(['2020-03-14T05:00:00.000Z']);
    // An earlier version is read only.
    expect(screen.queryByRole('button', { name: 'Record an arrest' })).toBeNull();
    expect(screen.getByText('No suspect identified yet.')).toBeInTheDocument();
  });

  it('shows an auditor no commands and says why names are missing', async () => {
    const restricted = caseView(3);
    restricted.state.suspects[SUSPECT_ID] = { ...restricted.state.suspects[SUSPECT_ID], birthDate: null, personal: { restricted: true } };
    fakeApi(...caseRoutes(() => restricted));
    renderCase(undefined, undefined, { id: 'a-1', name: 'Auditor', role: 'auditor', provinces: ['*'] });
    await screen.findByRole('table', { name: 'Suspects' });
    expect(screen.queryByRole('button', { name: 'Record an arrest' })).toBeNull();
    expect(within(screen.getByRole('table', { name: 'Suspects' })).queryByRole('columnheader', { name: 'Full name' })).toBeNull();
    expect(screen.getByText('Names and birth dates are not shown to your role.')).toBeInTheDocument();
  });
});
