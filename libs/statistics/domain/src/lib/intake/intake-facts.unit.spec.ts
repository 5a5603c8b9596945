import { IntakeEventType as E, registerIntakeEvents, type IntakeEvent } from '@casetrail/intake-contracts';
import { EventTypeRegistry } from '@casetrail/event-sourcing';
import { applyReceptionEvent, applyScreenedPersonEvent, receptionCounts, receptionFactsOf, returnedBodyFactsOf, screenedPersonFactsOf } from './intake-facts';

const SEALED = { v: 1, alg: 'A256GCM', personId: 'P1', iv: 'AAAAAAAAAAAAAAAA', ct: 'Y3Q', tag: 'AAAAAAAAAAAAAAAAAAAAAA' } as const;
const registry = registerIntakeEvents(new EventTypeRegistry());

/** Every event below must be one the contracts accept: the fold reads what the deciders write. */
function valid<T extends IntakeEvent>(event: T): T {
  registry.assertWritable(event.type, 1, event.data);
  return event;
}

const figures = {
  place: 'poipet',
  province: 'banteay-meanchey',
  receivedOn: '2020-03-01',
  receivedBy: 'dosvy-banteay-meanchey',
  returnedBy: 'foreign_authorities' as const,
  countryReturnedFrom: 'THA',
  reason: 'illegal_work' as const,
  counts: { men: 10, women: 5, boys: 2, girls: 1 },
};
const recorded = valid({ type: E.ReceptionRecorded, data: { receptionId: 'R1', reference: 'BM-1', ...figures } });
const corrected = valid({
  type: E.ReceptionCorrected,
  data: { ...figures, place: 'o-bei-choan', receivedOn: '2020-02-28', counts: { men: 12, women: 5, boys: 2, girls: 1 }, correctedOn: '2020-03-05', justification: 'Counted twice at the gate' },
});
const withdrawn = valid({ type: E.ReceptionWithdrawn, data: { withdrawnOn: '2020-03-06', justification: 'Entered on the wrong register' } });

const screened = valid({
  type: E.PersonScreened,
  data: {
    personId: 'P1',
    reference: 'S-1',
    receptionId: 'R1',
    place: 'poipet',
    province: 'banteay-meanchey',
    screenedOn: '2020-03-01',
    screenedBy: 'dosvy-banteay-meanchey',
    outcome: 'person_at_risk' as const,
    exploitationIndicated: 'at_risk' as const,
    sex: 'F' as const,
    nationality: 'KHM',
    countryReturnedFrom: 'THA',
    ageInYears: 16,
    ageBand: '15_17' as const,
    ageBandOn: '2020-03-01',
    personal: SEALED,
  },
});
const revised = valid({ type: E.ScreeningRevised, data: { outcome: 'suspected_victim' as const, exploitationIndicated: 'labour' as const, revisedOn: '2020-03-02', justification: 'Second interview' } });
const referred = valid({
  type: E.PersonReferred,
  data: {
    destination: 'partner_organisation' as const,
    referredOn: '2020-03-03',
    organisation: 'ngo-ijm',
    province: 'banteay-meanchey',
    person: {
      sex: 'F' as const,
      nationality: 'KHM',
      ageInYears: 16,
      ageBand: '15_17' as const,
      ageBandOn: '2020-03-01',
      outcome: 'suspected_victim' as const,
      exploitationType: 'labour' as const,
      place: 'poipet',
      screenedOn: '2020-03-01',
      countryReturnedFrom: 'THA',
      personal: SEALED,
    },
  },
});

describe('the intake facts', () => {
  it('keep a reception\'s latest figures: a correction replaces them as a whole', () => {
    expect(receptionFactsOf([recorded])).toEqual({
      receptionId: 'R1',
      place: 'poipet',
      placeKind: 'land_checkpoint',
      province: 'banteay-meanchey',
      receivedOn: '2020-03-01',
      receivedBy: 'dosvy-banteay-meanchey',
      receivedByKind: 'social_affairs',
      returnedBy: 'foreign_authorities',
      countryReturnedFrom: 'THA',
      reason: 'illegal_work',
      counts: { men: 10, women: 5, boys: 2, girls: 1 },
      corrections: 0,
      withdrawnOn: null,
    });
    expect(receptionFactsOf([recorded, corrected])).toMatchObject({ place: 'o-bei-choan', receivedOn: '2020-02-28', counts: { men: 12 }, corrections: 1 });
  });

  it('drop a withdrawn reception from the counts', () => {
    const facts = receptionFactsOf([recorded, corrected, withdrawn])!;
    expect([facts.withdrawnOn, receptionCounts(facts)]).toEqual(['2020-03-06', false]);
    expect(receptionCounts(receptionFactsOf([recorded])!)).toBe(true);
  });

  it('keep a screened person\'s latest outcome and every referral, never their personal part', () => {
    const facts = screenedPersonFactsOf([screened, revised, referred])!;
    expect(facts).toEqual({
      personId: 'P1',
      receptionId: 'R1',
      place: 'poipet',
      province: 'banteay-meanchey',
      screenedOn: '2020-03-01',
      screenedBy: 'dosvy-banteay-meanchey',
      outcome: 'suspected_victim',
      exploitationType: 'labour',
      sex: 'F',
      ageBand: '15_17',
      minor: true,
      nationality: 'KHM',
      countryReturnedFrom: 'THA',
      referrals: [{ destination: 'partner_organisation', referredOn: '2020-03-03', organisation: 'ngo-ijm', policeUnit: null, province: 'banteay-meanchey' }],
    });
    expect(JSON.stringify(facts)).not.toMatch(/A256GCM|personal|ageInYears/);
    const notIdentified = valid({ type: E.ScreeningRevised, data: { outcome: 'not_identified' as const, revisedOn: '2020-03-04', justification: 'Third interview' } });
    expect(screenedPersonFactsOf([screened, notIdentified])).toMatchObject({ outcome: 'not_identified', exploitationType: null });
  });

  it('keep a body\'s latest figures', () => {
    const body = { place: 'doung', province: 'battambang', receivedOn: '2020-05-01', receivedBy: 'police-commissariat-battambang', broughtBy: 'family' as const, countryOfDeath: 'THA', sex: 'F' as const, cause: 'accident' as const };
    const received = valid({ type: E.BodyReceived, data: { bodyId: 'B1', reference: 'D-1', ...body } });
    const fixed = valid({ type: E.BodyRecordCorrected, data: { ...body, cause: 'disease' as const, correctedOn: '2020-05-02', justification: 'Death certificate' } });
    expect(returnedBodyFactsOf([received, fixed])).toEqual({ bodyId: 'B1', ...body, receivedByKind: 'police_commissariat', cause: 'disease' });
  });

  it('refuse events before the first, a second first event, and unknown types', () => {
    expect(() => applyReceptionEvent(null, corrected)).toThrow(/before the reception was recorded/);
    expect(() => applyReceptionEvent(receptionFactsOf([recorded]), recorded)).toThrow(/twice/);
    expect(() => applyScreenedPersonEvent(null, referred)).toThrow(/before the person was screened/);
    expect(() => applyReceptionEvent(receptionFactsOf([recorded]), { type: 'intake.Unknown', data: {} })).toThrow(/Unknown intake event/);
  });
});
