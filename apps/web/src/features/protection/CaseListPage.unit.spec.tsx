/** @jest-environment jest-fixed-jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { renderScreen } from '../../test/render';
import { fakeApi } from '../../test/fakeApi';
import { CaseListPage } from './CaseListPage';
import { PARTNER_WORKER, PERSON_ID } from './fixtures';
import type { CaseSummary } from './types';

function summary(extra: Partial<CaseSummary> = {}): CaseSummary {
  return {
    personId: PERSON_ID,
    province: 'battambang',
    status: 'integrated',
    channel: 'police_hand_over',
    receivedOn: '2026-03-02',
    receivedBy: 'dosvy-battambang',
    sex: 'F',
    ageBand: '15_17',
    exploitationType: 'sexual',
    referredTo: ['ngo-aple'],
    consentRecorded: true,
    inShelter: null,
    integration: { integratedBy: 'ngo-aple', integratedOn: '2026-04-02', province: 'kampot' },
    closedOn: null,
    lastChangedAt: '2026-04-02T03:00:00.000Z',
    ...extra,
  };
}

describe('the protection case list', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('asks the server for the filters in the address and a page, and shows no personal data', async () => {
    const calls = fakeApi((call) => (call.path === '/api/protection/cases' ? { body: { items: [summary()], total: 41, page: 3, pageSize: 20 } } : undefined));
    renderScreen(<CaseListPage />, { path: '/protection/cases?status=integrated&channel=police_hand_over&year=2026&page=3&province=pailin', route: '/protection/cases', session: { role: 'social_worker', provinces: ['battambang', 'pailin'] } });
    const table = await screen.findByRole('table', { name: 'Protection cases in your scope, most recently received first' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Case c2e8a6b3');
    expect(row).toHaveTextContent('Integrated');
    expect(row).toHaveTextContent('Handed over by the police');
    expect(row).toHaveTextContent('Female, 15–17, Sexual exploitation');
    expect(row).toHaveTextContent('Action pour les Enfants (APLE)');
    expect(screen.getByText('41–41 of 41')).toBeInTheDocument();
    const asked = calls[0].search;
    expect(Object.fromEntries(asked)).toEqual({ status: 'integrated', channel: 'police_hand_over', year: '2026', page: '3', pageSize: '20', province: 'pailin' });
    expect(screen.getByRole('link', { name: 'Register a person' })).toHaveAttribute('href', '/protection/cases/new');
  });

  it('tells a partner worker they see the cases referred to their organisation, and offers no registration', async () => {
    const calls = fakeApi((call) => (call.path === '/api/protection/cases' ? { body: { items: [], total: 0, page: 1, pageSize: 20 } } : undefined));
    renderScreen(<CaseListPage />, { path: '/protection/cases', route: '/protection/cases', session: PARTNER_WORKER });
    expect(await screen.findByText('No case matches these filters.')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('You see the cases referred to Action pour les Enfants (APLE).');
    expect(screen.queryByRole('link', { name: 'Register a person' })).toBeNull();
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(Object.fromEntries(calls[0].search)).toEqual({ page: '1', pageSize: '20' });
  });

  it('writes numbers and dates in Khmer', async () => {
    fakeApi((call) => (call.path === '/api/protection/cases' ? { body: { items: [summary()], total: 1, page: 1, pageSize: 20 } } : undefined));
    const { default: i18n } = await import('../../i18n');
    await i18n.changeLanguage('km');
    try {
      renderScreen(<CaseListPage />, { path: '/protection/cases', route: '/protection/cases', session: { role: 'social_worker', provinces: ['battambang'] } });
      const table = await screen.findByRole('table', { name: 'ករណីការពារក្នុងវិសាលភាពរបស់អ្នក ដែលទទួលថ្មីបំផុតមុន' });
      const row = within(table).getAllByRole('row')[1];
      expect(row).toHaveTextContent('២ មីនា ២០២៦');
      expect(row).toHaveTextContent('ប្រគល់ដោយនគរបាល');
      expect(row).toHaveTextContent('មន្ទីរសង្គមកិច្ចខេត្តបាត់ដំបង');
      expect(screen.getByText('១–១ ក្នុងចំណោម ១')).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
