import type { RecordedEvent } from '@casetrail/event-sourcing';
import { IntakeEventType as E, screenedPersonStreamId } from '@casetrail/intake-contracts';
import { screenedPersonSummaryProjection as projection, type ScreenedPersonSummary } from './screened-person-summary.projection';

const PERSON_ID = '2ed6657d-e927-568b-95e1-2665a8aea6a2';
let revision = 0;

function recorded(type: string, data: object): RecordedEvent {
  revision += 1;
  return {
    streamId: screenedPersonStreamId(PERSON_ID),
    streamRevision: revision - 1,
    globalPosition: revision,
    type,
    schemaVersion: 1,
    data,
    occurredAt: '2020-04-02T00:00:00.000Z',
    recordedAt: `2020-04-0${Math.min(revision + 1, 9)}T03:00:00.000Z`,
    actor: { userId: 'border-official-bm', role: 'border_official' },
    correlationId: 'c',
    causationId: null,
  } as unknown as RecordedEvent;
}

const person = { sex: 'F', nationality: 'KHM', ageInYears: 17, ageBand: '15_17', ageBandOn: '2020-04-02', place: 'poipet', screenedOn: '2020-04-02', countryReturnedFrom: 'THA', personal: {} };

function fold(events: RecordedEvent[]): ScreenedPersonSummary | null {
  return events.reduce<ScreenedPersonSummary | null>((doc, e) => projection.apply(doc, e), null);
}

describe('the screened-person summary (list rows and the "addressed to me" keys)', () => {
  beforeEach(() => (revision = 0));

  const screened = () =>
    recorded(E.PersonScreened, {
      personId: PERSON_ID,
      reference: 'S-1',
      receptionId: '3c9a1f1e-8a6d-5e3f-9c2b-7d4e6f8a1b30',
      place: 'poipet',
      province: 'banteay-meanchey',
      screenedOn: '2020-04-02',
      screenedBy: 'border-liaison-office',
      outcome: 'suspected_victim',
      exploitationIndicated: 'labour',
      sex: 'F',
      nationality: 'KHM',
      countryReturnedFrom: 'THA',
      ageInYears: 17,
      ageBand: '15_17',
      ageBandOn: '2020-04-02',
      personal: {},
    });

  it('names the document by the person and keeps no personal part', () => {
    const doc = fold([screened()])!;
    expect(projection.documentId(screened())).toBe(PERSON_ID);
    expect(doc).toMatchObject({ personId: PERSON_ID, province: 'banteay-meanchey', year: 2020, month: 4, outcome: 'suspected_victim', referrals: [], hasReferrals: false, addressedTo: {} });
    expect(Object.keys(doc)).not.toContain('personal');
  });

  it('indexes each referral by destination, by destination and province, and by destination and organisation; the latest revision is the outcome', () => {
    const doc = fold([
      screened(),
      recorded(E.PersonReferred, { destination: 'police', referredOn: '2020-04-03', policeUnit: 'police-battambang', suspectedOffence: 'unlawful_recruitment_for_exploitation', province: 'battambang', person: { ...person, outcome: 'suspected_victim', exploitationType: 'labour' } }),
      recorded(E.PersonReferred, { destination: 'partner_organisation', referredOn: '2020-04-04', organisation: 'ngo-ijm', province: 'banteay-meanchey', person: { ...person, outcome: 'suspected_victim', exploitationType: 'labour' } }),
      recorded(E.ScreeningRevised, { outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisedOn: '2020-04-09', justification: 'Second interview' }),
    ])!;
    expect(doc.addressedTo).toEqual({
      police: true,
      'police@battambang': true,
      partner_organisation: true,
      'partner_organisation@banteay-meanchey': true,
      'partner_organisation#ngo-ijm': true,
    });
    expect(doc).toMatchObject({ outcome: 'person_at_risk', exploitationIndicated: 'at_risk', revisions: 1, hasReferrals: true, referredTo: ['ngo-ijm'], referred: { 'ngo-ijm': true }, revision: 3 });
    expect(doc.referrals.map((r) => [r.destination, r.province, r.policeUnit, r.organisation, r.outcome])).toEqual([
      ['police', 'battambang', 'police-battambang', null, 'suspected_victim'],
      ['partner_organisation', 'banteay-meanchey', null, 'ngo-ijm', 'suspected_victim'],
    ]);
  });

  it('refuses an event before the screening (a broken stream, not a row to invent)', () => {
    expect(() => fold([recorded(E.ScreeningRevised, { outcome: 'not_identified', revisedOn: '2020-04-09', justification: 'x' })])).toThrow(/before the person was screened/);
  });
});
