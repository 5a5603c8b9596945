import {
  buildBodiesTable,
  buildPoliceReceptionsTable,
  buildReceptionsTable,
  buildReferralChainTable,
  buildScreeningYield,
  buildScreeningsTable,
  intakeTableToCsv,
  screeningYieldToCsv,
  type IntakeTable,
  type ReceptionFacts,
  type ReturnedBodyFacts,
  type ScreenedPersonFacts,
} from '@casetrail/statistics-domain';

/*
 * The OpenAPI examples, computed by the real code from synthetic records (so they are always the
 * shape that is sent). The API tests build their facts with the same functions.
 */

/** 54 workers (16 women) repatriated from Malaysia through the embassy in March 2020, as illegal workers. */
export function embassyReception(receptionId: string): ReceptionFacts {
  return {
    receptionId,
    place: 'embassy-mys',
    placeKind: 'embassy',
    province: 'phnom-penh',
    receivedOn: '2020-03-10',
    receivedBy: 'mofaic',
    receivedByKind: 'foreign_affairs',
    returnedBy: 'embassy',
    countryReturnedFrom: 'MYS',
    reason: 'illegal_work',
    counts: { men: 38, women: 16, boys: 0, girls: 0 },
    corrections: 0,
    withdrawnOn: null,
  };
}

/** 2,000 workers returned by the Thai authorities at Poipet in March 2020, received by the provincial police. */
export function checkpointReception(receptionId: string, place = 'poipet', province = 'banteay-meanchey'): ReceptionFacts {
  return {
    receptionId,
    place,
    placeKind: 'land_checkpoint',
    province,
    receivedOn: '2020-03-02',
    receivedBy: `police-commissariat-${province}`,
    receivedByKind: 'police_commissariat',
    returnedBy: 'foreign_authorities',
    countryReturnedFrom: 'THA',
    reason: 'illegal_work',
    counts: { men: 1200, women: 600, boys: 110, girls: 90 },
    corrections: 0,
    withdrawnOn: null,
  };
}

/** A girl screened at Poipet as a suspected victim of labour exploitation, referred to a partner organisation. */
export function screenedGirl(personId: string, receptionId: string): ScreenedPersonFacts {
  return {
    personId,
    receptionId,
    place: 'poipet',
    province: 'banteay-meanchey',
    screenedOn: '2020-03-02',
    screenedBy: 'police-commissariat-banteay-meanchey',
    outcome: 'suspected_victim',
    exploitationType: 'labour',
    sex: 'F',
    ageBand: '15_17',
    minor: true,
    nationality: 'KHM',
    countryReturnedFrom: 'THA',
    referrals: [{ destination: 'partner_organisation', referredOn: '2020-03-03', organisation: 'ngo-ijm', policeUnit: null, province: 'banteay-meanchey' }],
  };
}

/** A man's body brought by his family from Thailand through Doung, received by the Battambang police. */
export function returnedBody(bodyId: string): ReturnedBodyFacts {
  return {
    bodyId,
    place: 'doung',
    province: 'battambang',
    receivedOn: '2020-05-04',
    receivedBy: 'police-commissariat-battambang',
    receivedByKind: 'police_commissariat',
    broughtBy: 'family',
    countryOfDeath: 'THA',
    sex: 'M',
    cause: 'accident',
  };
}

const receptions = [embassyReception('example-1'), checkpointReception('example-2')];
const screened = [screenedGirl('example-3', 'example-2')];
const options = { year: 2020 };

/** The example table with its first non-zero rows and the total only, to keep the document short. */
function example<F extends string, D extends string>(table: IntakeTable<F, D>) {
  const nonZero = table.rows.filter((r) => r.level === 'breakdown' && Object.values<number>(r.current).some((n) => n > 0)).slice(0, 3);
  const rows = [...nonZero, table.rows.at(-1)!];
  return { json: { ...table, rows, provinces: null }, csv: intakeTableToCsv({ ...table, rows }) };
}

export const RECEPTIONS_EXAMPLE = example(buildReceptionsTable(receptions, options));
export const POLICE_RECEPTIONS_EXAMPLE = example(buildPoliceReceptionsTable(receptions, options));
export const SCREENINGS_EXAMPLE = example(buildScreeningsTable(screened, options));
export const BODIES_EXAMPLE = example(buildBodiesTable([returnedBody('example-4')], options));
export const REFERRAL_CHAIN_EXAMPLE = example(buildReferralChainTable({ screened, policeCases: [], protectionCases: [] }, options));
const screeningYield = buildScreeningYield(receptions, screened, { year: 2020, month: 3 });
export const SCREENING_YIELD_EXAMPLE = { json: { ...screeningYield, provinces: null }, csv: screeningYieldToCsv(screeningYield) };
