import {
  buildCompensationTable,
  buildFollowUpsTable,
  buildIntegrationDurations,
  buildIntegrationsTable,
  buildReceivedTable,
  buildShelterAdmissionsTable,
  compensationTableToCsv,
  protectionTableToCsv,
  type ProtectionCaseFacts,
  type ProtectionTable,
} from '@casetrail/statistics-domain';

/*
 * The OpenAPI examples, computed by the real code from synthetic cases (so they are always the
 * shape that is sent). The API tests build their facts with the same function.
 */

/**
 * A girl handed over by the Battambang police in March 2020 (rescued the day before), sent to a
 * partner's shelter by the provincial department, awarded US$1,000 by a court with the support of
 * Chab Dai and paid, integrated by the partner into Kampot in November, visited in December.
 */
export function integratedCase(personId: string, province: string): ProtectionCaseFacts {
  return {
    personId,
    province,
    currentProvince: 'kampot',
    receivedOn: '2020-03-02',
    channel: 'police_hand_over',
    receivedBy: `dosvy-${province}`,
    entryPoint: null,
    countryReturnedFrom: null,
    rescuedOn: '2020-03-01',
    sex: 'F',
    ageBand: '15_17',
    exploitationType: 'sexual',
    admissions: [{ shelter: 'ngo-aple', admittedOn: '2020-03-03', sentBy: `dosvy-${province}`, exploitationType: 'sexual', sex: 'F', ageBand: '15_17', province, departedOn: '2020-11-01' }],
    claims: [
      {
        claimId: `claim-${personId}`,
        supportingOrganisation: 'ngo-chab-dai',
        filedOn: '2020-04-01',
        province,
        awards: [{ amount: 100_000, currency: 'USD', awardedOn: '2020-09-01', source: 'court', province }],
        receipts: [{ amount: 100_000, currency: 'USD', receivedOn: '2020-10-01', province }],
      },
    ],
    integrations: [
      {
        integratedBy: 'ngo-aple',
        integratedOn: '2020-11-02',
        province: 'kampot',
        exploitationType: 'sexual',
        sex: 'F',
        ageBand: '15_17',
        visits: [{ visitNumber: 1, visitedOn: '2020-12-02', outcome: 'stable', visitedBy: 'dosvy-kampot' }],
      },
    ],
    closure: null,
  };
}

/** A man received from overseas authorities at Poipet in 2020, returned from Thailand, at risk. */
export function returnedWorker(personId: string, province: string): ProtectionCaseFacts {
  return {
    ...integratedCase(personId, province),
    currentProvince: province,
    channel: 'overseas_authorities',
    entryPoint: 'poipet',
    countryReturnedFrom: 'THA',
    rescuedOn: null,
    sex: 'M',
    ageBand: '18_plus',
    exploitationType: 'at_risk',
    admissions: [],
    claims: [],
    integrations: [],
  };
}

const facts = [integratedCase('example', 'battambang'), returnedWorker('example-2', 'battambang')];
const options = { year: 2020 };

/** The example table with its first non-zero rows and the total only, to keep the document short. */
function example<F extends string, D extends string>(table: ProtectionTable<F, D>) {
  const nonZero = table.rows.filter((r) => r.level === 'breakdown' && Object.values<number>(r.current).some((n) => n > 0)).slice(0, 3);
  const rows = [...nonZero, table.rows.at(-1)!];
  return { json: { ...table, rows, provinces: null }, csv: protectionTableToCsv({ ...table, rows }) };
}

export const RECEIVED_EXAMPLE = example(buildReceivedTable(facts, options));
export const SHELTER_ADMISSIONS_EXAMPLE = example(buildShelterAdmissionsTable(facts, options));
export const INTEGRATIONS_EXAMPLE = example(buildIntegrationsTable(facts, options));
export const FOLLOW_UPS_EXAMPLE = example(buildFollowUpsTable(facts, options));
const compensation = buildCompensationTable(facts, options);
export const COMPENSATION_EXAMPLE = { json: { ...compensation, provinces: null }, csv: compensationTableToCsv(compensation) };
export const INTEGRATION_DURATIONS_EXAMPLE = { ...buildIntegrationDurations(facts, { year: 2020, provinces: ['kampot'] }), province: 'kampot', provinces: ['kampot'] };
