/** @jest-environment jest-fixed-jsdom */
import { screen } from '@testing-library/react';
import { renderScreen } from '../../test/render';
import { FileHistoryPage } from './FileHistoryPage';
import { fakeApi } from '../../test/fakeApi';

const FILE_ID = '3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c';

it('tells the history in words: who, when, what', async () => {
  fakeApi((call) =>
    call.path === `/api/court/files/${FILE_ID}/history`
      ? {
          body: {
            fileId: FILE_ID,
            events: [
              { revision: 0, globalPosition: 1, type: 'court.CourtFileOpened', schemaVersion: 1, occurredAt: '2026-03-13T17:00:00.000Z', recordedAt: '2026-03-14T02:00:00.000Z', actor: { userId: 'u-7', role: 'prosecutor' }, correlationId: 'c', causationId: null, changes: { court: 'court-battambang', openedOn: '2026-03-14', offences: ['procuring'], reference: 'BTB-CR-2026-031' } },
              { revision: 1, globalPosition: 2, type: 'court.AccusedAdded', schemaVersion: 1, occurredAt: '2026-03-14T17:00:00.000Z', recordedAt: '2026-03-15T02:00:00.000Z', actor: { userId: 'u-7', role: 'prosecutor' }, correlationId: 'c', causationId: null, changes: { personId: 'p-1', addedOn: '2026-03-15', personal: { fullName: 'Sok Dara' } } },
              { revision: 2, globalPosition: 3, type: 'court.PersonCharged', schemaVersion: 1, occurredAt: '2026-03-15T17:00:00.000Z', recordedAt: '2026-03-16T02:00:00.000Z', actor: { userId: 'u-7', role: 'prosecutor' }, correlationId: 'c', causationId: null, changes: { personId: 'p-1', chargedOn: '2026-03-16', offences: ['procuring'] } },
            ],
          },
        }
      : undefined,
  );
  renderScreen(
    <FileHistoryPage />,
    { path: `/court/files/${FILE_ID}/history`, route: '/court/files/:fileId/history', session: { role: 'prosecutor', provinces: ['battambang'] } },
  );
  expect(await screen.findByRole('heading', { level: 1, name: 'History of court file BTB-CR-2026-031' })).toBeInTheDocument();
  expect(screen.getByText('File opened by hand at the Court of First Instance of Battambang on 14 Mar 2026')).toBeInTheDocument();
  expect(screen.getByText('Accused 1 (Sok Dara) charged on 16 Mar 2026 with: Procuring')).toBeInTheDocument();
  expect(screen.getAllByText('by Prosecutor u-7')).toHaveLength(3);
});
