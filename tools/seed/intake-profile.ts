import type { ExploitationType } from '@casetrail/kernel';
import type { BodyBroughtBy, BodyCause, PersonCounts, ReturnedBy, ReturnReason } from '@casetrail/intake-contracts';

/**
 * The shape of a year of intake, from the NCCT annual report 2020, section II.D.1: who received
 * how many returning people where, how many were screened as suspected victims and where they
 * were referred, and the bodies returned. At scale 1 the seed enters these figures exactly (the
 * persons by sex and age, per row); a scale multiplies every count and number of receptions.
 * The number of receptions behind the embassies' and Thai authorities' figures is not in the
 * report: a reception here is a group returned together (about a hundred a week from Thailand
 * through the embassy, one group a day per checkpoint from the Thai authorities).
 */

/** One line of the report: people received at places, counted together by sex and age. */
export interface IntakeRow {
  /** Part of each reception's reference (`SEED<seed>-<year>-<key>-<n>`): unique per place. */
  key: string;
  place: string;
  /** Persons in the row (the `counts` of the family are shared out over its rows by person). */
  persons: number;
  /** Receptions the row's persons came in (at scale 1). */
  receptions: number;
  countryReturnedFrom: string;
}

/** Rows that share one count by sex and age (the report gives it for them together). */
export interface IntakeFamily {
  /** What the report calls them, for the plan's summary. */
  name: string;
  receivedBy: string;
  returnedBy: ReturnedBy;
  reason: ReturnReason;
  counts: PersonCounts;
  rows: IntakeRow[];
  /**
   * One reception a day per row, spread evenly over the year (the checkpoints' daily groups);
   * otherwise on days drawn at random.
   */
  daily?: true;
}

const adults = (total: number, females: number): PersonCounts => ({ men: total - females, women: females, boys: 0, girls: 0 });
/** Females and minors as the report gives them: the girls are the minors' share of the females. */
function byFemalesAndMinors(total: number, females: number, minors: number): PersonCounts {
  const girls = Math.round((minors * females) / total);
  return { men: total - females - (minors - girls), women: females - girls, boys: minors - girls, girls };
}

/** The Ministry of Foreign Affairs' repatriations through the embassies (10,574, 4,275 females): all adults. */
const EMBASSY_ROWS: ReadonlyArray<readonly [country: string, reason: ReturnReason, total: number, females: number, receptions: number]> = [
  ['MYS', 'illegal_work', 54, 16, 6],
  ['CHN', 'suspected_trafficking', 82, 82, 8],
  ['SGP', 'workload', 2, 2, 1],
  ['VNM', 'illegal_border_crossing', 25, 25, 3],
  ['THA', 'illegal_work', 10_406, 4_147, 104],
  ['LAO', 'illegal_border_crossing', 2, 2, 1],
  ['IDN', 'illegal_border_crossing', 3, 1, 1],
];

/** The capital and provincial police commissariats: 507 receptions, 7,286 persons (2,744 females, 687 minors). */
const POLICE_ROWS: ReadonlyArray<readonly [province: string, places: ReadonlyArray<readonly [string, number]>, country: string, receptions: number, total: number, females: number, minors: number]> = [
  ['banteay-meanchey', [['poipet', 165], ['o-bei-choan', 110]], 'THA', 275, 4_240, 1_420, 490],
  ['battambang', [['doung', 93]], 'THA', 93, 1_863, 814, 122],
  ['pailin', [['psar-prum', 20]], 'THA', 20, 786, 364, 29],
  ['koh-kong', [['cham-yeam', 111]], 'THA', 111, 322, 99, 8],
  ['svay-rieng', [['bavet', 8]], 'VNM', 8, 75, 47, 38],
];

/** The report's 63,793 at O Bei Choan and Poipet, split between them (not in the report: 55/45). */
const THAI_REPATRIATION_SPLIT: ReadonlyArray<readonly [place: string, persons: number]> = [
  ['poipet', 35_086],
  ['o-bei-choan', 28_707],
];

export const INTAKE_FAMILIES: readonly IntakeFamily[] = [
  ...EMBASSY_ROWS.map(
    ([country, reason, total, females, receptions]): IntakeFamily => ({
      name: `embassy ${country}`,
      receivedBy: 'mofaic',
      returnedBy: 'embassy',
      reason,
      counts: adults(total, females),
      rows: [{ key: `EMB-${country}`, place: `embassy-${country.toLowerCase()}`, persons: total, receptions, countryReturnedFrom: country }],
    }),
  ),
  {
    name: 'Thai authorities',
    receivedBy: 'dosvy-banteay-meanchey',
    returnedBy: 'foreign_authorities',
    reason: 'illegal_work',
    counts: { men: 31_733, women: 25_580, boys: 3_318, girls: 3_162 },
    rows: THAI_REPATRIATION_SPLIT.map(([place, persons]) => ({ key: `THA-${place.toUpperCase()}`, place, persons, receptions: 365, countryReturnedFrom: 'THA' })),
    daily: true,
  },
  ...POLICE_ROWS.map(
    ([province, places, country, , total, females, minors]): IntakeFamily => {
      const receptionsAt = places.reduce((n, [, r]) => n + r, 0);
      let left = total;
      return {
        name: `police commissariat ${province}`,
        receivedBy: `police-commissariat-${province}`,
        returnedBy: 'foreign_authorities',
        reason: country === 'VNM' ? 'illegal_border_crossing' : 'illegal_work',
        counts: byFemalesAndMinors(total, females, minors),
        rows: places.map(([place, receptions], i) => {
          const persons = i === places.length - 1 ? left : Math.round((total * receptions) / receptionsAt);
          left -= persons;
          return { key: `PC-${place.toUpperCase()}`, place, persons, receptions, countryReturnedFrom: country };
        }),
      };
    },
  ),
];

/**
 * Social affairs' 220 from overseas authorities (25 males, 184 females, 4 boys, 7 girls): by
 * airport or checkpoint and country (the report's two lists agree: Poipet's 38 are Thailand's,
 * Bavet's 28 Vietnam's, the airports' 154 the others). Received by the department of the place's
 * province, in small groups, and every one of them screened and referred to that department.
 */
export const SOCIAL_AFFAIRS_FAMILY: IntakeFamily = {
  name: 'social affairs from overseas authorities',
  receivedBy: 'dosvy-*',
  returnedBy: 'foreign_authorities',
  reason: 'suspected_trafficking',
  counts: { men: 25, women: 184, boys: 4, girls: 7 },
  rows: [
    { key: 'SA-PNH-CHN', place: 'phnom-penh-airport', persons: 139, receptions: 40, countryReturnedFrom: 'CHN' },
    { key: 'SA-PNH-MYS', place: 'phnom-penh-airport', persons: 9, receptions: 4, countryReturnedFrom: 'MYS' },
    { key: 'SA-PNH-IDN', place: 'phnom-penh-airport', persons: 3, receptions: 1, countryReturnedFrom: 'IDN' },
    { key: 'SA-PNH-SGP', place: 'phnom-penh-airport', persons: 1, receptions: 1, countryReturnedFrom: 'SGP' },
    { key: 'SA-KOS-MYS', place: 'sihanoukville-airport', persons: 2, receptions: 1, countryReturnedFrom: 'MYS' },
    { key: 'SA-POI-THA', place: 'poipet', persons: 38, receptions: 12, countryReturnedFrom: 'THA' },
    { key: 'SA-BAV-VNM', place: 'bavet', persons: 28, receptions: 8, countryReturnedFrom: 'VNM' },
  ],
};

/** What the 220 were screened as: 54 labour, 113 forced marriage, 3 sexual exploitation, 50 at risk. */
export const SOCIAL_AFFAIRS_EXPLOITATION: ReadonlyArray<readonly [ExploitationType, number]> = [
  ['labour', 54],
  ['forced_marriage', 113],
  ['sexual', 3],
  ['at_risk', 50],
];

/**
 * The 106 suspected victims screened among the Thai authorities' returnees (9 males, 27 females,
 * 49 boys, 21 girls), handed to the partners the report names.
 */
export const THAI_SCREENED: PersonCounts = { men: 9, women: 27, boys: 49, girls: 21 };
export const THAI_SCREENING_PARTNERS: ReadonlyArray<readonly [string, number]> = [
  ['ngo-samaritans-purse', 1],
  ['ngo-ijm', 1],
  ['ngo-hope-for-justice', 1],
];
export const THAI_SCREENED_EXPLOITATION: ReadonlyArray<readonly [ExploitationType, number]> = [
  ['labour', 8],
  ['sexual', 1],
  ['forced_marriage', 1],
];

/**
 * Beyond the report (which says the commissariats interviewed and sent the workers home): per
 * 1,000 persons a commissariat receives, suspected victims referred to the province's police for
 * an investigation (and one in two also to the province's department of social affairs), and
 * persons interviewed and not identified as victims, sent to their family. They exercise the
 * referral chain into law enforcement and protection.
 */
export const POLICE_SUSPECTED_PER_1000 = 2;
export const POLICE_ALSO_SOCIAL_AFFAIRS_SHARE = 0.5;
export const POLICE_NOT_IDENTIFIED_PER_1000 = 3;
/** The offence a police referral opens its case for. */
export const POLICE_REFERRAL_OFFENCES: ReadonlyArray<readonly [string, number]> = [
  ['unlawful_recruitment_for_exploitation', 3],
  ['unlawful_removal_cross_border', 2],
  ['cross_border_smuggling', 1],
];

/** Returned bodies (II.D.1.2): 58 via Poipet (12 females), 41 via Doung (9 females), all from Thailand. */
export interface BodyRow {
  key: string;
  place: string;
  receivedBy: string;
  broughtBy: BodyBroughtBy;
  bodies: number;
  females: number;
  causes: ReadonlyArray<readonly [BodyCause, number]>;
}
export const BODY_ROWS: readonly BodyRow[] = [
  { key: 'BODY-POIPET', place: 'poipet', receivedBy: 'border-liaison-office', broughtBy: 'foreign_authorities', bodies: 58, females: 12, causes: [['disease', 3], ['accident', 2]] },
  { key: 'BODY-DOUNG', place: 'doung', receivedBy: 'police-commissariat-battambang', broughtBy: 'family', bodies: 41, females: 9, causes: [['disease', 3], ['accident', 2], ['other', 1]] },
];
