/* Fixtures of the police screens' component tests (never imported by the app). */
import type { TestUser } from '../../test/session';
import type { CaseHistory, CaseView, HistoryEntry } from './types';

/** The officer the police tests sign in as. */
export const OFFICER: TestUser = { id: 'u-1', name: 'Sok Dara', role: 'police', provinces: ['battambang'], unit: 'police-battambang' };

export const CASE_ID = '6f1c2b1e-8a53-4c39-4d55-8c1f5b7b2f10';
export const SUSPECT_ID = 'b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f';
export const SUSPECT_2 = 'a1d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e90';
export const VICTIM_ID = 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10';

export function caseView(revision = 3, overrides: Partial<CaseView['state']> = {}): CaseView {
  return {
    caseId: CASE_ID,
    revision,
    asOf: null,
    state: {
      status: 'open',
      caseId: CASE_ID,
      unit: { code: 'police-battambang', type: 'provincial_police' },
      province: 'battambang',
      offences: ['trafficking_in_persons_with_purpose', 'procuring'],
      openedOn: '2020-03-14',
      reference: 'BTB-2020-031',
      suspects: {
        [SUSPECT_ID]: {
          suspectId: SUSPECT_ID,
          sex: 'M',
          birthDate: '1990-05-01',
          ageAtIdentification: null,
          ageBandAtIdentification: '18_plus',
          nationality: 'KHM',
          identifiedOn: '2020-03-15',
          status: 'identified',
          arrestedOn: null,
          ageBandAtArrest: null,
          releasedOn: null,
          releaseReason: null,
          personal: { fullName: 'Chan Vuthy (synthetic)', birthDate: '1990-05-01' },
        },
      },
      victims: {
        [VICTIM_ID]: {
          victimId: VICTIM_ID,
          sex: 'F',
          birthDate: null,
          ageAtRescue: 15,
          ageBand: '15_17',
          nationality: 'VNM',
          exploitationType: 'sexual',
          rescuedOn: '2020-03-15',
          handedOver: null,
          referral: null,
          personal: {},
        },
      },
      forwardedOn: null,
      forwardedSuspectIds: [],
      court: null,
      closedOn: null,
      closureReason: null,
      reopenedOn: null,
      ...overrides,
    },
  };
}

const actor = { userId: 'officer-7', role: 'police', unit: 'police-battambang', province: 'battambang' };

function entry(revision: number, type: string, changes: Record<string, unknown>, recordedAt: string): HistoryEntry {
  return { revision, globalPosition: revision + 10, type: `enforcement.${type}`, schemaVersion: 1, occurredAt: recordedAt, recordedAt, actor, correlationId: `c-${revision}`, causationId: null, changes };
}

export function caseHistory(): CaseHistory {
  return {
    caseId: CASE_ID,
    events: [
      entry(0, 'PoliceCaseOpened', { caseId: CASE_ID, unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang', offences: ['trafficking_in_persons_with_purpose'], openedOn: '2020-03-14', reference: 'BTB-2020-031' }, '2020-03-14T02:00:00.000Z'),
      entry(1, 'OffenceAdded', { offence: 'procuring', addedOn: '2020-03-14' }, '2020-03-14T03:00:00.000Z'),
      entry(2, 'SuspectIdentified', { suspectId: SUSPECT_ID, sex: 'M', ageBandAtIdentification: '18_plus', nationality: 'KHM', identifiedOn: '2020-03-15', personal: { fullName: 'Chan Vuthy (synthetic)' } }, '2020-03-15T02:00:00.000Z'),
      entry(3, 'VictimRescued', { victimId: VICTIM_ID, sex: 'F', ageAtRescue: 15, ageBand: '15_17', nationality: 'VNM', exploitationType: 'sexual', rescuedOn: '2020-03-15', personal: {} }, '2020-03-15T04:00:00.000Z'),
      entry(4, 'SuspectIdentified', { suspectId: SUSPECT_2, sex: 'F', ageAtIdentification: 40, ageBandAtIdentification: '18_plus', nationality: 'THA', identifiedOn: '2020-03-16', personal: {} }, '2020-03-16T02:00:00.000Z'),
      entry(5, 'SuspectArrested', { suspectId: SUSPECT_2, arrestedOn: '2020-03-17', detainedAndSentToCourt: true, ageBand: '18_plus' }, '2020-03-17T03:30:00.000Z'),
    ],
  };
}
