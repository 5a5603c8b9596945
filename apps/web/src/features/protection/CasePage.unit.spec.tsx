/** @jest-environment jest-fixed-jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { fakeApi, type Route } from '../../test/fakeApi';
import type { TestUser } from '../../test/session';
import { CasePage } from './CasePage';
import { caseView, event, PARTNER_WORKER, PERSON_ID, SOCIAL_WORKER } from './fixtures';
import type { CaseView } from './types';

const CASE_PATH = `/api/protection/cases/${PERSON_ID}`;

function renderCase(session: TestUser = SOCIAL_WORKER, tab: 'case' | 'history' | 'journey' = 'case') {
  const route = tab === 'case' ? '/protection/cases/:personId' : `/protection/cases/:personId/${tab}`;
  return renderScreen(<CasePage tab={tab} />, { path: route.replace(':personId', PERSON_ID), route, session, extraRoutes: [{ path: '/protection/cases/:personId', element: <CasePage /> }] });
}

function caseRoutes(current: () => CaseView, history = () => [event(0, 'ProtectionCaseOpened', { province: 'battambang', receivedOn: '2026-03-02', channel: 'overseas_authorities', receivedBy: 'dosvy-battambang', sex: 'F', ageBand: '15_17', nationality: 'KHM', exploitationType: 'labour', personal: { fullName: 'Chan Sreyneang' } })]): Route[] {
  return [
    (call) => (call.method === 'GET' && call.path === CASE_PATH ? { body: current(), headers: { ETag: `"${current().revision}"` } } : undefined),
    (call) => (call.method === 'GET' && call.path === `${CASE_PATH}/history` ? { body: { personId: PERSON_ID, events: history() } } : undefined),
  ];
}

function setValue(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

/** Chooses an option of a Mantine Select in the dialog (from that input's own list). */
async function chooseOption(dialog: HTMLElement, label: RegExp, option: string) {
  const input = within(dialog).getByRole('combobox', { name: label });
  await userEvent.click(input);
  const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
  await userEvent.click(await within(list).findByRole('option', { name: option, hidden: true }));
}

describe('the protection case page', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('shows what is recorded, claims per currency from minor units, and the commands the stage allows', async () => {
    fakeApi(...caseRoutes(() => caseView(7)));
    renderCase();
    expect(await screen.findByRole('heading', { level: 1, name: 'Protection case c2e8a6b3' })).toBeInTheDocument();
    expect(screen.getByText('Chan Sreyneang')).toBeInTheDocument();
    expect(screen.getByText('Poipet International Checkpoint')).toBeInTheDocument();
    const claims = screen.getByRole('table', { name: 'Compensation claims: awarded, received and still to receive' });
    expect(claims).toHaveTextContent('US$1,500.00 on 20 Mar 2026 (recorded by hand)');
    expect(claims).toHaveTextContent('US$500.00 on 25 Mar 2026');
    const totals = screen.getByRole('table', { name: 'Totals per currency (never converted)' });
    expect(within(totals).getAllByRole('row')[1]).toHaveTextContent('USDUS$1,500.00US$500.00US$1,000.00');
    // Open, not in a shelter: admission yes, leaving no; follow-ups only after integration.
    expect(screen.getByRole('button', { name: 'Admit to a shelter' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Record leaving the shelter' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Record a follow-up visit' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Integrate into the community' })).toBeEnabled();
  });

  it('integrates the person with the revision it loaded as If-Match, then shows the visits due', async () => {
    let current = caseView(7);
    const calls = fakeApi(
      (call) => {
        if (call.method !== 'POST' || call.path !== `${CASE_PATH}/integration`) return undefined;
        current = caseView(
          8,
          { stage: 'integrated', integrations: [{ integratedBy: 'dosvy-battambang', integratedOn: '2026-04-02', province: 'kampot', followUpScheduleMonths: [1, 3], followUpWorker: 'sw-1', exploitationType: 'labour', sex: 'F', ageBand: '15_17', visits: [] }] },
          {
            on: '2026-05-10',
            visits: [
              { visitNumber: 1, monthsAfterIntegration: 1, dueOn: '2026-05-02', integratedOn: '2026-04-02', integratedBy: 'dosvy-battambang', province: 'kampot', followUpWorker: 'sw-1', visitedOn: null, overdue: true },
              { visitNumber: 2, monthsAfterIntegration: 3, dueOn: '2026-07-02', integratedOn: '2026-04-02', integratedBy: 'dosvy-battambang', province: 'kampot', followUpWorker: 'sw-1', visitedOn: null, overdue: false },
            ],
          },
        );
        return { body: { personId: PERSON_ID, revision: 8 }, headers: { ETag: '"8"' } };
      },
      ...caseRoutes(() => current),
    );
    renderCase();
    await userEvent.click(await screen.findByRole('button', { name: 'Integrate into the community' }));
    const dialog = await screen.findByRole('dialog', { name: 'Integrate into the community' });
    // The social worker's own department and the case's province are filled in.
    expect(within(dialog).getByRole('combobox', { name: /Integrated by/ })).toHaveValue('Provincial Department of Social Affairs, Battambang');
    await chooseOption(dialog, /Province where the person now lives/, 'Kampot');
    setValue(within(dialog).getByLabelText(/Integrated on/), '2026-04-02');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"7"');
    expect(post.body).toEqual({ integratedBy: 'dosvy-battambang', integratedOn: '2026-04-02', province: 'kampot' });
    const visits = await screen.findByRole('table', { name: 'Follow-up visits, as of 10 May 2026' });
    const rows = within(visits).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Visit 1 (month 1)2 May 2026Overdue');
    expect(rows[2]).toHaveTextContent('Visit 2 (month 3)2 Jul 2026Upcoming');
    expect(screen.getByRole('button', { name: 'Record a follow-up visit' })).toBeEnabled();
  });

  it("puts the server's field error on its field and a refused rule in words", async () => {
    let answers = 0;
    fakeApi(
      (call) => {
        if (call.method !== 'POST') return undefined;
        answers += 1;
        return answers === 1
          ? { status: 400, body: { type: 'https://casetrail.dev/problems/validation', title: 'Bad Request', status: 400, errors: [{ field: 'departedOn', message: 'departedOn must be a real date' }] } }
          : { status: 409, body: { type: 'https://casetrail.dev/problems/rule', title: 'Conflict', status: 409, code: 'NOT_IN_SHELTER', detail: 'The person is in no shelter' } };
      },
      ...caseRoutes(() => caseView(7, { shelterStays: [{ shelter: 'ngo-aple', shelterProvince: 'battambang', admittedOn: '2026-03-04', sentBy: 'dosvy-battambang', departedOn: null, departureReason: null }] })),
    );
    renderCase();
    await userEvent.click(await screen.findByRole('button', { name: 'Record leaving the shelter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record leaving the shelter' });
    expect(dialog).toHaveTextContent('In Action pour les Enfants (APLE) since 4 Mar 2026.');
    await chooseOption(dialog, /Why the person left/, 'Returned to the family');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('departedOn must be a real date')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This is not allowed now: The person is in no shelter');
  });

  it('on a concurrent change lists the steps since in words and sends again on the new version, the form kept', async () => {
    let current = caseView(7);
    const posts: string[] = [];
    const calls = fakeApi(
      (call) => {
        if (call.method !== 'POST') return undefined;
        posts.push(call.headers.get('If-Match') ?? '');
        if (posts.length === 1) {
          current = caseView(8);
          return { status: 409, body: { type: 'https://casetrail.dev/problems/concurrency', title: 'Conflict', status: 409, code: 'WRONG_EXPECTED_REVISION', detail: 'The record changed' } };
        }
        return { body: { personId: PERSON_ID, revision: 9 } };
      },
      ...caseRoutes(
        () => current,
        () => [event(7, 'FamilyAssessed', { assessedOn: '2026-03-28', outcome: 'suitable', assessedBy: 'dosvy-battambang' }), event(8, 'ServiceDelivered', { service: 'legal_aid', organisation: 'ngo-aple', deliveredOn: '2026-03-29' }, { userId: 'pw-9', role: 'partner_worker', unit: 'ngo-aple' })],
      ),
    );
    renderCase();
    await userEvent.click(await screen.findByRole('button', { name: 'Record a service' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a service' });
    await chooseOption(dialog, /^Service/, 'Vocational training');
    setValue(within(dialog).getByLabelText(/Delivered on/), '2026-03-30');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const panel = await within(dialog).findByTestId('conflict-panel');
    const changes = await within(panel).findByRole('list', { name: 'What changed since you opened the case' });
    const items = within(changes).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Service delivered — Service: Legal aid, Delivered by: Action pour les Enfants (APLE), Delivered on: 29 Mar 2026');
    expect(items[0]).toHaveTextContent('by pw-9 (Partner worker)');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    await userEvent.click(within(panel).getByRole('button', { name: 'Load the new version and try again' }));
    await waitFor(() => expect(within(dialog).queryByTestId('conflict-panel')).toBeNull());
    expect(within(dialog).getByLabelText(/Delivered on/)).toHaveValue('2026-03-30');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(posts).toEqual(['"7"', '"8"']);
    expect(calls.filter((c) => c.method === 'POST')[1].body).toEqual({ service: 'vocational_training', organisation: 'dosvy-battambang', deliveredOn: '2026-03-30' });
  });

  it("shows a partner worker 'withheld' instead of the name, and only the partner's commands, for their own organisation", async () => {
    const withheld = caseView(7, { person: { personId: PERSON_ID, sex: 'F', nationality: 'KHM', ageInYears: 16, ageBand: '15_17', ageBandOn: '2026-03-02', birthDate: null, personal: { restricted: true } } });
    fakeApi(...caseRoutes(() => withheld));
    renderCase(PARTNER_WORKER);
    expect(await screen.findByText('Withheld')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Name and birth date withheld');
    expect(screen.queryByText('Chan Sreyneang')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refer the case' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close the case' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Journey' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Record a service' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a service' });
    expect(within(dialog).getByRole('combobox', { name: /Delivered by/ })).toHaveValue('Action pour les Enfants (APLE)');
  });

  it('shows the history in words and the case as it was at a chosen time, read only', async () => {
    const asOfs: string[] = [];
    fakeApi(
      (call) => {
        if (call.method === 'GET' && call.path === CASE_PATH && call.search.has('asOf')) {
          asOfs.push(call.search.get('asOf')!);
          return { body: { ...caseView(1, { consent: null, referrals: [], shelterStays: [], services: [], claims: {}, familyAssessments: [] }), asOf: call.search.get('asOf') }, headers: { ETag: '"1"' } };
        }
        return undefined;
      },
      ...caseRoutes(() => caseView(7)),
    );
    renderCase(SOCIAL_WORKER, 'history');
    const timeline = await screen.findByRole('list', { name: 'History' });
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('Protection case opened');
    expect(timeline).toHaveTextContent('From overseas authorities');
    setValue(screen.getByLabelText(/Date and time/), '2026-03-02T12:00');
    await userEvent.click(screen.getByRole('button', { name: 'Show the case then' }));
    expect(await screen.findByRole('status')).toHaveTextContent('As it was at 2 Mar 2026, 12:00');
    expect(asOfs).toEqual(['2026-03-02T05:00:00.000Z']);
    expect(screen.queryByRole('button', { name: 'Admit to a shelter' })).toBeNull();
    expect(screen.getByText('No consent recorded yet. Refusing consent never stops the person\'s services.')).toBeInTheDocument();
  });

  it('names the police unit and the rescue of a person handed over by the police', async () => {
    fakeApi(...caseRoutes(() => caseView(3, { channel: 'police_hand_over', entryPoint: null, countryReturnedFrom: null, handOver: { policeCaseId: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10', handedOverBy: 'police-battambang', rescuedOn: '2026-03-01' } })));
    renderCase();
    const reception = await screen.findByRole('region', { name: 'Reception' });
    expect(reception).toHaveTextContent('Handed over by the police');
    expect(reception).toHaveTextContent('Rescued on1 Mar 2026');
    expect(reception).toHaveTextContent('Battambang Provincial Police');
  });
});
