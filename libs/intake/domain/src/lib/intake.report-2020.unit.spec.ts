import type { ReceptionRecordedData, ReturnedBodyEvent, ScreenedPersonEvent } from '@casetrail/intake-contracts';
import { specOf } from './intake.test-fixtures';
import { receptionDecider } from './reception/reception.decider';
import { returnedBodyDecider } from './returned-body/returned-body.decider';
import { screenedPersonDecider } from './screened-person/screened-person.decider';

/*
 * The kinds of record the 2020 report's section II.D.1 counts, as the statistics fixture enters
 * them through the API: each kind must pass the deciders' rules (one row of each, synthetic
 * references), in the province the report counts it in.
 */
const reception = specOf(receptionDecider);
const person = specOf(screenedPersonDecider);
const body = specOf(returnedBodyDecider);

const receptionOf = (data: Record<string, unknown>): ReceptionRecordedData =>
  reception.decided([], reception.cmd('RecordReception', { receptionId: 'R', reference: 'ref-1', receivedOn: '2020-06-01', counts: { men: 1, women: 1, boys: 0, girls: 0 }, ...data }))[0].data as ReceptionRecordedData;

describe('the 2020 report’s receptions pass the rules', () => {
  it.each(['MYS', 'CHN', 'SGP', 'VNM', 'THA', 'LAO', 'IDN'])('an embassy repatriation from %s, by the ministry, in Phnom Penh', (country) => {
    const data = receptionOf({ place: `embassy-${country.toLowerCase()}`, receivedBy: 'mofaic', returnedBy: 'embassy', countryReturnedFrom: country, reason: 'illegal_work' });
    expect(data).toMatchObject({ province: 'phnom-penh', countryReturnedFrom: country });
  });

  it.each([
    ['phnom-penh-airport', 'CHN', 'phnom-penh'],
    ['sihanoukville-airport', 'MYS', 'preah-sihanouk'],
    ['poipet', 'THA', 'banteay-meanchey'],
    ['bavet', 'VNM', 'svay-rieng'],
  ])('people returned by overseas authorities to social affairs at %s from %s', (place, country, province) => {
    const data = receptionOf({ place, receivedBy: `dosvy-${province}`, returnedBy: 'foreign_authorities', countryReturnedFrom: country, reason: 'suspected_trafficking' });
    expect(data.province).toBe(province);
  });

  it.each([
    ['poipet', 'banteay-meanchey'],
    ['o-bei-choan', 'banteay-meanchey'],
    ['doung', 'battambang'],
    ['psar-prum', 'pailin'],
    ['cham-yeam', 'koh-kong'],
    ['bavet', 'svay-rieng'],
  ])('people received by the police commissariat at %s (%s)', (place, province) => {
    const data = receptionOf({ place, receivedBy: `police-commissariat-${province}`, returnedBy: 'foreign_authorities', countryReturnedFrom: 'THA', reason: 'illegal_border_crossing' });
    expect(data.province).toBe(province);
  });

  it('the largest day at a Thai checkpoint', () => {
    expect(receptionOf({ place: 'o-bei-choan', receivedBy: 'border-liaison-office', returnedBy: 'foreign_authorities', countryReturnedFrom: 'THA', reason: 'illegal_work', counts: { men: 31_733, women: 25_580, boys: 3_318, girls: 3_162 } }).counts.men).toBe(31_733);
  });
});

describe('the 2020 report’s screened suspected victims and bodies pass the rules', () => {
  it.each(['ngo-samaritans-purse', 'ngo-ijm', 'ngo-hope-for-justice'])('a boy screened at O Bei Choan and referred to %s', (organisation) => {
    const screen = person.cmd('ScreenPerson', {
      personId: 'P',
      reference: 'ref-7',
      receptionId: 'R',
      receptionPlace: 'o-bei-choan',
      place: 'o-bei-choan',
      screenedOn: '2020-06-01',
      screenedBy: 'border-liaison-office',
      outcome: 'suspected_victim',
      exploitationIndicated: 'labour',
      sex: 'M',
      nationality: 'KHM',
      countryReturnedFrom: 'THA',
      ageInYears: 13,
    });
    const screened = person.decided([], screen) as ScreenedPersonEvent[];
    const [referred] = person.decided(screened, person.cmd('ReferPerson', { destination: 'partner_organisation', organisation, referredOn: '2020-06-02' }));
    expect(referred.data).toMatchObject({ organisation, province: 'banteay-meanchey', person: { ageBand: 'under_15', exploitationType: 'labour' } });
  });

  it.each([
    ['poipet', 'border-liaison-office', 'foreign_authorities', 'banteay-meanchey'],
    ['doung', 'police-commissariat-battambang', 'family', 'battambang'],
  ])('a body returned through %s', (place, receivedBy, broughtBy, province) => {
    const [received] = body.decided(
      [],
      body.cmd('RecordBodyReceived', { bodyId: 'B', reference: 'ref-1', place, receivedOn: '2020-06-01', receivedBy, broughtBy, countryOfDeath: 'THA', sex: 'F', cause: 'accident' }),
    ) as ReturnedBodyEvent[];
    expect(received.data.province).toBe(province);
  });
});
