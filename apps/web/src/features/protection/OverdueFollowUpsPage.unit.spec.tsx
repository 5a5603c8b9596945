/** @jest-environment jest-fixed-jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '../../test/render';
import { fakeApi } from '../../test/fakeApi';
import { OverdueFollowUpsPage } from './OverdueFollowUpsPage';
import { PERSON_ID, SOCIAL_WORKER } from './fixtures';

const VISIT = { personId: PERSON_ID, caseProvince: 'battambang', province: 'kampot', followUpWorker: 'sw-1', integratedBy: 'ngo-aple', integratedOn: '2026-01-10', visitNumber: 2, monthsAfterIntegration: 3, dueOn: '2026-04-10', visitedOn: null, overdue: true, daysOverdue: 30 };

describe('overdue follow-up visits', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('lists the visits due and not made, per worker and province, and narrows to my own', async () => {
    const calls = fakeApi((call) =>
      call.path === '/api/protection/follow-ups/overdue' ? { body: { on: '2026-05-10', items: [VISIT], total: 1, page: 1, pageSize: 25, workers: [{ worker: 'sw-1', province: 'kampot', overdue: 1 }] } } : undefined,
    );
    renderScreen(<OverdueFollowUpsPage />, { path: '/protection/follow-ups', route: '/protection/follow-ups', session: SOCIAL_WORKER });
    const table = await screen.findByRole('table', { name: 'Follow-up visits overdue on 10 May 2026, oldest due first' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Case c2e8a6b3');
    expect(row).toHaveTextContent('Kampot');
    expect(row).toHaveTextContent('sw-1 (you)');
    expect(row).toHaveTextContent('Visit 2 (month 3)');
    expect(row).toHaveTextContent('10 Apr 2026');
    expect(row).toHaveTextContent('30 days');
    const perWorker = screen.getByRole('table', { name: 'Overdue visits per worker and province' });
    expect(within(perWorker).getAllByRole('row')[1]).toHaveTextContent('sw-1 (you)Kampot1');
    await userEvent.click(screen.getByRole('switch', { name: 'Only the visits I am responsible for' }));
    await waitFor(() => expect(calls.at(-1)?.search.get('worker')).toBe('sw-1'));
    expect(Object.fromEntries(calls[0].search)).toEqual({ page: '1', pageSize: '25' });
  });
});
