/** @jest-environment jest-fixed-jsdom */
// First: the typed API client must find the test's fetch (see fetch-stand-in).
import { screen, within } from '@testing-library/react';
import { renderScreen } from '../../test/render';
import { CourtFileHistoryPage, PoliceCaseHistoryPage } from './RecordHistoryPage';
import { fakeApi, json } from '../../test/fakeApi';

const CASE_ID = '00b6f61f-fa49-4042-bbce-a1c6e05a6908';
const SUSPECT = '71ad77dc-f45b-448d-b0e4-4cbb0e9e3cac';
const VICTIM = '7bd28a9b-6594-45eb-aa2a-f0e7d1f5f564';
const police = { userId: 'officer-1', role: 'police', unit: 'police-battambang', province: 'battambang' };

function event(revision: number, type: string, changes: unknown, actor: Record<string, string> = police) {
  return { revision, globalPosition: revision + 1, type, schemaVersion: 1, occurredAt: '2021-02-28T17:00:00.000Z', recordedAt: `2021-03-0${revision + 1}T03:20:54.563Z`, actor, correlationId: `c-${revision}`, causationId: null, changes };
}

// As the API answers an auditor: personal data withheld.
const POLICE_HISTORY = {
  caseId: CASE_ID,
  events: [
    event(0, 'enforcement.PoliceCaseOpened', { caseId: CASE_ID, unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang', offences: ['trafficking_in_persons_with_purpose'], openedOn: '2021-03-01', reference: 'BB-2021-7' }),
    event(1, 'enforcement.SuspectIdentified', { suspectId: SUSPECT, sex: 'M', ageBandAtIdentification: '18_plus', nationality: 'KHM', identifiedOn: '2021-03-02', personal: { restricted: true } }),
    event(2, 'enforcement.SuspectArrested', { suspectId: SUSPECT, arrestedOn: '2021-03-03', detainedAndSentToCourt: true, ageBand: '18_plus' }),
    event(3, 'enforcement.VictimHandedOver', { victimId: VICTIM, destination: 'social_affairs', handedOverOn: '2021-03-04', organisation: 'DoSVY Battambang' }),
    event(4, 'enforcement.CaseClosedWithoutForwarding', { closedOn: '2021-03-05', reason: 'insufficient_evidence' }),
  ],
};

const COURT_HISTORY = {
  fileId: CASE_ID,
  events: [
    event(
      0,
      'court.PoliceCaseReceived',
      {
        fileId: CASE_ID, court: 'court-battambang', province: 'battambang', receivedOn: '2021-03-05', policeCaseId: CASE_ID, forwardingUnit: 'police-battambang', forwardedOn: '2021-03-05', offences: ['trafficking_in_persons_with_purpose'],
        accused: [{ personId: SUSPECT, sex: 'M', nationality: 'KHM', ageBandOn: '2021-03-03', personal: { restricted: true }, ageBand: '18_plus', arrestedOn: '2021-03-03' }],
        victims: [{ personId: VICTIM, sex: 'F', nationality: 'KHM', ageInYears: 16, ageBandOn: '2021-03-03', personal: { forgotten: true }, ageBand: '15_17', exploitationType: 'sexual' }],
      },
      { userId: 'reactor:court-opens-forwarded-cases', role: 'system' },
    ),
    event(1, 'court.ProsecutionDecided', { action: 'submitted_for_trial', decidedOn: '2021-03-06', trialRoute: 'immediate_appearance', appearedOn: '2021-03-06' }, { userId: 'prosecutor-7', role: 'prosecutor', unit: 'court-battambang' }),
    event(2, 'court.PreTrialDetentionExtended', { personId: SUSPECT, extendedOn: '2021-09-01', months: 6 }, { userId: 'judge-2', role: 'judge' }),
  ],
};

const AUDITOR = { id: 'test-auditor', role: 'auditor' } as const;

describe('a record’s history', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('shows a police case’s events in words: who, when (Cambodian time) and what changed', async () => {
    const calls = fakeApi((r) => (r.url.pathname === `/api/enforcement/cases/${CASE_ID}/history` ? json(POLICE_HISTORY) : json({ status: 404, title: 'Not Found' }, 404)));
    renderScreen(
      <PoliceCaseHistoryPage />,
      { path: `/audit/cases/${CASE_ID}`, route: '/audit/cases/:caseId', session: AUDITOR },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Police case history' })).toBeInTheDocument();
    const timeline = await screen.findByRole('list', { name: 'Events of the police case' });
    const items = within(timeline).getAllByRole('listitem').filter((li) => li.parentElement === timeline);
    expect(items).toHaveLength(5);
    expect(calls.map((c) => c.url.pathname)).toEqual([`/api/enforcement/cases/${CASE_ID}/history`]);

    expect(within(items[0]).getByRole('heading', { level: 2, name: 'Police case opened' })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('Recorded 1 Mar 2021, 10:20 (Cambodia time)');
    expect(items[0]).toHaveTextContent('By officer-1 (Police officer, Battambang Provincial Police Commissariat)');
    expect(items[0]).toHaveTextContent('Trafficking (sale) of persons with a purpose');
    expect(items[0]).toHaveTextContent('BB-2021-7');

    expect(within(items[1]).getByRole('heading', { name: 'Suspect identified' })).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Male');
    expect(items[1]).toHaveTextContent('18 or older');
    expect(items[1]).toHaveTextContent('Cambodian');
    expect(items[1]).toHaveTextContent('Withheld: your role does not see names or birth dates');

    expect(within(items[2]).getByRole('heading', { name: 'Suspect arrested (detained and sent to court)' })).toBeInTheDocument();
    expect(items[3]).toHaveTextContent('Social affairs department');
    expect(items[3]).toHaveTextContent('DoSVY Battambang');
    expect(within(items[4]).getByRole('heading', { name: 'Case closed without forwarding' })).toBeInTheDocument();
    expect(items[4]).toHaveTextContent('Insufficient evidence');
    // Never the raw codes or the data as JSON.
    expect(timeline).not.toHaveTextContent('insufficient_evidence');
    expect(timeline).not.toHaveTextContent('{');

    expect(screen.getByRole('link', { name: 'Who read this record (access log)' })).toHaveAttribute('href', `/audit?record=${CASE_ID}&type=police-case`);
  });

  it('shows a court file’s events in words, persons one per line', async () => {
    fakeApi((r) => (r.url.pathname === `/api/court/files/${CASE_ID}/history` ? json(COURT_HISTORY) : json({ status: 404, title: 'Not Found' }, 404)));
    renderScreen(
      <CourtFileHistoryPage />,
      { path: `/audit/files/${CASE_ID}`, route: '/audit/files/:fileId', session: AUDITOR },
    );
    const timeline = await screen.findByRole('list', { name: 'Events of the court file' });
    const items = within(timeline).getAllByRole('listitem').filter((li) => li.parentElement === timeline);
    expect(within(items[0]).getByRole('heading', { name: 'Police case received by the court' })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('By reactor:court-opens-forwarded-cases (The system (an automatic step))');
    expect(items[0]).toHaveTextContent('Battambang Provincial Court of First Instance');
    expect(items[0]).toHaveTextContent(`${SUSPECT}: Male, 18 or older, Cambodian, arrested 3 Mar 2021, Withheld`);
    expect(items[0]).toHaveTextContent(`${VICTIM}: Female, 16 years old, 15 to 17, Cambodian, Sexual exploitation, Forgotten`);
    expect(items[1]).toHaveTextContent('Sent straight to trial');
    expect(items[1]).toHaveTextContent('Immediate appearance');
    expect(items[1]).toHaveTextContent('By prosecutor-7 (Prosecutor, Battambang Provincial Court of First Instance)');
    expect(within(items[2]).getByRole('heading', { name: 'Pre-trial detention extended' })).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('6 months');
  });

  it('says when the record is not there', async () => {
    fakeApi(() => json({ type: 'about:blank', status: 404, title: 'Not Found', detail: 'No such case in your scope' }, 404));
    renderScreen(
      <PoliceCaseHistoryPage />,
      { path: `/audit/cases/${CASE_ID}`, route: '/audit/cases/:caseId', session: AUDITOR },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('No such case in your scope');
  });
});
