import type { RecordedEvent } from '@casetrail/event-sourcing';
import { IntakeEventType as E, intakeEventTypes, receptionStreamId, screenedPersonStreamId, uploadStreamId } from '@casetrail/intake-contracts';
import { ProjectionRunner, InMemoryReadModelStore } from '@casetrail/read-models';
import { statisticsContext } from '../statistics.context';
import {
  INTAKE_PERSON_FACTS_COLLECTION,
  INTAKE_RECEPTION_FACTS_COLLECTION,
  intakeBodyFactsProjection,
  intakePersonFactsProjection,
  intakeReceptionFactsProjection,
} from './intake-facts.projection';
import { statisticsProjections } from './statistics-projections';

function recorded(type: string, data: unknown, streamId: string, streamRevision: number, globalPosition: number): RecordedEvent {
  return {
    eventId: `e-${globalPosition}`,
    type,
    schemaVersion: 1,
    data,
    actor: { userId: 'bo-1', role: 'border_official' },
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2020-03-11T03:00:00.000Z',
    streamId,
    streamRevision,
    globalPosition,
    recordedAt: '2020-03-11T03:00:00.000Z',
  };
}

const figures = {
  place: 'poipet',
  province: 'banteay-meanchey',
  receivedOn: '2019-12-31',
  receivedBy: 'dosvy-banteay-meanchey',
  returnedBy: 'foreign_authorities',
  countryReturnedFrom: 'THA',
  reason: 'illegal_work',
  counts: { men: 10, women: 5, boys: 2, girls: 1 },
};
const reception = receptionStreamId('R1');
const person = screenedPersonStreamId('P1');
const referral = (referredOn: string) => ({
  destination: 'family',
  referredOn,
  province: 'banteay-meanchey',
  person: { sex: 'F', nationality: 'KHM', ageBand: '18_plus', ageBandOn: '2019-12-31', outcome: 'not_identified', exploitationType: 'at_risk', place: 'poipet', screenedOn: '2019-12-31', countryReturnedFrom: 'THA', personal: {} },
});

const events = (): RecordedEvent[] => [
  recorded(E.ReceptionRecorded, { receptionId: 'R1', reference: 'BM-1', ...figures }, reception, 0, 1),
  recorded(
    E.PersonScreened,
    {
      personId: 'P1', reference: 'S-1', receptionId: 'R1', place: 'poipet', province: 'banteay-meanchey', screenedOn: '2019-12-31', screenedBy: 'dosvy-banteay-meanchey',
      outcome: 'not_identified', sex: 'F', nationality: 'KHM', countryReturnedFrom: 'THA', ageBand: '18_plus', ageBandOn: '2019-12-31', personal: {},
    },
    person,
    0,
    2,
  ),
  recorded(E.ReceptionCorrected, { ...figures, receivedOn: '2020-01-01', correctedOn: '2020-01-03', justification: 'Date of the list' }, reception, 1, 3),
  recorded(E.PersonReferred, referral('2021-02-01'), person, 1, 4),
  recorded(E.UploadCompleted, { uploadId: 'a'.repeat(64), kind: 'receptions', format: 'csv', province: null, rows: 1, accepted: 1, alreadyRecorded: 0, refused: 0, refusals: [] }, uploadStreamId('a'.repeat(64)), 0, 5),
];

describe('the intake facts projections', () => {
  it('are fed by their own streams, one document per stream, never by an upload', () => {
    const [recordedReception, screened, , , upload] = events();
    expect(intakeReceptionFactsProjection.documentId(recordedReception!)).toBe(reception);
    expect(intakePersonFactsProjection.documentId(screened!)).toBe(person);
    expect([intakeReceptionFactsProjection, intakePersonFactsProjection, intakeBodyFactsProjection].map((p) => p.documentId(upload!))).toEqual([null, null, null]);
    expect(statisticsProjections).toEqual(expect.arrayContaining([intakeReceptionFactsProjection, intakePersonFactsProjection, intakeBodyFactsProjection]));
  });

  it('are read through the intake contracts (the statistics process consumes the intake topic)', () => {
    expect(statisticsContext.reads).toEqual(expect.arrayContaining(intakeEventTypes));
    const handled = [intakeReceptionFactsProjection, intakePersonFactsProjection, intakeBodyFactsProjection].flatMap((p) => p.handles);
    expect(handled.sort()).toEqual(Object.values(E).filter((t) => t !== E.UploadCompleted).sort());
  });

  it('store the latest figures with the years the tables read them by', async () => {
    const store = new InMemoryReadModelStore();
    const runner = new ProjectionRunner(store, statisticsProjections);
    const log = events();
    await runner.rebuild({ readAll: async (options = {}) => log.filter((e) => e.globalPosition > (options.after ?? 0)), headPosition: async () => log.length });
    const [r] = await store.find<{ receivedOn: string; receivedYear: number; corrections: number }>(INTAKE_RECEPTION_FACTS_COLLECTION);
    expect(r!.data).toMatchObject({ receivedOn: '2020-01-01', receivedYear: 2020, corrections: 1 });
    const [p] = await store.find<{ tableYears: string }>(INTAKE_PERSON_FACTS_COLLECTION);
    expect(p!.data.tableYears).toBe('|2019|2021|');
  });
});
