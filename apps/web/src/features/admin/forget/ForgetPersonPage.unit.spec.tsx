/** @jest-environment jest-fixed-jsdom */
// First: the typed API client must find the test's fetch (see fetch-stand-in).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../../test/render';
import { fakeApi, json } from '../../../test/fakeApi';
import { ForgetPersonPage } from './ForgetPersonPage';

const PERSON = 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f';
const REASON = 'Erasure request 2021-014, approved by the data protection officer';

function render() {
  return renderScreen(
    <ForgetPersonPage />,
    { path: '/admin/forget', route: '/admin/forget', session: { id: 'test-admin', role: 'admin' } },
  );
}

async function fillAndAsk(personId = PERSON, reason = REASON) {
  await userEvent.type(await screen.findByLabelText('Person id', { exact: false }), personId);
  await userEvent.type(screen.getByLabelText('Reason', { exact: false }), reason);
  await userEvent.click(screen.getByRole('button', { name: 'Forget this person…' }));
}

describe('forgetting a person', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('says exactly what will happen, sends nothing until the id is typed again, then sends the reason and shows the answer', async () => {
    const calls = fakeApi(() => json({ personId: PERSON, forgottenAt: '2021-03-02T04:05:06.000Z' }));
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Forget a person' })).toBeInTheDocument();
    await fillAndAsk();

    const dialog = await screen.findByRole('dialog', { name: 'Forget this person for good?' });
    expect(dialog).toHaveTextContent(`Person ${PERSON} will be forgotten`);
    expect(dialog).toHaveTextContent('becomes unreadable for everyone');
    expect(dialog).toHaveTextContent('in every context (police cases and court files), in every copy');
    expect(dialog).toHaveTextContent('every backup or replay');
    expect(dialog).toHaveTextContent('The counts in the statistics stay exactly as they are');
    expect(dialog).toHaveTextContent('It cannot be undone.');
    expect(dialog).toHaveTextContent(REASON);

    const confirm = within(dialog).getByRole('button', { name: 'Forget permanently' });
    expect(confirm).toBeDisabled();
    const typed = within(dialog).getByLabelText('Type the person id to confirm', { exact: false });
    await userEvent.type(typed, PERSON.slice(0, 20));
    expect(confirm).toBeDisabled();
    await userEvent.click(confirm);
    expect(calls).toEqual([]);

    await userEvent.type(typed, PERSON.slice(20));
    expect(confirm).toBeEnabled();
    await userEvent.click(confirm);

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent(`Person ${PERSON} was forgotten on 2 Mar 2021, 11:05 (Cambodia time)`);
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe('POST');
    expect(calls[0].url.pathname).toBe(`/api/admin/persons/${PERSON}/forget`);
    expect(calls[0].body).toEqual({ reason: REASON });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('cancelling the dialog sends nothing', async () => {
    const calls = fakeApi(() => json({ personId: PERSON, forgottenAt: '2021-03-02T04:05:06.000Z' }));
    render();
    await fillAndAsk();
    const dialog = await screen.findByRole('dialog', { name: 'Forget this person for good?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls).toEqual([]);
  });

  it('checks the id and the reason before asking', async () => {
    const calls = fakeApi(() => json({}));
    render();
    await fillAndAsk('not-an-id', 'short');
    expect(await screen.findByText('A person id looks like b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f.')).toBeInTheDocument();
    expect(screen.getByText('Write a reason of 10 to 500 characters.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('shows the server’s field error on the reason, and the server’s reason when the person was already forgotten', async () => {
    let answer = json({ type: 'https://casetrail.dev/problems/validation', title: 'Bad Request', status: 400, errors: [{ field: 'reason', message: 'reason must not name the person' }] }, 400);
    fakeApi(() => answer);
    render();
    await fillAndAsk();
    let dialog = await screen.findByRole('dialog', { name: 'Forget this person for good?' });
    await userEvent.type(within(dialog).getByLabelText('Type the person id to confirm', { exact: false }), PERSON);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Forget permanently' }));
    expect(await screen.findByText('reason must not name the person')).toBeInTheDocument();
    expect(screen.getByLabelText('Reason', { exact: false })).toHaveAttribute('aria-invalid', 'true');

    answer = json({ type: 'https://casetrail.dev/problems/rule-violation', title: 'Conflict', status: 409, code: 'PERSON_ALREADY_FORGOTTEN', detail: `Person ${PERSON} was already forgotten` }, 409);
    await userEvent.click(screen.getByRole('button', { name: 'Forget this person…' }));
    dialog = await screen.findByRole('dialog', { name: 'Forget this person for good?' });
    await userEvent.type(within(dialog).getByLabelText('Type the person id to confirm', { exact: false }), PERSON);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Forget permanently' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Already forgotten');
    expect(alert).toHaveTextContent(`Person ${PERSON} was already forgotten`);
  });
});
