/** @jest-environment jest-fixed-jsdom */
import { screen, within } from '@testing-library/react';
import { renderScreen } from '../../test/render';
import { DeadlinesPage } from './DeadlinesPage';
import { fakeApi } from '../../test/fakeApi';
import type { DeadlineItem } from './types';

function item(personId: string, daysLeft: number, limitDate: string): DeadlineItem {
  return { fileId: '3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c', court: 'court-battambang', province: 'battambang', personId, orderedOn: '2026-01-01', offenceClass: 'misdemeanour', limitId: 'pretrial_detention_adult_misdemeanour', article: 'Art. 209', verified: false, extensionsGranted: 1, extensionsAllowed: 1, limitDate, maximumLimitDate: limitDate, daysLeft, pastLimit: daysLeft < 0 };
}

it('lists detentions near or past their limit, most urgent first, in words and colour', async () => {
  const calls = fakeApi((call) =>
    call.path === '/api/court/detentions/deadlines'
      ? { body: { on: '2026-05-10', withinDays: 30, items: [item('aaaaaaaa-0000-4000-8000-000000000001', 20, '2026-05-30'), item('bbbbbbbb-0000-4000-8000-000000000002', -4, '2026-05-06'), item('cccccccc-0000-4000-8000-000000000003', 2, '2026-05-12')], courts: [{ court: 'court-battambang', province: 'battambang', detentions: 3, pastLimit: 1 }] } }
      : undefined,
  );
  renderScreen(
    <DeadlinesPage />,
    { path: '/court/deadlines', route: '/court/deadlines', session: { role: 'judge', provinces: ['battambang'], unit: 'court-battambang' } },
  );
  const table = await screen.findByRole('table', { name: 'Detentions reaching their legal limit' });
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows.map((r) => within(r).getAllByRole('cell')[1].textContent)).toEqual(['4 day(s) past the limit', '2 day(s) left', '20 day(s) left']);
  expect(rows[0]).toHaveTextContent('Past the limit');
  expect(rows[1]).toHaveTextContent('Due within 7 days');
  expect(rows[2]).toHaveTextContent('Due within 30 days');
  expect(rows[0]).toHaveTextContent('Accused bbbbbbbb');
  expect(calls[0].search.get('withinDays')).toBe('30');
});
