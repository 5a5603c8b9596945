/** @jest-environment jest-fixed-jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { fakeApi } from '../../test/fakeApi';
import { RegisterCasePage } from './RegisterCasePage';
import { PERSON_ID, SOCIAL_WORKER } from './fixtures';

async function choose(label: RegExp, option: string) {
  const input = screen.getByRole('combobox', { name: label });
  await userEvent.click(input);
  const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
  await userEvent.click(await within(list).findByRole('option', { name: option, hidden: true }));
}

describe('registering a person', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it("sends the reception and the person (the name to be sealed), puts the server's field errors on their fields, then opens the new case", async () => {
    let attempts = 0;
    const calls = fakeApi((call) => {
      if (call.method !== 'POST' || call.path !== '/api/protection/cases') return undefined;
      attempts += 1;
      if (attempts === 1) return { status: 400, body: { type: 'https://casetrail.dev/problems/validation', title: 'Bad Request', status: 400, errors: [{ field: 'personal.fullName', message: 'fullName must be one line' }] } };
      return { status: 201, body: { personId: PERSON_ID, revision: 0 } };
    });
    renderScreen(<RegisterCasePage />, { path: '/protection/cases/new', route: '/protection/cases/new', session: SOCIAL_WORKER, extraRoutes: [{ path: '/protection/cases/:personId', element: <h1>opened</h1> }] });
    // The worker's one province is chosen already.
    expect(screen.getByRole('combobox', { name: /Province/ })).toHaveValue('Battambang');
    await choose(/How the person was received/, 'From overseas authorities');
    // An entry point is asked for only with overseas authorities.
    await choose(/Airport or checkpoint/, 'Bavet International Checkpoint');
    await choose(/^Sex/, 'Male');
    await choose(/Form of exploitation/, 'At risk');
    fireEvent.change(screen.getByLabelText(/Received on/), { target: { value: '2026-03-02' } });
    await userEvent.type(screen.getByRole('textbox', { name: /Age in years when received/ }), '31');
    await userEvent.type(screen.getByRole('textbox', { name: /Full name/ }), 'Sok Dara');
    await userEvent.click(screen.getByRole('button', { name: 'Register the person' }));
    expect(await screen.findByText('fullName must be one line')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Register the person' }));
    expect(await screen.findByRole('heading', { name: 'opened' })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')[1].body).toEqual({
      province: 'battambang',
      receivedOn: '2026-03-02',
      channel: 'overseas_authorities',
      entryPoint: 'bavet',
      sex: 'M',
      nationality: 'KHM',
      ageInYears: 31,
      exploitationType: 'at_risk',
      personal: { fullName: 'Sok Dara' },
    });
  });

  it('asks for the birth date or the age before sending anything', async () => {
    const calls = fakeApi();
    renderScreen(<RegisterCasePage />, { path: '/protection/cases/new', route: '/protection/cases/new', session: SOCIAL_WORKER });
    await choose(/How the person was received/, 'Came on their own');
    await choose(/^Sex/, 'Female');
    await choose(/Form of exploitation/, 'Labour exploitation');
    const age = screen.getByRole('textbox', { name: /Age in years when received/ });
    expect(age).not.toBeInvalid();
    await userEvent.click(screen.getByRole('button', { name: 'Register the person' }));
    await waitFor(() => expect(age).toBeInvalid());
    expect(screen.getByLabelText(/^Birth date/)).not.toBeInvalid();
    expect(calls).toHaveLength(0);
    // No entry point without overseas authorities.
    expect(screen.queryByRole('combobox', { name: /Airport or checkpoint/ })).toBeNull();
  });
});
