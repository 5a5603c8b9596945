import type { EventStore } from '@casetrail/event-sourcing';
import { CLOCK, EVENT_STORE, type Clock } from '@casetrail/platform-nest';
import { startEmbeddedApp, type EmbeddedApp } from '../support/embedded-app';
import { PoliceCaseDriver } from '../support/police-case-driver';

/*
 * "Today" is the date in Cambodia (UTC+7, no daylight saving), and the decider alone says so:
 * at 16:59:59 UTC it is still 31 May in Phnom Penh, at 17:00:00 UTC it is 1 June. The process's
 * clock is pinned on both sides of that midnight; a date after today is refused with 422 (a
 * domain rule), today is accepted.
 */
describe('today in Cambodia, at a fixed clock on both sides of midnight in Phnom Penh', () => {
  let app: EmbeddedApp;
  let police: PoliceCaseDriver;
  let instant = '2024-05-31T16:59:59.000Z';
  const clock: Clock = { now: () => new Date(instant) };

  beforeAll(async () => {
    app = await startEmbeddedApp({ overrides: [{ provide: CLOCK, useValue: clock }] });
    police = new PoliceCaseDriver(app.http, await app.token('police', ['battambang'], 'police-battambang'));
  });
  afterAll(async () => {
    await app?.destroy();
  });

  const open = (openedOn: string) =>
    police.post('/api/enforcement/cases', {
      unit: { code: 'police-battambang', type: 'provincial_police' },
      province: 'battambang',
      offences: ['procuring'],
      openedOn,
    });
  const rescue = (caseId: string, rescuedOn: string) =>
    police.post(`/api/enforcement/cases/${caseId}/victims`, { sex: 'F', ageAtRescue: 16, nationality: 'KHM', exploitationType: 'sexual', rescuedOn });

  it.each([
    ['16:59:59 UTC (23:59:59 on 31 May in Phnom Penh)', '2024-05-31T16:59:59.000Z', '2024-05-31', '2024-06-01'],
    ['17:00:00 UTC (00:00:00 on 1 June in Phnom Penh)', '2024-05-31T17:00:00.000Z', '2024-06-01', '2024-06-02'],
  ])('at %s accepts today and refuses tomorrow with 422', async (_when, now, today, tomorrow) => {
    instant = now;
    const opened = await open(today);
    expect(opened.status).toBe(201);
    const rescued = await rescue(opened.body.caseId, today);
    expect(rescued.status).toBe(201);

    for (const refused of [await open(tomorrow), await rescue(opened.body.caseId, tomorrow)]) {
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'DATE_IN_FUTURE' });
      expect(refused.text).not.toContain(tomorrow);
    }

    // The event is dated at the start of that day in Cambodia.
    const [event] = await app.app.get<EventStore>(EVENT_STORE).readStream(`enforcement-case-${opened.body.caseId}`);
    expect(event).toMatchObject({ data: { openedOn: today }, occurredAt: new Date(`${today}T00:00:00+07:00`).toISOString() });
  });

  it('refuses a date before 2000-01-01 with 422 and a real calendar date only (400)', async () => {
    const early = await open('1999-12-31');
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'DATE_BEFORE_EARLIEST' });
    const unreal = await open('2024-02-30');
    expect(unreal.status).toBe(400);
    expect(unreal.body.errors).toEqual([{ field: 'openedOn', message: 'openedOn must be a date YYYY-MM-DD' }]);
  });
});
