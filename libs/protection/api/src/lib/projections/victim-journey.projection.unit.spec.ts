import type { RecordedEvent } from '@casetrail/event-sourcing';
import { journeyOf, victimJourneyProjection, type JourneySource } from './victim-journey.projection';

let revision = 0;
const event = (streamId: string, type: string, data: object): RecordedEvent => ({ streamId, type, data, streamRevision: revision++ }) as unknown as RecordedEvent;

/** The documents the projection leaves for a list of events (one per stream). */
function apply(events: RecordedEvent[]): JourneySource[] {
  const docs = new Map<string, JourneySource | null>();
  for (const e of events) {
    const id = victimJourneyProjection.documentId(e);
    if (id === null) continue;
    docs.set(id, victimJourneyProjection.apply(docs.get(id) ?? null, e));
  }
  return [...docs.values()].filter((d): d is JourneySource => d !== null);
}

const POLICE = 'enforcement-case-c1';
const COURT = 'court-file-c1';
const PROTECTION = 'protection-case-v1';

describe('the victim journey', () => {
  const events = [
    event(POLICE, 'enforcement.VictimRescued', { victimId: 'v1', rescuedOn: '2020-03-16', exploitationType: 'sexual', personal: { sealed: true } }),
    event(POLICE, 'enforcement.VictimRescued', { victimId: 'v2', rescuedOn: '2020-03-16', exploitationType: 'labour', personal: {} }),
    event(POLICE, 'enforcement.VictimHandedOver', { victimId: 'v1', destination: 'social_affairs', handedOverOn: '2020-03-17' }),
    event(PROTECTION, 'protection.ProtectionCaseOpened', { personId: 'v1', receivedOn: '2020-03-17', channel: 'police_hand_over', receivedBy: 'dosvy-kandal', personal: { sealed: true } }),
    event(POLICE, 'enforcement.CaseForwardedToProsecutor', { forwardedOn: '2020-03-20', victimIds: ['v1', 'v2'], suspectIds: [] }),
    event(COURT, 'court.PoliceCaseReceived', { receivedOn: '2020-03-21', court: 'court-kandal', victims: [{ personId: 'v1' }, { personId: 'v2' }] }),
    event(COURT, 'court.VerdictDelivered', { personId: 'a1', outcome: 'imprisonment', deliveredOn: '2020-11-20' }),
    event(COURT, 'court.CompensationAwarded', { victimId: 'v1', amount: 2000000, currency: 'KHR', awardedOn: '2020-11-20' }),
    event(PROTECTION, 'protection.CompensationAwarded', { claimId: 'c1', amount: 2000000, currency: 'KHR', awardedOn: '2020-11-20', source: 'court' }),
  ];

  it('puts a person’s steps from the police, the court and social affairs in the order they happened', () => {
    expect(journeyOf('v1', apply(events)).map((s) => `${s.on} ${s.context}:${s.step}`)).toEqual([
      '2020-03-16 enforcement:rescued',
      '2020-03-17 enforcement:handed_over',
      '2020-03-17 protection:received_by_social_affairs',
      '2020-03-20 enforcement:case_forwarded_to_prosecutor',
      '2020-03-21 court:court_file_opened',
      '2020-11-20 court:verdict_delivered',
      '2020-11-20 court:compensation_awarded_by_court',
      '2020-11-20 protection:compensation_awarded',
    ]);
  });

  it('keeps each person’s own steps, and never a personal part', () => {
    const docs = apply(events);
    expect(journeyOf('v2', docs).map((s) => s.step)).toEqual(['rescued', 'case_forwarded_to_prosecutor', 'court_file_opened', 'verdict_delivered']);
    expect(JSON.stringify(docs)).not.toContain('sealed');
    expect(docs.find((d) => d.context === 'court')?.persons).toEqual({ v1: 'named', v2: 'named' });
  });

  it('has a person screened at a border and referred to the police referred, not rescued, then received by social affairs', () => {
    const docs = apply([
      event('enforcement-case-c3', 'enforcement.VictimReferred', { victimId: 's1', referredOn: '2020-03-11', screenedAt: 'poipet', exploitationType: 'labour', personal: { sealed: true } }),
      event('protection-case-s1', 'protection.ProtectionCaseOpened', { personId: 's1', receivedOn: '2020-03-11', channel: 'border_screening', receivedBy: 'dosvy-banteay-meanchey', personal: { sealed: true } }),
    ]);
    expect(journeyOf('s1', docs).map((s) => [s.on, s.context, s.step, s.details])).toEqual([
      ['2020-03-11', 'enforcement', 'referred_to_police', { screenedAt: 'poipet', exploitationType: 'labour' }],
      ['2020-03-11', 'protection', 'received_by_social_affairs', { channel: 'border_screening', receivedBy: 'dosvy-banteay-meanchey' }],
    ]);
    expect(JSON.stringify(docs)).not.toContain('sealed');
  });

  it('keeps no document for a record that names no victim', () => {
    expect(apply([event('court-file-c2', 'court.VerdictDelivered', { personId: 'a1', outcome: 'acquittal', deliveredOn: '2020-11-20' })])).toEqual([]);
  });
});
