/** @jest-environment jest-fixed-jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PROTECTION_ORGANISATIONS } from '@casetrail/protection-contracts';
import type { SignInConfig } from '../../../auth/session';
import { loadNamespace } from '../../../i18n';
import { renderScreen } from '../../../test/render';
import { fakeApi, json, type Call } from '../../../test/fakeApi';
import type { LocalUser } from './api';
import { UsersPage } from './UsersPage';

const DARA: LocalUser = {
  id: '5f0c2a8e-8d1b-4c1e-9a57-3f2b8c6d1e90',
  username: 'dara.sok',
  name: 'Sok Dara',
  role: 'police',
  provinces: ['battambang'],
  unit: 'police-battambang',
  disabled: false,
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
};
const CHANTHA: LocalUser = {
  id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  username: 'chantha.prosecutor',
  name: 'Chan Chantha',
  role: 'prosecutor',
  provinces: ['*'],
  disabled: true,
  createdAt: '2026-02-01T08:00:00.000Z',
  updatedAt: '2026-02-03T08:00:00.000Z',
};
const SOPHEAP: LocalUser = { ...DARA, id: '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901', username: 'sopheap.social', name: 'Sopheap Lim', role: 'social_worker', unit: 'dosvy-battambang' };
const MALIS: LocalUser = { ...DARA, id: '3c4d5e6f-7081-4293-a4b5-c6d7e8f90a12', username: 'malis.partner', name: 'Malis Keo', role: 'partner_worker', provinces: ['*'], unit: 'ngo-cwcc' };
const NEW_ID = '0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b';
const PASSWORD = 'a long passphrase of words';

/** The admin's provinces for the next render (set by `api`). */
let adminProvinces: string[] = ['*'];

function render(signInConfig: SignInConfig = { mode: 'local' }) {
  return renderScreen(<UsersPage />, { path: '/admin/users', route: '/admin/users', signInConfig, session: { role: 'admin', provinces: adminProvinces } });
}

/** Answers the list (and whatever `other` answers for the commands). */
function api(other: (call: Call) => Response = () => new Response(null, { status: 204 }), users: LocalUser[] = [DARA, CHANTHA], provinces: string[] = ['*']) {
  adminProvinces = provinces;
  return fakeApi((call) => {
    if (call.method === 'GET' && call.path === '/api/admin/users') return json({ items: users });
    return other(call);
  });
}

const commands = (calls: Call[]) => calls.filter((c) => c.method !== 'GET');

/** Types a value at once (a paste: as quick as a password manager, and quick to test). */
async function fill(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.paste(text);
}

/** Chooses an option of a Mantine Select or MultiSelect of the add dialog. */
async function pick(label: RegExp, option: string) {
  const dialog = screen.getByRole('dialog', { name: 'Add a user' });
  const input = within(dialog).getByLabelText(label, { selector: 'input' });
  await userEvent.click(input);
  // The options of this input's own list (the page's role filter has the same role names).
  const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
  await userEvent.click(await within(list).findByRole('option', { name: option, hidden: true }));
}

/** The options a Select or MultiSelect of the add dialog offers, in words; the list is closed again. */
async function optionsOf(label: RegExp): Promise<string[]> {
  const dialog = screen.getByRole('dialog', { name: 'Add a user' });
  const input = within(dialog).getByLabelText(label, { selector: 'input' });
  await userEvent.click(input);
  const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('no list')));
  const options = within(list).getAllByRole('option', { hidden: true }).map((o) => o.textContent ?? '');
  await userEvent.keyboard('{Escape}');
  return options;
}

/** Username, name, role and provinces of a new user (no unit, no password yet). */
async function fillPerson(role: string, provinces: string[]) {
  const dialog = await screen.findByRole('dialog', { name: 'Add a user' });
  await fill(within(dialog).getByLabelText(/^Username/), 'sokha.chan');
  await fill(within(dialog).getByLabelText(/^Display name/), 'Sokha Chan');
  await pick(/^Role/, role);
  for (const province of provinces) await pick(/^Provinces/, province);
  return dialog;
}

async function fillPasswords(dialog: HTMLElement) {
  await fill(within(dialog).getByLabelText(/^Initial password/), PASSWORD);
  await fill(within(dialog).getByLabelText(/^Confirm the password/), PASSWORD);
}

async function fillNewUser({ national = false } = {}) {
  const dialog = await screen.findByRole('dialog', { name: 'Add a user' });
  await fill(within(dialog).getByLabelText(/^Username/), 'sokha.chan');
  await fill(within(dialog).getByLabelText(/^Display name/), 'Sokha Chan');
  await pick(/^Role/, 'Police officer');
  if (national) await userEvent.click(within(dialog).getByRole('checkbox', { name: /All provinces/ }));
  else await pick(/^Provinces/, 'Battambang');
  await pick(/^Unit/, 'Battambang Provincial Police');
  await fill(within(dialog).getByLabelText(/^Initial password/), PASSWORD);
  await fill(within(dialog).getByLabelText(/^Confirm the password/), PASSWORD);
  return dialog;
}

describe('the users administration', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('lists the users with their role, provinces, unit and state in words, and filters them', async () => {
    api();
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Local accounts/ });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Username', 'Display name', 'Role', 'Provinces', 'Unit', 'Status', 'Created', 'Actions']);
    const dara = within(table).getByRole('row', { name: /dara\.sok/ });
    expect(dara).toHaveTextContent('Sok Dara');
    expect(dara).toHaveTextContent('Police officer');
    expect(dara).toHaveTextContent('Battambang');
    expect(dara).toHaveTextContent('Battambang Provincial Police');
    expect(dara).toHaveTextContent('Active');
    expect(dara).toHaveTextContent('1 Mar 2026');
    const chantha = within(table).getByRole('row', { name: /chantha\.prosecutor/ });
    expect(chantha).toHaveTextContent('Prosecutor');
    expect(chantha).toHaveTextContent('All provinces (national)');
    expect(chantha).toHaveTextContent('Disabled');
    expect(within(chantha).getByRole('button', { name: 'Enable chantha.prosecutor' })).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Filter by username, name or role'), 'prosecutor');
    expect(within(table).queryByRole('row', { name: /dara\.sok/ })).not.toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /chantha\.prosecutor/ })).toBeInTheDocument();
    expect(table).toHaveTextContent('1 of 2 shown');
  });

  it('pages a long list instead of drawing every row', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...DARA, id: `5f0c2a8e-8d1b-4c1e-9a57-${String(i).padStart(12, '0')}`, username: `user${String(i).padStart(2, '0')}` }));
    api(undefined, many);
    render();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    await userEvent.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    expect(within(table).getByRole('row', { name: /user59/ })).toBeInTheDocument();
  });

  it('creates a user with the body the API expects, then empties the password fields and lists again', async () => {
    const calls = api(() => json({ id: NEW_ID }, 201));
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a user' }));
    await fillNewUser();
    await userEvent.click(screen.getByRole('button', { name: 'Create the user' }));

    expect(await screen.findByRole('status')).toHaveTextContent('User sokha.chan was created.');
    expect(commands(calls).map((c) => ({ method: c.method, path: c.url.pathname, body: c.body }))).toEqual([
      { method: 'POST', path: '/api/admin/users', body: { username: 'sokha.chan', name: 'Sokha Chan', role: 'police', provinces: ['battambang'], unit: 'police-battambang', password: PASSWORD } },
    ]);
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a user' })).not.toBeInTheDocument());
    expect(document.body).not.toHaveTextContent(PASSWORD);

    // Opened again, the form is empty: nothing of the last password is kept.
    await userEvent.click(screen.getByRole('button', { name: 'Add a user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a user' });
    expect(within(dialog).getByLabelText(/^Initial password/)).toHaveValue('');
    expect(within(dialog).getByLabelText(/^Username/)).toHaveValue('');
  });

  it('sends ["*"] for a national user', async () => {
    const calls = api(() => json({ id: NEW_ID }, 201));
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a user' }));
    await fillNewUser({ national: true });
    await userEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    await screen.findByRole('status');
    expect(commands(calls)[0].body).toMatchObject({ provinces: ['*'], unit: 'police-battambang' });
  });

  it('puts a 400 field error on its field, and empties the passwords after the refusal', async () => {
    const calls = api(() =>
      json({ type: 'https://casetrail.dev/problems/validation', title: 'Bad Request', status: 400, detail: 'The request has invalid fields', errors: [{ field: 'unit', message: 'unit is not a police unit casetrail knows' }] }, 400),
    );
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a user' }));
    const dialog = await fillNewUser();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the user' }));

    const unit = within(dialog).getByLabelText(/^Unit/, { selector: 'input' });
    await waitFor(() => expect(unit).toHaveAccessibleDescription(expect.stringContaining('unit is not a police unit casetrail knows')));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please correct the fields marked below.');
    expect(within(dialog).getByLabelText(/^Initial password/)).toHaveValue('');
    expect(within(dialog).getByLabelText(/^Confirm the password/)).toHaveValue('');
    expect(within(dialog).getByLabelText(/^Username/)).toHaveValue('sokha.chan');
    expect(commands(calls)).toHaveLength(1);
  });

  it('says plainly when the user is outside the admin\'s provinces (403), and a taken username on its field (409)', async () => {
    let status = 403;
    const calls = api(() => json({ status, title: status === 403 ? 'Forbidden' : 'Conflict', detail: status === 403 ? 'You may create users of your own provinces only' : 'Username sokha.chan is taken' }, status), [DARA], ['battambang']);
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a user' });
    // A provincial admin has no national option and is offered their own province only (chosen already).
    expect(within(dialog).queryByRole('checkbox', { name: /All provinces/ })).not.toBeInTheDocument();
    await fill(within(dialog).getByLabelText(/^Username/), 'sokha.chan');
    await fill(within(dialog).getByLabelText(/^Display name/), 'Sokha Chan');
    await pick(/^Role/, 'Social worker');
    // A social worker's organisation is optional: left empty, none is sent.
    expect(within(dialog).getByLabelText(/^Organisation/, { selector: 'input' })).toHaveAccessibleDescription(expect.stringContaining('(optional)'));
    await fill(within(dialog).getByLabelText(/^Initial password/), PASSWORD);
    await fill(within(dialog).getByLabelText(/^Confirm the password/), PASSWORD);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the user' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You may create users of your own provinces only.');
    expect(commands(calls)[0].body).toEqual({ username: 'sokha.chan', name: 'Sokha Chan', role: 'social_worker', provinces: ['battambang'], password: PASSWORD });

    status = 409;
    await fill(within(dialog).getByLabelText(/^Initial password/), PASSWORD);
    await fill(within(dialog).getByLabelText(/^Confirm the password/), PASSWORD);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the user' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^Username/)).toHaveAccessibleDescription(expect.stringContaining('This username is taken.')));
  });

  it('checks the form before sending: the rules of the password, the same password twice, a unit for police', async () => {
    const calls = api();
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a user' });
    expect(within(dialog).getByLabelText(/^Initial password/)).toHaveAccessibleDescription(expect.stringContaining('At least 12 characters'));
    await pick(/^Role/, 'Police officer');
    await fill(within(dialog).getByLabelText(/^Initial password/), 'short');
    await fill(within(dialog).getByLabelText(/^Confirm the password/), 'other');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the user' }));
    expect(within(dialog).getByLabelText(/^Initial password/)).toHaveAccessibleDescription(expect.stringContaining('A password has 12 to 256 characters.'));
    expect(within(dialog).getByLabelText(/^Confirm the password/)).toHaveAccessibleDescription(expect.stringContaining('The two passwords are not the same.'));
    expect(within(dialog).getByLabelText(/^Unit/, { selector: 'input' })).toHaveAccessibleDescription(expect.stringContaining('Choose the unit the officer reports for.'));
    expect(commands(calls)).toEqual([]);
  });

  it('a partner worker must name their partner organisation (their whole scope), offered by its own name', async () => {
    const calls = api(() => json({ id: NEW_ID }, 201));
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a user' }));
    const dialog = await fillPerson('Partner worker', ['Battambang']);
    await fillPasswords(dialog);
    const organisation = within(dialog).getByLabelText(/^Organisation/, { selector: 'input' });
    expect(organisation).toHaveAccessibleDescription(expect.stringContaining('(required)'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the user' }));
    expect(organisation).toHaveAccessibleDescription(expect.stringContaining('Choose the partner organisation the user works for.'));
    expect(commands(calls)).toEqual([]);

    // Every partner organisation, whatever the provinces (they work nationwide), and no department.
    const partners = PROTECTION_ORGANISATIONS.filter((o) => o.kind === 'partner_organisation').map((o) => o.name);
    expect(await optionsOf(/^Organisation/)).toEqual(partners);
    await pick(/^Organisation/, 'Cambodian Women’s Crisis Center (CWCC)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the user' }));
    expect(await screen.findByRole('status')).toHaveTextContent('User sokha.chan was created.');
    expect(commands(calls).map((c) => c.body)).toEqual([{ username: 'sokha.chan', name: 'Sokha Chan', role: 'partner_worker', provinces: ['battambang'], unit: 'ngo-cwcc', password: PASSWORD }]);
  });

  it('a social worker may name the ministry or a department of their provinces, never a partner', async () => {
    const calls = api(() => json({ id: NEW_ID }, 201));
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a user' }));
    const dialog = await fillPerson('Social worker', ['Battambang', 'Phnom Penh']);
    await fillPasswords(dialog);
    expect(within(dialog).getByLabelText(/^Organisation/, { selector: 'input' })).toHaveAccessibleDescription(expect.stringContaining('department of social affairs'));
    expect(await optionsOf(/^Organisation/)).toEqual(['Ministry of Social Affairs, Veterans and Youth Rehabilitation', 'Municipal Department of Social Affairs, Phnom Penh', 'Provincial Department of Social Affairs, Battambang']);
    await pick(/^Organisation/, 'Provincial Department of Social Affairs, Battambang');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the user' }));
    await screen.findByRole('status');
    expect(commands(calls)[0].body).toMatchObject({ role: 'social_worker', provinces: ['battambang', 'phnom-penh'], unit: 'dosvy-battambang' });
  });

  it('a border official may name a receiving unit of their provinces or a national one', async () => {
    await loadNamespace('intake');
    const calls = api(() => json({ id: NEW_ID }, 201));
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a user' }));
    const dialog = await fillPerson('Border official', ['Banteay Meanchey']);
    await fillPasswords(dialog);
    const unit = within(dialog).getByLabelText(/^Unit/, { selector: 'input' });
    expect(unit).toHaveAccessibleDescription(expect.stringContaining('border liaison office'));
    const offered = await optionsOf(/^Unit/);
    expect(offered).toEqual(expect.arrayContaining(['Ministry of Foreign Affairs and International Cooperation', 'Cambodian-Thai Border Liaison Office', 'Provincial Police Commissariat, Banteay Meanchey', 'Provincial Department of Social Affairs, Banteay Meanchey']));
    expect(offered.some((o) => o.includes('Battambang'))).toBe(false);
    await pick(/^Unit/, 'Cambodian-Thai Border Liaison Office');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the user' }));
    await screen.findByRole('status');
    expect(commands(calls)[0].body).toMatchObject({ role: 'border_official', provinces: ['banteay-meanchey'], unit: 'border-liaison-office' });
  });

  it('names social workers\' and partner workers\' organisations in the list, in English and Khmer', async () => {
    api(undefined, [SOPHEAP, MALIS]);
    const { default: i18n } = await import('../../../i18n');
    const { unmount } = render();
    let table = await screen.findByRole('table', { name: /Local accounts/ });
    expect(within(table).getByRole('row', { name: /sopheap\.social/ })).toHaveTextContent('Provincial Department of Social Affairs, Battambang');
    expect(within(table).getByRole('row', { name: /malis\.partner/ })).toHaveTextContent('Cambodian Women’s Crisis Center (CWCC)');
    unmount();
    await i18n.changeLanguage('km');
    const khmer = render();
    try {
      table = await screen.findByRole('table');
      expect(within(table).getByRole('row', { name: /sopheap\.social/ })).toHaveTextContent('មន្ទីរសង្គមកិច្ចខេត្តបាត់ដំបង');
      // Partner organisations go by their own names in both languages.
      expect(within(table).getByRole('row', { name: /malis\.partner/ })).toHaveTextContent('Cambodian Women’s Crisis Center (CWCC)');
    } finally {
      khmer.unmount();
      await i18n.changeLanguage('en');
    }
  });

  it('asks before disabling, then sends the PATCH; enabling needs no confirmation', async () => {
    const calls = api();
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Disable dara.sok' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable dara.sok?' });
    expect(dialog).toHaveTextContent('will no longer be able to sign in');
    expect(commands(calls)).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disable' }));
    expect(await screen.findByRole('status')).toHaveTextContent('User dara.sok was disabled');

    await userEvent.click(screen.getByRole('button', { name: 'Enable chantha.prosecutor' }));
    await waitFor(() => expect(commands(calls)).toHaveLength(2));
    expect(commands(calls).map((c) => ({ method: c.method, path: c.url.pathname, body: c.body }))).toEqual([
      { method: 'PATCH', path: `/api/admin/users/${DARA.id}`, body: { disabled: true } },
      { method: 'PATCH', path: `/api/admin/users/${CHANTHA.id}`, body: { disabled: false } },
    ]);
  });

  it('cancelling the disable dialog sends nothing', async () => {
    const calls = api();
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Disable dara.sok' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable dara.sok?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(commands(calls)).toEqual([]);
  });

  it('resets a password in a dialog (twice the same) and renames a user', async () => {
    const calls = api();
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Reset password for dara.sok' }));
    let dialog = await screen.findByRole('dialog', { name: 'Reset the password of dara.sok' });
    await fill(within(dialog).getByLabelText(/^New password/), PASSWORD);
    await fill(within(dialog).getByLabelText(/^Confirm the new password/), PASSWORD);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set the password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The password of dara.sok was reset.');

    await userEvent.click(screen.getByRole('button', { name: 'Rename dara.sok' }));
    dialog = await screen.findByRole('dialog', { name: 'Rename dara.sok' });
    const name = within(dialog).getByLabelText(/^Display name/);
    expect(name).toHaveValue('Sok Dara');
    await userEvent.clear(name);
    await userEvent.type(name, 'Sok Dara (Battambang)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('User dara.sok is now called Sok Dara (Battambang).');

    expect(commands(calls).map((c) => ({ method: c.method, path: c.url.pathname, body: c.body }))).toEqual([
      { method: 'POST', path: `/api/admin/users/${DARA.id}/password`, body: { password: PASSWORD } },
      { method: 'PATCH', path: `/api/admin/users/${DARA.id}`, body: { name: 'Sok Dara (Battambang)' } },
    ]);
  });

  it('in oidc mode explains that users live in the identity provider, without asking the API for them', async () => {
    const calls = api();
    render({ mode: 'oidc', authority: 'http://localhost:8080/realms/casetrail', clientId: 'casetrail-web' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Users are managed in the identity provider');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a user' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname.startsWith('/api/admin'))).toEqual([]);
  });

  it('gives the same explanation when the API answers 404 (local accounts are off)', async () => {
    adminProvinces = ['*'];
    fakeApi(() => json({ status: 404, title: 'Not Found', detail: 'Local accounts are off' }, 404));
    render();
    // (The loader is a status too while the list is asked for; the explanation replaces it.)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Users are managed in the identity provider'));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
