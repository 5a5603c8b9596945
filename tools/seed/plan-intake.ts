import { isIsoDate, type ExploitationType, type Sex } from '@casetrail/kernel';
import { intakePlaceByCode, intakeUnitByCode, type PersonCounts } from '@casetrail/intake-contracts';
import { addDays, birthDateForAge, daysBetween, minDate, usableDays } from './calendar';
import {
  BODY_ROWS,
  INTAKE_FAMILIES,
  POLICE_ALSO_SOCIAL_AFFAIRS_SHARE,
  POLICE_NOT_IDENTIFIED_PER_1000,
  POLICE_REFERRAL_OFFENCES,
  POLICE_SUSPECTED_PER_1000,
  SOCIAL_AFFAIRS_EXPLOITATION,
  SOCIAL_AFFAIRS_FAMILY,
  THAI_SCREENED,
  THAI_SCREENED_EXPLOITATION,
  THAI_SCREENING_PARTNERS,
  type IntakeFamily,
} from './intake-profile';
import { SeededRandom } from './seeded-random';
import { syntheticFullName } from './synthetic-names';
import type { PlannedActor } from './year-plan';

export const INTAKE_RECEPTIONS_PATH = '/api/intake/receptions';
export const INTAKE_SCREENINGS_PATH = '/api/intake/screenings';
export const INTAKE_BODIES_PATH = '/api/intake/bodies';

/** What a planned intake call does (one per intake route the seed uses). */
export type IntakeStep = 'record-reception' | 'screen-person' | 'refer-person' | 'record-body';

/** The body field holding each step's domain date. */
export const INTAKE_DATE_FIELD: Record<IntakeStep, string> = {
  'record-reception': 'receivedOn',
  'screen-person': 'screenedOn',
  'refer-person': 'referredOn',
  'record-body': 'receivedOn',
};

/**
 * One intake API call, as the border official of the place's province sends it (unit: the
 * receiving or screening unit). A referral's path names its person by a placeholder (`{P1}`)
 * the screening's answer binds (`personId`).
 */
export interface PlannedIntakeCall {
  step: IntakeStep;
  method: 'POST';
  path: string;
  body: Record<string, unknown>;
  actor: PlannedActor;
  binds?: { key: string; field: 'receptionId' | 'personId' | 'bodyId' };
}

/** A reception (then its screened persons and their referrals, in order) or a returned body. */
export interface PlannedIntakeRecord {
  /**
   * `SEED<seed>[x<scale>]-<year>-<key>-<n>`: the record's reference, also its label (never
   * personal data). The seed and scale are in it because the record's id is named by it: another
   * seed or scale plans other figures, which must not meet this plan's records.
   */
  label: string;
  kind: 'reception' | 'body';
  /** The domain date of the first call (the records are entered in date order). */
  date: string;
  calls: PlannedIntakeCall[];
}

export interface IntakeYearPlan {
  year: number;
  seed: number;
  scale: number;
  records: PlannedIntakeRecord[];
}

export interface PlanIntakeOptions {
  year: number;
  seed: number;
  /** 1 = the 2020 report's volumes (63,793 + 10,574 + 7,286 + 220 returnees, 99 bodies); 0 = none. */
  scale: number;
  /** Today in Cambodia (YYYY-MM-DD): no date reaches it. */
  today: string;
}

/** The seed's and the generator's largest scale (the generator scales with up to 100,000 police cases a year). */
export const MAX_INTAKE_SCALE = 10_000;

type Category = keyof PersonCounts;
const CATEGORIES: readonly Category[] = ['men', 'women', 'boys', 'girls'];
const SEX_OF: Record<Category, Sex> = { men: 'M', women: 'F', boys: 'M', girls: 'F' };
const MINOR: Record<Category, boolean> = { men: false, women: false, boys: true, girls: true };

/** Draws persons one at a time from a pool of counts, so a family's totals come out exactly. */
class PersonPool {
  private readonly left: PersonCounts;
  constructor(counts: PersonCounts) {
    this.left = { ...counts };
  }
  get size(): number {
    return CATEGORIES.reduce((n, c) => n + this.left[c], 0);
  }
  /**
   * `n` persons drawn without replacement (fewer if the pool runs out): each category's whole
   * share of `n` by what is left of it, the remainder drawn one at a time by what is left beyond
   * that share (so a large scale costs no more than a small one).
   */
  draw(random: SeededRandom, n: number): PersonCounts {
    const size = this.size;
    const take = Math.min(n, size);
    const drawn: PersonCounts = { men: 0, women: 0, boys: 0, girls: 0 };
    if (take === 0) return drawn;
    for (const c of CATEGORIES) drawn[c] = Math.floor((take * this.left[c]) / size);
    for (let rest = take - CATEGORIES.reduce((k, c) => k + drawn[c], 0); rest > 0; rest--) {
      const category = random.weighted(CATEGORIES.filter((c) => this.left[c] > drawn[c]).map((c) => [c, this.left[c] - drawn[c]] as const));
      drawn[category] += 1;
    }
    for (const c of CATEGORIES) this.left[c] -= drawn[c];
    return drawn;
  }
}

const scaled = (n: number, scale: number) => Math.round(n * scale);
const sum = (c: PersonCounts) => c.men + c.women + c.boys + c.girls;

/** `total` split into `parts` sizes of at least 1, about equal (each within ±40% of the mean). */
function splitSizes(random: SeededRandom, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.6 + 0.8 * random.next());
  const all = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => 1 + Math.floor(((total - parts) * w) / all));
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts, rest--) sizes[i] += 1;
  return sizes;
}

function mix(seed: number, salt: number): number {
  let h = (seed ^ Math.imul(salt + 0x51ed27, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const provinceOf = (place: string) => intakePlaceByCode(place)!.province;
const actorAt = (place: string, unit: string): PlannedActor => ({ role: 'border_official', unit, provinces: [provinceOf(place)] });

/** A reception planned, before its screened persons are added. */
interface Reception {
  record: PlannedIntakeRecord;
  place: string;
  receivedOn: string;
  receivedBy: string;
  countryReturnedFrom: string;
  counts: PersonCounts;
  /** Persons of each category not screened yet (a person is screened once). */
  unscreened: PersonCounts;
  screened: number;
}

/**
 * Plans a synthetic year of intake in the report's proportions (intake-profile.ts), scaled: the
 * receptions of each line of II.D.1 (embassies, Thai authorities at the two checkpoints day by
 * day, the police commissariats, social affairs' own), the persons screened among them with their
 * referrals (the 106 suspected victims to the partners, the 220 received by social affairs to
 * their department, suspected victims at the commissariats to the police and social affairs), and
 * the returned bodies. Pure and deterministic: the plan depends only on the options, and each
 * line draws from its own generator, so one line's scale never changes another's draws.
 */
export function planIntakeYear(options: PlanIntakeOptions): IntakeYearPlan {
  const { year, seed, scale, today } = options;
  if (!isIsoDate(today)) throw new RangeError(`today must be a date YYYY-MM-DD (got ${today})`);
  if (!Number.isInteger(year) || year > Number(today.slice(0, 4))) throw new RangeError(`year must be a whole year not in the future (got ${year})`);
  if (!(scale >= 0 && scale <= MAX_INTAKE_SCALE)) throw new RangeError(`scale must be from 0 to ${MAX_INTAKE_SCALE} (got ${scale})`);
  const days = usableDays(year, today);
  if (!days) throw new RangeError(`no day of ${year} is over yet (today is ${today})`);
  const { first, last } = days;
  const span = daysBetween(first, last);
  const randomDay = (random: SeededRandom) => addDays(first, random.int(0, span));
  const records: PlannedIntakeRecord[] = [];
  if (scale === 0) return { year, seed, scale, records };
  const referenceOf = (key: string, n: number) => `SEED${seed}${scale === 1 ? '' : `x${scale}`}-${year}-${key}-${String(n).padStart(4, '0')}`;

  const receptionsOf = (family: IntakeFamily, salt: number): Reception[] => {
    const random = new SeededRandom(mix(seed, salt));
    const pool = new PersonPool({
      men: scaled(family.counts.men, scale),
      women: scaled(family.counts.women, scale),
      boys: scaled(family.counts.boys, scale),
      girls: scaled(family.counts.girls, scale),
    });
    const familyPersons = pool.size;
    const rowPersons = family.rows.map((r) => r.persons);
    const rowTotal = rowPersons.reduce((a, b) => a + b, 0);
    const out: Reception[] = [];
    let personsLeft = familyPersons;
    family.rows.forEach((row, r) => {
      const persons = r === family.rows.length - 1 ? personsLeft : Math.min(personsLeft, Math.round((familyPersons * row.persons) / rowTotal));
      personsLeft -= persons;
      const count = Math.min(persons, Math.max(1, scaled(row.receptions, scale)));
      if (persons === 0) return;
      const sizes = splitSizes(random, persons, count);
      sizes.forEach((size, i) => {
        const receivedOn = family.daily ? addDays(first, Math.floor((i * (span + 1)) / count)) : randomDay(random);
        const counts = pool.draw(random, size);
        const reference = referenceOf(row.key, i + 1);
        const receivedBy = family.receivedBy === 'dosvy-*' ? `dosvy-${provinceOf(row.place)}` : family.receivedBy;
        const record: PlannedIntakeRecord = {
          label: reference,
          kind: 'reception',
          date: receivedOn,
          calls: [
            {
              step: 'record-reception',
              method: 'POST',
              path: INTAKE_RECEPTIONS_PATH,
              actor: actorAt(row.place, receivedBy),
              binds: { key: 'R', field: 'receptionId' },
              body: { reference, place: row.place, receivedOn, receivedBy, returnedBy: family.returnedBy, countryReturnedFrom: row.countryReturnedFrom, reason: family.reason, counts },
            },
          ],
        };
        out.push({ record, place: row.place, receivedOn, receivedBy, countryReturnedFrom: row.countryReturnedFrom, counts, unscreened: { ...counts }, screened: 0 });
      });
    });
    return out;
  };

  /** Screens one person of the reception (of `category`), with their referrals. */
  const screen = (
    random: SeededRandom,
    reception: Reception,
    category: Category,
    outcome: 'suspected_victim' | 'person_at_risk' | 'not_identified',
    exploitation: ExploitationType | undefined,
    referrals: ReadonlyArray<Record<string, unknown>>,
  ) => {
    reception.unscreened[category] -= 1;
    reception.screened += 1;
    const key = `P${reception.screened}`;
    const screenedOn = reception.receivedOn;
    const age = MINOR[category] ? random.int(12, 17) : random.chance(0.75) ? random.int(18, 35) : random.int(36, 55);
    const receptionReference = reception.record.calls[0]!.body['reference'] as string;
    const actor = actorAt(reception.place, reception.receivedBy);
    reception.record.calls.push({
      step: 'screen-person',
      method: 'POST',
      path: INTAKE_SCREENINGS_PATH,
      actor,
      binds: { key, field: 'personId' },
      body: {
        reference: `${receptionReference}-${key}`,
        receptionReference,
        place: reception.place,
        screenedOn,
        screenedBy: reception.receivedBy,
        outcome,
        ...(exploitation ? { exploitationIndicated: exploitation } : {}),
        sex: SEX_OF[category],
        nationality: 'KHM',
        countryReturnedFrom: reception.countryReturnedFrom,
        ...(random.chance(0.4) ? { birthDate: birthDateForAge(screenedOn, age, random.int(0, 363)) } : { ageInYears: age }),
        ...(random.chance(0.85) ? { personal: { fullName: syntheticFullName(random) } } : {}),
      },
    });
    for (const referral of referrals) {
      const referredOn = minDate(addDays(screenedOn, random.int(0, 2)), last);
      reception.record.calls.push({ step: 'refer-person', method: 'POST', path: `${INTAKE_SCREENINGS_PATH}/{${key}}/referrals`, actor, body: { ...referral, referredOn } });
    }
  };
  /** A category the reception still has unscreened persons of, drawn by their numbers. */
  const categoryAt = (random: SeededRandom, reception: Reception): Category | undefined => {
    const open = CATEGORIES.filter((c) => reception.unscreened[c] > 0);
    return open.length === 0 ? undefined : random.weighted(open.map((c) => [c, reception.unscreened[c]] as const));
  };

  INTAKE_FAMILIES.forEach((family, f) => {
    const receptions = receptionsOf(family, f);
    const random = new SeededRandom(mix(seed, 1_000 + f));
    if (family.name === 'Thai authorities') {
      // The 106 suspected victims, each at a reception with someone of their sex and age left.
      const wanted = new PersonPool({ men: scaled(THAI_SCREENED.men, scale), women: scaled(THAI_SCREENED.women, scale), boys: scaled(THAI_SCREENED.boys, scale), girls: scaled(THAI_SCREENED.girls, scale) });
      while (wanted.size > 0) {
        const drawn = wanted.draw(random, 1);
        const category = CATEGORIES.find((c) => drawn[c] > 0)!;
        const candidates = receptions.filter((r) => r.unscreened[category] > 0);
        if (candidates.length === 0) continue;
        const partner = random.weighted(THAI_SCREENING_PARTNERS);
        screen(random, random.pick(candidates), category, 'suspected_victim', random.weighted(THAI_SCREENED_EXPLOITATION), [{ destination: 'partner_organisation', organisation: partner }]);
      }
    } else if (family.receivedBy.startsWith('police-commissariat-')) {
      const province = family.receivedBy.slice('police-commissariat-'.length);
      const persons = receptions.reduce((n, r) => n + sum(r.counts), 0);
      const suspected = Math.round((persons * POLICE_SUSPECTED_PER_1000) / 1000);
      const notIdentified = Math.round((persons * POLICE_NOT_IDENTIFIED_PER_1000) / 1000);
      for (let i = 0; i < suspected + notIdentified && receptions.length > 0; i++) {
        const reception = random.pick(receptions);
        const category = categoryAt(random, reception);
        if (!category) continue;
        if (i < suspected) {
          const referrals: Record<string, unknown>[] = [{ destination: 'police', policeUnit: `police-${province}`, suspectedOffence: random.weighted(POLICE_REFERRAL_OFFENCES) }];
          if (random.chance(POLICE_ALSO_SOCIAL_AFFAIRS_SHARE)) referrals.push({ destination: 'social_affairs', organisation: `dosvy-${province}` });
          screen(random, reception, category, 'suspected_victim', 'labour', referrals);
        } else {
          screen(random, reception, category, 'not_identified', undefined, random.chance(0.5) ? [{ destination: 'family' }] : []);
        }
      }
    }
    records.push(...receptions.map((r) => r.record));
  });

  // Social affairs' own receptions: every person screened and referred to the department.
  {
    const receptions = receptionsOf(SOCIAL_AFFAIRS_FAMILY, 500);
    const random = new SeededRandom(mix(seed, 1_500));
    const exploitation = SOCIAL_AFFAIRS_EXPLOITATION;
    for (const reception of receptions) {
      for (let category = categoryAt(random, reception); category; category = categoryAt(random, reception)) {
        const type = random.weighted(exploitation);
        screen(random, reception, category, type === 'at_risk' ? 'person_at_risk' : 'suspected_victim', type, [{ destination: 'social_affairs', organisation: reception.receivedBy }]);
      }
    }
    records.push(...receptions.map((r) => r.record));
  }

  // Returned bodies: one record each.
  BODY_ROWS.forEach((row, b) => {
    const random = new SeededRandom(mix(seed, 2_000 + b));
    const bodies = scaled(row.bodies, scale);
    const females = new Set<number>();
    const femaleCount = scaled(row.females, scale);
    while (females.size < Math.min(femaleCount, bodies)) females.add(random.int(0, bodies - 1));
    for (let i = 0; i < bodies; i++) {
      const receivedOn = randomDay(random);
      const reference = referenceOf(row.key, i + 1);
      records.push({
        label: reference,
        kind: 'body',
        date: receivedOn,
        calls: [
          {
            step: 'record-body',
            method: 'POST',
            path: INTAKE_BODIES_PATH,
            actor: actorAt(row.place, row.receivedBy),
            binds: { key: 'B', field: 'bodyId' },
            body: { reference, place: row.place, receivedOn, receivedBy: row.receivedBy, broughtBy: row.broughtBy, countryOfDeath: 'THA', sex: females.has(i) ? 'F' : 'M', cause: random.weighted(row.causes) },
          },
        ],
      });
    }
  });

  // In date order (stable: a line's own order within a day).
  const ordered = records.map((r, i) => ({ r, i })).sort((a, b) => (a.r.date < b.r.date ? -1 : a.r.date > b.r.date ? 1 : a.i - b.i));
  return { year, seed, scale, records: ordered.map(({ r }) => r) };
}

/** The plan's figures, as the report states them (for the summary and the tests). */
export interface IntakePlanSummary {
  receptions: number;
  persons: PersonCounts;
  /** Persons received, by the receiving unit's kind (foreign_affairs, police_commissariat, social_affairs…). */
  personsByReceiver: Record<string, number>;
  screened: number;
  suspectedVictims: number;
  referrals: Record<string, number>;
  bodies: number;
  bodiesFemale: number;
  calls: number;
}

export function summariseIntakePlan(plan: IntakeYearPlan): IntakePlanSummary {
  const summary: IntakePlanSummary = { receptions: 0, persons: { men: 0, women: 0, boys: 0, girls: 0 }, personsByReceiver: {}, screened: 0, suspectedVictims: 0, referrals: {}, bodies: 0, bodiesFemale: 0, calls: 0 };
  for (const record of plan.records) {
    summary.calls += record.calls.length;
    for (const call of record.calls) {
      const b = call.body;
      if (call.step === 'record-reception') {
        summary.receptions += 1;
        const counts = b['counts'] as PersonCounts;
        for (const c of CATEGORIES) summary.persons[c] += counts[c];
        const receiver = intakeUnitByCode(String(b['receivedBy']))?.kind ?? 'unknown';
        summary.personsByReceiver[receiver] = (summary.personsByReceiver[receiver] ?? 0) + sum(counts);
      } else if (call.step === 'screen-person') {
        summary.screened += 1;
        if (b['outcome'] === 'suspected_victim') summary.suspectedVictims += 1;
      } else if (call.step === 'refer-person') {
        const destination = String(b['destination']);
        summary.referrals[destination] = (summary.referrals[destination] ?? 0) + 1;
      } else {
        summary.bodies += 1;
        if (b['sex'] === 'F') summary.bodiesFemale += 1;
      }
    }
  }
  return summary;
}

/** One line per figure, for the seed's dry run and its closing summary. */
export function formatIntakeSummary(s: IntakePlanSummary): string {
  const persons = sum(s.persons);
  const receivers = Object.entries(s.personsByReceiver)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`)
    .join(', ');
  const referrals = Object.entries(s.referrals)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return [
    `intake    ${s.receptions.toLocaleString('en-US')} receptions of ${persons.toLocaleString('en-US')} persons (${s.persons.men} men, ${s.persons.women} women, ${s.persons.boys} boys, ${s.persons.girls} girls); by receiver: ${receivers}`,
    `          ${s.screened} screened (${s.suspectedVictims} suspected victims), referrals: ${referrals || 'none'}; ${s.bodies} bodies (${s.bodiesFemale} female); ${s.calls.toLocaleString('en-US')} calls`,
  ].join('\n');
}
