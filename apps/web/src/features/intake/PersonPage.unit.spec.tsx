/** @jest-environment jest-fixed-jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadNamespace } from '../../i18n';
import { renderScreen } from '../../test/render';
import { fakeApi } from '../../test/fakeApi';
import type { TestUser } from '../../test/session';
import { PersonPage } from './PersonPage';

const PERSON_ID = '7f3a2c1d-4b5e-5f60-8a7b-9c0d1e2f3a4b';
const BORDER_OFFICIAL: TestUser = { id: 'bo-1', name: 'Sopheap', role: 'border_official', provinces: ['banteay-meanchey'], unit: 'border-liaison-office' };
const STATISTICIAN: TestUser = { id: 'st-1', name: 'Dara', role: 'statistician', provinces: ['*'] };

/** A screened person as `GET /api/intake/screenings/:personId` answers it. */
function personAnswer(revision: number, personal: Record<string, unknown>, referrals: unknown[] = [], outcome = 'suspected_victim') {
  const exploitation = outcome === 'not_identified' ? {} : { exploitationIndicated: 'labour' };
  return {
    personId: PERSON_ID,
    revision,
    asOf: null,
    state: {
      screening: {
        personId: PERSON_ID,
        reference: 'P-7',
        receptionId: '2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30',
        place: 'poipet',
        province: 'banteay-meanchey',
        screenedOn: '2026-03-02',
        screenedBy: 'border-liaison-office',
        outcome,
        ...exploitation,
        sex: 'F',
        nationality: 'KHM',
        countryReturnedFrom: 'THA',
        ageInYears: 17,
        ageBand: '15_17',
        ageBandOn: '2026-03-02',
        personal,
      },
      outcome,
      exploitationIndicated: outcome === 'not_identified' ? null : 'labour',
      revisions: [],
      referrals,
    },
  };
}

async function choose(scope: HTMLElement, label: RegExp, option: string) {
  const input = within(scope).getByRole('combobox', { name: label });
  await userEvent.click(input);
  const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
  await userEvent.click(await within(list).findByRole('option', { name: option, hidden: true }));
}

describe('a screened person', () => {
  const realFetch = global.fetch;
  beforeAll(() => loadNamespace('intake'));
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('refers to the police with the unit and the offence (no organisation), sending If-Match on the version shown', async () => {
    const calls = fakeApi((call) => {
      if (call.method === 'GET' && call.path === `/api/intake/screenings/${PERSON_ID}`) return { body: personAnswer(0, { fullName: 'Srey Pov' }), headers: { ETag: '"0"' } };
      if (call.method === 'POST' && call.path === `/api/intake/screenings/${PERSON_ID}/referrals`) return { body: { personId: PERSON_ID, revision: 1 } };
      return undefined;
    });
    renderScreen(<PersonPage />, { path: `/intake/screenings/${PERSON_ID}`, route: '/intake/screenings/:personId', session: BORDER_OFFICIAL });
    expect(await screen.findByText('Srey Pov')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refer the person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refer the person' });
    await choose(dialog, /^Referred to/, 'Police');
    expect(within(dialog).queryByRole('combobox', { name: /^Organisation/ })).toBeNull();
    await choose(dialog, /^Police unit/, 'Banteay Meanchey Provincial Police Commissariat');
    // Without a case id the offence is required: the form says so before sending.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Give the police case id, or the suspected offence for a new case.')).toBeInTheDocument();
    await choose(dialog, /^Suspected offence/, 'Unlawful recruitment for exploitation');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"0"');
    expect(post.body).toEqual({ destination: 'police', referredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), policeUnit: 'police-banteay-meanchey', suspectedOffence: 'unlawful_recruitment_for_exploitation' });
  });

  it('refers to social affairs with a department', async () => {
    fakeApi((call) => (call.method === 'GET' && call.path === `/api/intake/screenings/${PERSON_ID}` ? { body: personAnswer(0, {}) } : undefined));
    renderScreen(<PersonPage />, { path: `/intake/screenings/${PERSON_ID}`, route: '/intake/screenings/:personId', session: BORDER_OFFICIAL });
    await userEvent.click(await screen.findByRole('button', { name: 'Refer the person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refer the person' });
    await choose(dialog, /^Referred to/, 'Social affairs');
    expect(within(dialog).queryByRole('combobox', { name: /^Police unit/ })).toBeNull();
    await choose(dialog, /^Organisation/, 'Provincial Department of Social Affairs, Banteay Meanchey');
    expect(within(dialog).getByRole('combobox', { name: /^Organisation/ })).toHaveValue('Provincial Department of Social Affairs, Banteay Meanchey');
  });

  it('refers a person not identified as a victim to the family only', async () => {
    fakeApi((call) => (call.method === 'GET' && call.path === `/api/intake/screenings/${PERSON_ID}` ? { body: personAnswer(0, {}, [], 'not_identified') } : undefined));
    renderScreen(<PersonPage />, { path: `/intake/screenings/${PERSON_ID}`, route: '/intake/screenings/:personId', session: BORDER_OFFICIAL });
    await userEvent.click(await screen.findByRole('button', { name: 'Refer the person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refer the person' });
    const input = within(dialog).getByRole('combobox', { name: /^Referred to/ });
    await userEvent.click(input);
    const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
    expect(within(list).getAllByRole('option', { hidden: true }).map((o) => o.textContent)).toEqual(['Family']);
  });

  it('shows the name as withheld when the server withholds it, and offers no command to a reader', async () => {
    fakeApi((call) => (call.method === 'GET' && call.path === `/api/intake/screenings/${PERSON_ID}` ? { body: personAnswer(2, { restricted: true }, [{ destination: 'police', referredOn: '2026-03-03', policeUnit: 'police-banteay-meanchey', suspectedOffence: 'unlawful_recruitment_for_exploitation', province: 'banteay-meanchey' }]) } : undefined));
    renderScreen(<PersonPage />, { path: `/intake/screenings/${PERSON_ID}`, route: '/intake/screenings/:personId', session: STATISTICIAN });
    expect(await screen.findByText('Name and birth date withheld')).toBeInTheDocument();
    const referrals = screen.getByRole('table', { name: 'Where the person was referred' });
    expect(within(referrals).getByText(/^Banteay Meanchey Provincial Police Commissariat \(a new case for Unlawful recruitment for exploitation\)$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refer the person' })).toBeNull();
  });

  it('a 409 on If-Match shows what changed since, and sends again on the new version', async () => {
    let version = 0;
    const calls = fakeApi((call) => {
      if (call.method === 'GET' && call.path === `/api/intake/screenings/${PERSON_ID}`) return { body: personAnswer(version, {}), headers: { ETag: `"${version}"` } };
      if (call.method === 'GET' && call.path === `/api/intake/screenings/${PERSON_ID}/history`)
        return {
          body: {
            personId: PERSON_ID,
            events: [
              { revision: 0, globalPosition: 1, type: 'intake.PersonScreened', schemaVersion: 1, occurredAt: '2026-03-02T03:00:00.000Z', recordedAt: '2026-03-02T03:00:00.000Z', actor: { userId: 'bo-1', role: 'border_official' }, correlationId: 'c1', causationId: null, changes: {} },
              { revision: 1, globalPosition: 2, type: 'intake.ScreeningRevised', schemaVersion: 1, occurredAt: '2026-03-03T03:00:00.000Z', recordedAt: '2026-03-03T03:00:00.000Z', actor: { userId: 'bo-2', role: 'border_official' }, correlationId: 'c2', causationId: null, changes: { outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: '2026-03-03', justification: 'Second interview' } },
            ],
          },
        };
      if (call.method === 'POST' && call.path === `/api/intake/screenings/${PERSON_ID}/referrals`) {
        if (call.headers.get('If-Match') === '"0"') {
          version = 1;
          return { status: 409, body: { type: 'https://casetrail.dev/problems/concurrency', title: 'Conflict', status: 409, code: 'WRONG_EXPECTED_REVISION' } };
        }
        return { body: { personId: PERSON_ID, revision: 2 } };
      }
      return undefined;
    });
    renderScreen(<PersonPage />, { path: `/intake/screenings/${PERSON_ID}`, route: '/intake/screenings/:personId', session: BORDER_OFFICIAL });
    await userEvent.click(await screen.findByRole('button', { name: 'Refer the person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Refer the person' });
    await choose(dialog, /^Referred to/, 'Family');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const panel = await within(dialog).findByTestId('conflict-panel');
    expect(await within(panel).findByText('Screening revised')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Load the new version and try again' }));
    await waitFor(() => expect(within(dialog).queryByTestId('conflict-panel')).toBeNull());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.headers.get('If-Match'))).toEqual(['"0"', '"1"']);
    expect(calls.filter((c) => c.method === 'POST')[1].body).toEqual({ destination: 'family', referredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });
});
