import { EventTypeRegistry, fold, type CommandMetadata } from '@casetrail/event-sourcing';
import { PoliceCaseEventType as E, registerEnforcementEvents, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import type { PoliceCaseCommand } from './police-case.commands';
import { policeCaseDecider } from './police-case.decider';
import { cmd, closed, forwarded, opened, referredVictimData, refuses, sealedFor, spec, suspectArrested, suspectIdentified, victimReferred, victimRescued } from './police-case.test-fixtures';

/*
 * A person screened at a border (intake) and referred to the police becomes a victim of a case:
 * the case the referral named, or one opened for the referral in the same decision. Issued by the
 * reactor `enforcement-receives-intake-referrals` only, whose actor has no unit.
 */

const reactor: CommandMetadata = { actor: { userId: 'reactor:enforcement-receives-intake-referrals', role: 'system' }, now: '2020-12-31T03:00:00.000Z' };
const registry = registerEnforcementEvents(new EventTypeRegistry());

const refer = (overrides: Record<string, unknown> = {}): PoliceCaseCommand =>
  ({ type: 'RecordReferredVictim', data: { ...referredVictimData, ...overrides }, metadata: reactor }) as unknown as PoliceCaseCommand;
const openCase = { caseId: 'RC-1', unit: { code: 'police-banteay-meanchey', type: 'provincial_police' }, province: 'banteay-meanchey', offences: ['unlawful_recruitment_for_exploitation'], reference: 'intake:poipet' };
const handOver = (overrides: Record<string, unknown> = {}) => cmd('HandOverVictim', { victimId: 'R1', destination: 'social_affairs', handedOverOn: '2020-03-07', ...overrides });

/** Every event decided is one the store would accept (its schema validator). */
function writable(events: PoliceCaseEvent[]): PoliceCaseEvent[] {
  for (const event of events) registry.assertWritable(event.type, registry.currentVersion(event.type), event.data);
  return events;
}

describe('RecordReferredVictim on the case the referral named', () => {
  it('records the screened person as a victim of the case, as screened, the sealed part as intake stored it', () => {
    spec.given([opened]).when(refer()).then([victimReferred]);
    writable([victimReferred]);
  });

  it('keeps a sealed birth date sealed: no age in years, the band at the screening', () => {
    const { ageInYears: _age, ...withBirthDate } = referredVictimData;
    spec
      .given([opened])
      .when(refer({ ageInYears: undefined }))
      .then([{ type: E.VictimReferred, data: withBirthDate }]);
  });

  it('refuses a person already a victim of the case (rescued with the screened id, or referred before)', () => {
    refuses([opened, victimReferred], refer(), 'DUPLICATE_VICTIM', 'conflict');
    const rescuedWithScreenedId = { ...victimRescued, data: { ...(victimRescued.data as object), victimId: 'R1', personal: sealedFor('R1') } } as PoliceCaseEvent;
    refuses([opened, rescuedWithScreenedId], refer(), 'DUPLICATE_VICTIM', 'conflict');
  });
  it('refuses a case never opened when the referral opens none', () => refuses([], refer(), 'CASE_NOT_FOUND', 'conflict'));
  it('refuses a closed case, as every victim command', () => refuses([opened, closed], refer({ referredOn: '2020-04-02' }), 'CASE_CLOSED', 'conflict'));
  it('refuses a forwarded case, as every victim command', () =>
    refuses([opened, suspectIdentified, suspectArrested, victimRescued, forwarded], refer({ referredOn: '2020-04-02' }), 'CASE_FORWARDED', 'conflict'));
  it.each([
    ['a referral before the case was opened', { referredOn: '2020-02-28', ageBandOn: '2020-02-27' }, 'DATE_BEFORE_CASE_OPENED'],
    ['a referral before the screening', { ageBandOn: '2020-03-05' }, 'DATE_BEFORE_SCREENING'],
    ['a referral in the future', { referredOn: '2099-01-01' }, 'DATE_IN_FUTURE'],
    ['a band that is not the age’s', { ageBand: '18_plus' }, 'AGE_BAND_MISMATCH'],
    ['an unknown band', { ageInYears: undefined, ageBand: 'unknown' }, 'UNKNOWN_AGE_BAND'],
    ['no age and nothing sealed', { ageInYears: undefined, personal: {} }, 'PERSONAL_DATA_NOT_SEALED'],
    ['a name in clear', { personal: { fullName: 'Synthetic Person' } }, 'PERSONAL_DATA_NOT_SEALED'],
    ['personal data sealed for another person', { personal: sealedFor('R2') }, 'PERSONAL_DATA_OF_ANOTHER_PERSON'],
    ['an unknown intake place', { screenedAt: 'atlantis' }, 'UNKNOWN_INTAKE_PLACE'],
    ['an unknown exploitation type', { exploitationType: 'tourism' }, 'UNKNOWN_EXPLOITATION_TYPE'],
    ['an unknown sex', { sex: 'X' }, 'UNKNOWN_SEX'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([opened], refer(overrides), code, 'unprocessable'));
});

describe('RecordReferredVictim opening the case for a referral that names none', () => {
  const caseOpened: PoliceCaseEvent = { type: E.PoliceCaseOpened, data: { ...openCase, openedOn: '2020-03-04' } } as PoliceCaseEvent;

  it('opens the case under the unit the referral is addressed to, on the referral date, and records the victim: one decision', () => {
    spec.given([]).when(refer({ openCase })).then([caseOpened, victimReferred]);
    writable([caseOpened, victimReferred]);
  });

  it('records the victim only, on a case already opened (the referral is decided once per case)', () => spec.given([caseOpened]).when(refer({ openCase })).then([victimReferred]));

  it.each([
    ['an unknown unit', { unit: { code: 'police-atlantis', type: 'provincial_police' } }, 'UNKNOWN_UNIT'],
    ['a unit of another province', { province: 'kandal' }, 'UNIT_PROVINCE_MISMATCH'],
    ['an unknown offence', { offences: ['jaywalking'] }, 'UNKNOWN_OFFENCE'],
    ['no offence', { offences: [] }, 'NO_OFFENCE'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([], refer({ openCase: { ...openCase, ...overrides } }), code, 'unprocessable'));
});

describe('a referred victim is handed over and forwarded as a rescued one', () => {
  it('folds into a victim whose rescuedOn is the screening date and who remembers the referral', () => {
    const state = fold(policeCaseDecider, [opened, victimReferred]);
    expect(state.victims['R1']).toEqual({
      victimId: 'R1',
      sex: 'F',
      birthDate: null,
      ageAtRescue: 16,
      ageBand: '15_17',
      nationality: 'KHM',
      exploitationType: 'labour',
      rescuedOn: '2020-03-02',
      referral: { referredOn: '2020-03-04', screenedAt: 'poipet' },
      handedOver: null,
      personal: sealedFor('R1'),
    });
  });

  it('hands the victim over with the facts as screened: rescuedOn and ageBandOn both the screening date', () => {
    const events = policeCaseDecider.decide(handOver(), fold(policeCaseDecider, [opened, victimReferred]));
    expect(writable(events)).toEqual([
      {
        type: E.VictimHandedOver,
        data: {
          victimId: 'R1',
          destination: 'social_affairs',
          handedOverOn: '2020-03-07',
          victim: { sex: 'F', nationality: 'KHM', ageInYears: 16, ageBand: '15_17', ageBandOn: '2020-03-02', exploitationType: 'labour', rescuedOn: '2020-03-02', personal: sealedFor('R1') },
          province: 'battambang',
          unit: 'police-battambang',
        },
      },
    ]);
  });

  it('refuses a hand-over before the person was referred to the police', () =>
    refuses([opened, victimReferred], handOver({ handedOverOn: '2020-03-03' }), 'DATE_BEFORE_REFERRAL', 'unprocessable'));

  it('forwards the referred victim among the victims of the case', () => {
    const events = policeCaseDecider.decide(
      cmd('ForwardToProsecutor', { forwardedOn: '2020-03-10' }),
      fold(policeCaseDecider, [opened, suspectIdentified, suspectArrested, victimRescued, victimReferred]),
    );
    const [event] = writable(events);
    expect(event.data).toMatchObject({
      victimIds: ['V1', 'R1'],
      persons: { victims: [{ victimId: 'V1' }, { victimId: 'R1', ageBandOn: '2020-03-02', rescuedOn: '2020-03-02', ageInYears: 16, personal: sealedFor('R1') }] },
    });
  });
});
