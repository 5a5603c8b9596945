/** @jest-environment jest-fixed-jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../../test/render';
import { fakeApi, type Route } from '../../../test/fakeApi';
import { CasePage } from '../CasePage';
import { caseView, PERSON_ID, SOCIAL_WORKER } from '../fixtures';
import type { CaseView } from '../types';

const CASE_PATH = `/api/protection/cases/${PERSON_ID}`;
const CLAIM = 'a1b2c3d4-0000-4000-8000-000000000001';
const OPEN_CLAIM = 'a1b2c3d4-0000-4000-8000-000000000002';

function routes(current: () => CaseView): Route[] {
  return [
    (call) => (call.method === 'GET' && call.path === CASE_PATH ? { body: current(), headers: { ETag: `"${current().revision}"` } } : undefined),
    (call) => (call.method === 'GET' && call.path === `${CASE_PATH}/history` ? { body: { personId: PERSON_ID, events: [] } } : undefined),
  ];
}

function withTwoClaims(): CaseView {
  const view = caseView(9);
  view.state.claims[OPEN_CLAIM] = { claimId: OPEN_CLAIM, courtFileId: null, supportingOrganisation: 'ngo-ijm', filedOn: '2026-03-06', award: null, receipts: [], received: 0 };
  return view;
}

async function choose(dialog: HTMLElement, label: RegExp, option: string) {
  const input = within(dialog).getByRole('combobox', { name: label });
  await userEvent.click(input);
  const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
  await userEvent.click(await within(list).findByRole('option', { name: option, hidden: true }));
}

describe('legal aid and compensation dialogs', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it("records money received on the awarded claim, in the award's currency and in minor units", async () => {
    const calls = fakeApi((call) => (call.method === 'POST' ? { body: { personId: PERSON_ID, revision: 10 } } : undefined), ...routes(withTwoClaims));
    renderScreen(<CasePage />, { path: `/protection/cases/${PERSON_ID}`, route: '/protection/cases/:personId', session: SOCIAL_WORKER });
    await userEvent.click(await screen.findByRole('button', { name: 'Record money received' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record money received' });
    // Only the awarded claim with money still to receive is offered, chosen already.
    expect(within(dialog).getByRole('combobox', { name: /^Claim/ })).toHaveValue('Claim 1: Chab Dai Coalition, filed 5 Mar 2026');
    expect(dialog).toHaveTextContent('Awarded US$1,500.00; still to receive US$1,000.00.');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Amount received \(USD\)/ }), '250.75');
    fireEvent.change(within(dialog).getByLabelText(/Received on/), { target: { value: '2026-04-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`${CASE_PATH}/claims/${CLAIM}/receipts`);
    expect(post.headers.get('If-Match')).toBe('"9"');
    expect(post.body).toEqual({ amount: 25075, currency: 'USD', receivedOn: '2026-04-01' });
  });

  it('records an award on the claim without one, in the chosen currency', async () => {
    const calls = fakeApi((call) => (call.method === 'POST' ? { body: { personId: PERSON_ID, revision: 10 } } : undefined), ...routes(withTwoClaims));
    renderScreen(<CasePage />, { path: `/protection/cases/${PERSON_ID}`, route: '/protection/cases/:personId', session: SOCIAL_WORKER });
    await userEvent.click(await screen.findByRole('button', { name: 'Record an award' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record an award' });
    expect(within(dialog).getByRole('combobox', { name: /^Claim/ })).toHaveValue('Claim 2: International Justice Mission (IJM), filed 6 Mar 2026');
    await choose(dialog, /^Currency/, 'KHR');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Amount awarded/ }), '4000000');
    fireEvent.change(within(dialog).getByLabelText(/Awarded on/), { target: { value: '2026-04-02' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`${CASE_PATH}/claims/${OPEN_CLAIM}/award`);
    expect(post.body).toEqual({ amount: 400000000, currency: 'KHR', awardedOn: '2026-04-02' });
  });

  it('closes a case with a reason, then offers only its reopening, with a justification', async () => {
    let current = caseView(9);
    const calls = fakeApi(
      (call) => {
        if (call.method !== 'POST') return undefined;
        current = caseView(10, { stage: 'closed', closure: { closedOn: '2026-04-03', reason: 'lost_contact' }, stageBeforeClosing: 'open' });
        return { body: { personId: PERSON_ID, revision: 10 } };
      },
      ...routes(() => current),
    );
    renderScreen(<CasePage />, { path: `/protection/cases/${PERSON_ID}`, route: '/protection/cases/:personId', session: SOCIAL_WORKER });
    await userEvent.click(await screen.findByRole('button', { name: 'Close the case' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the case' });
    await choose(dialog, /Why the case is closed/, 'Lost contact');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close the case' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.method === 'POST')!.path).toBe(`${CASE_PATH}/closure`);
    expect(await screen.findByText('The case is closed: reopen it, with a justification, to record more.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Closure and reopening' })).toHaveTextContent('Lost contact');
    expect(screen.getByRole('button', { name: 'Reopen the case' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Record a service' })).toBeDisabled();
  });
});
