import type { HistoryEntry } from '../../history/types';
import type { TestUser } from '../../test/session';
import type { CaseState, CaseView } from './types';

/* Component tests only: a synthetic protection case as the API answers it. */

export const PERSON_ID = 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10';
export const SOCIAL_WORKER: TestUser = { id: 'sw-1', name: 'Sophea', role: 'social_worker', provinces: ['battambang'] };
export const PARTNER_WORKER: TestUser = { id: 'pw-1', name: 'Dara', role: 'partner_worker', provinces: ['*'], unit: 'ngo-aple' };

export function caseState(extra: Partial<CaseState> = {}): CaseState {
  return {
    stage: 'open',
    personId: PERSON_ID,
    province: 'battambang',
    receivedOn: '2026-03-02',
    channel: 'overseas_authorities',
    receivedBy: 'dosvy-battambang',
    entryPoint: 'poipet',
    countryReturnedFrom: 'THA',
    handOver: null,
    person: { personId: PERSON_ID, sex: 'F', nationality: 'KHM', ageInYears: 16, ageBand: '15_17', ageBandOn: '2026-03-02', birthDate: null, personal: { fullName: 'Chan Sreyneang' } },
    exploitationType: 'labour',
    consent: { givenBy: 'guardian', recordedOn: '2026-03-03', sharing: [{ organisation: 'ngo-aple', purposes: ['shelter', 'follow_up'] }] },
    referrals: [{ organisation: 'ngo-aple', referredOn: '2026-03-03', purpose: 'shelter' }],
    shelterStays: [{ shelter: 'ngo-aple', shelterProvince: 'battambang', admittedOn: '2026-03-04', sentBy: 'dosvy-battambang', departedOn: '2026-04-01', departureReason: 'returned_to_family' }],
    services: [{ service: 'psychosocial', organisation: 'ngo-aple', deliveredOn: '2026-03-10' }],
    claims: {
      'a1b2c3d4-0000-4000-8000-000000000001': {
        claimId: 'a1b2c3d4-0000-4000-8000-000000000001',
        courtFileId: null,
        supportingOrganisation: 'ngo-chab-dai',
        filedOn: '2026-03-05',
        award: { amount: 150_000, currency: 'USD', awardedOn: '2026-03-20', source: 'recorded' },
        receipts: [{ amount: 50_000, currency: 'USD', receivedOn: '2026-03-25' }],
        received: 50_000,
      },
    },
    familyAssessments: [{ assessedOn: '2026-03-28', outcome: 'suitable', assessedBy: 'dosvy-battambang' }],
    integrations: [],
    closure: null,
    stageBeforeClosing: null,
    reopenings: [],
    ...extra,
  };
}

export function caseView(revision: number, extra: Partial<CaseState> = {}, followUps?: CaseView['followUps']): CaseView {
  return { personId: PERSON_ID, revision, asOf: null, state: caseState(extra), ...(followUps ? { followUps } : {}) };
}

export function event(revision: number, type: string, changes: Record<string, unknown>, actor: HistoryEntry['actor'] = { userId: 'sw-2', role: 'social_worker', unit: 'dosvy-battambang' }): HistoryEntry {
  return { revision, globalPosition: 100 + revision, type: `protection.${type}`, schemaVersion: 1, occurredAt: '2026-03-28T03:00:00.000Z', recordedAt: '2026-03-28T03:00:00.000Z', actor, correlationId: 'c', causationId: null, changes } as HistoryEntry;
}
