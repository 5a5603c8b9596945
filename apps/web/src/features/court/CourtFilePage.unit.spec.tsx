/** @jest-environment jest-fixed-jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { CourtFilePage } from './CourtFilePage';
import { fakeApi, type Call } from '../../test/fakeApi';
import { inputOf, type TestUser } from '../../test/session';
import type { FileView, HistoryEntry } from './types';
import type { Role } from '../../auth/session';

const FILE_ID = '3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c';
const ACCUSED = 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f';
const VICTIM = 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10';

function view(revision: number, extra: Partial<FileView['state']> = {}): FileView {
  return {
    fileId: FILE_ID,
    revision,
    asOf: null,
    deadlines: {
      on: '2026-05-10',
      detentions: [
        { personId: ACCUSED, orderedOn: '2025-11-19', offenceClass: 'felony', limitId: 'pretrial_detention_adult_felony', article: 'Art. 208', verified: false, extensionsGranted: 0, extensionsAllowed: 2, limitDate: '2026-05-15', maximumLimitDate: '2027-05-19', daysLeft: 5, pastLimit: false },
      ],
      immediateAppearanceJudgment: null,
    },
    state: {
      stage: 'trial',
      fileId: FILE_ID,
      court: 'court-battambang',
      province: 'battambang',
      origin: { kind: 'police', policeCaseId: FILE_ID, forwardingUnit: 'police-battambang', forwardedOn: '2025-11-14' },
      offences: ['trafficking_in_persons_with_purpose'],
      openedOn: '2025-11-14',
      accused: {
        [ACCUSED]: {
          personId: ACCUSED,
          sex: 'M',
          nationality: 'KHM',
          ageBand: '18_plus',
          ageBandOn: '2025-11-10',
          ageInYears: 34,
          birthDate: null,
          personal: { fullName: 'Sok Dara' },
          enteredOn: '2025-11-14',
          source: 'police',
          arrestedOn: '2025-11-10',
          charges: [{ offences: ['trafficking_in_persons_with_purpose'], chargedOn: '2025-11-17', chargedBy: 'prosecutor', sex: 'M', ageBand: '18_plus' }],
          detentions: [{ orderedOn: '2025-11-19', offenceClass: 'felony', limitId: 'pretrial_detention_adult_felony', sex: 'M', ageBand: '18_plus', extensions: [], endedOn: null, endReason: null }],
          supervisedSince: null,
          verdicts: [],
        },
      },
      victims: {
        [VICTIM]: { personId: VICTIM, sex: 'F', nationality: 'KHM', ageBand: '15_17', ageBandOn: '2025-11-10', ageInYears: null, birthDate: null, personal: { restricted: true }, enteredOn: '2025-11-14', source: 'police', exploitationType: 'sexual' },
      },
      prosecutionDecision: { action: 'submitted_for_investigation', decidedOn: '2025-11-18', reason: null, trialRoute: null, appearedOn: null },
      closingOrder: { outcome: 'sent_to_trial', issuedOn: '2026-04-01' },
      entered: { prosecution: '2025-11-14', investigation: '2025-11-18', trial: '2026-04-01' },
      closedOn: null,
      compensation: [],
      appeals: [],
      ...extra,
    },
  };
}

function event(revision: number, type: string, changes: Record<string, unknown>, role = 'judge'): HistoryEntry {
  return { revision, globalPosition: revision, type: `court.${type}`, schemaVersion: 1, occurredAt: '2026-04-01T17:00:00.000Z', recordedAt: '2026-04-02T03:00:00.000Z', actor: { userId: `u-${role}-2`, role, unit: 'court-battambang' }, correlationId: 'c', causationId: null, changes };
}

const HISTORY = [
  event(0, 'PoliceCaseReceived', { forwardingUnit: 'police-battambang', forwardedOn: '2025-11-14', accused: [{ personId: ACCUSED, personal: { fullName: 'Sok Dara' } }], victims: [{ personId: VICTIM, personal: { restricted: true } }] }, 'system'),
  event(7, 'ClosingOrderIssued', { outcome: 'sent_to_trial', issuedOn: '2026-04-01' }),
];

interface Setup {
  role?: Role;
  command: (call: Call) => { status: number; body: unknown; headers?: Record<string, string> };
  history?: () => HistoryEntry[];
  file?: () => FileView;
}

let signedIn: TestUser = { role: 'judge' };

function setup({ role = 'judge', command, history = () => HISTORY, file = () => view(7) }: Setup) {
  signedIn = { role, provinces: ['battambang'], unit: role === 'judge' ? 'court-battambang' : undefined };
  return fakeApi((call) => {
    if (call.method === 'GET' && call.path === `/api/court/files/${FILE_ID}`) {
      const f = file();
      return { body: f, headers: { ETag: `"${f.revision}"` } };
    }
    if (call.method === 'GET' && call.path === `/api/court/files/${FILE_ID}/history`) return { body: { fileId: FILE_ID, events: history() } };
    if (call.method === 'POST') return command(call);
    return undefined;
  });
}

function renderFile() {
  renderScreen(
    <CourtFilePage />,
    { path: `/court/files/${FILE_ID}`, route: '/court/files/:fileId', session: signedIn },
  );
}

async function choose(container: HTMLElement, label: string | RegExp, option: string) {
  await userEvent.click(inputOf(within(container), label));
  await userEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

async function openVerdictForm(): Promise<HTMLElement> {
  await userEvent.click(await screen.findByRole('button', { name: 'Record a verdict' }));
  return screen.findByRole('form', { name: 'Record a verdict' });
}

describe('the court file page', () => {
  it('shows the file in words: stage, persons (names as the API gives them), detention limits and history', async () => {
    setup({ command: () => ({ status: 500, body: {} }) });
    renderFile();
    expect(await screen.findByRole('heading', { level: 1, name: 'Court file 3f5e9c1a' })).toBeInTheDocument();
    const accused = screen.getByRole('table', { name: 'Accused in this file' });
    expect(accused).toHaveTextContent('Sok Dara');
    expect(accused).toHaveTextContent('In detention since');
    const victims = screen.getByRole('table', { name: 'Victims in this file' });
    expect(victims).toHaveTextContent('name withheld');
    expect(victims).toHaveTextContent('Sexual exploitation');
    const limits = screen.getByRole('table', { name: 'Detentions in force and their legal limits' });
    expect(limits).toHaveTextContent('Due within 7 days');
    expect(limits).toHaveTextContent('5 day(s) left');
    expect(limits).toHaveTextContent('Art. 208 (number not yet verified in the Code)');
    expect(await screen.findByText(/Closing order on .*: Sent to trial/)).toBeInTheDocument();
    expect(screen.getByText('by Judge u-judge-2, court-battambang')).toBeInTheDocument();
    // A judge at trial: the trial's commands, not the prosecutor's.
    expect(screen.getByRole('button', { name: 'Record a verdict' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the prosecution decision' })).not.toBeInTheDocument();
  });

  it('sends the verdict with the body the API takes and If-Match of the loaded revision', async () => {
    let revision = 7;
    const calls = setup({
      file: () => view(revision),
      command: () => {
        revision = 8;
        return { status: 200, body: { fileId: FILE_ID, revision: 8 }, headers: { ETag: '"8"' } };
      },
    });
    renderFile();
    const form = await openVerdictForm();
    await choose(form, /^Accused/, 'Accused 1 (Sok Dara)');
    await choose(form, /^Outcome/, 'Imprisonment');
    const delivered = inputOf(within(form), /^Delivered on/);
    await userEvent.clear(delivered);
    await userEvent.type(delivered, '2026-05-09');
    await userEvent.type(inputOf(within(form), 'Term in months'), '84');
    await choose(form, 'Custody', 'In custody');
    await userEvent.click(within(form).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Record a verdict' })).not.toBeInTheDocument());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`/api/court/files/${FILE_ID}/accused/${ACCUSED}/verdict`);
    expect(post.headers.get('If-Match')).toBe('"7"');
    expect(post.body).toEqual({ outcome: 'imprisonment', deliveredOn: '2026-05-09', termMonths: 84, custody: 'in_custody' });
    // The file is read again after the command (its revision is now 8).
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET' && c.path === `/api/court/files/${FILE_ID}`).length).toBeGreaterThan(1));
  });

  it('shows a 400 field error on its field', async () => {
    setup({
      command: () => ({
        status: 400,
        body: { type: 'https://casetrail.dev/problems/validation', title: 'Bad Request', status: 400, detail: 'The request has invalid fields', code: 'VALIDATION_FAILED', errors: [{ field: 'termMonths', message: 'termMonths must not be greater than 1200' }] },
      }),
    });
    renderFile();
    const form = await openVerdictForm();
    await choose(form, /^Accused/, 'Accused 1 (Sok Dara)');
    await choose(form, /^Outcome/, 'Imprisonment');
    await userEvent.type(inputOf(within(form), 'Term in months'), '9999');
    await userEvent.click(within(form).getByRole('button', { name: 'Record' }));
    const term = inputOf(within(form), 'Term in months');
    await waitFor(() => expect(term).toHaveAttribute('aria-invalid', 'true'));
    expect(within(form).getByText('termMonths must not be greater than 1200')).toBeInTheDocument();
  });

  it("shows the server's reason when a rule refuses the command (409)", async () => {
    setup({
      role: 'prosecutor',
      file: () => view(3, { stage: 'prosecution', prosecutionDecision: null, closingOrder: null, entered: { prosecution: '2025-11-14', investigation: null, trial: null } }),
      command: () => ({ status: 409, body: { type: 'https://casetrail.dev/problems/rule-violation', title: 'Conflict', status: 409, detail: 'No accused of the file is charged', code: 'NOT_CHARGED' } }),
    });
    renderFile();
    await userEvent.click(await screen.findByRole('button', { name: 'Record the prosecution decision' }));
    const form = await screen.findByRole('form', { name: 'Record the prosecution decision' });
    await choose(form, /^Decision/, 'Sent to the investigating judge');
    await userEvent.click(within(form).getByRole('button', { name: 'Record' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('This is not allowed now: No accused of the file is charged');
  });

  it('on a concurrent change shows what changed since the loaded revision and retries on the new one', async () => {
    let revision = 7;
    let posts = 0;
    const history = [...HISTORY];
    const calls = setup({
      file: () => view(revision),
      history: () => history,
      command: (call) => {
        posts += 1;
        if (call.headers.get('If-Match') === '"7"') {
          // Someone else ended the detention meanwhile.
          revision = 8;
          history.push({ ...event(8, 'PreTrialDetentionEnded', { personId: ACCUSED, endedOn: '2026-05-09', reason: 'release_order' }), actor: { userId: 'u-judge-9', role: 'judge' } });
          return { status: 409, body: { type: 'https://casetrail.dev/problems/concurrency', title: 'Conflict', status: 409, detail: 'The record changed: it is at revision 8, the request expected 7', code: 'WRONG_EXPECTED_REVISION' } };
        }
        return { status: 200, body: { fileId: FILE_ID, revision: 9 }, headers: { ETag: '"9"' } };
      },
    });
    renderFile();
    const form = await openVerdictForm();
    await choose(form, /^Accused/, 'Accused 1 (Sok Dara)');
    await choose(form, /^Outcome/, 'Acquittal');
    await userEvent.click(within(form).getByRole('button', { name: 'Record' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this record');
    expect(await within(alert).findByText(/Detention of Accused 1 \(Sok Dara\) ended on .*: Release order — by Judge u-judge-9/)).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Load the new version and try again' }));
    await waitFor(() => expect(within(form).queryByRole('alert')).not.toBeInTheDocument());
    // The form kept its values; sent again, with the new revision.
    await userEvent.click(within(form).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(posts).toBe(2));
    const last = calls.filter((c) => c.method === 'POST').at(-1)!;
    expect(last.headers.get('If-Match')).toBe('"8"');
    expect(last.body).toEqual({ outcome: 'acquittal', deliveredOn: expect.any(String) });
  });
});
