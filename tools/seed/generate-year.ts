import { OFFENCES, isIsoDate, offenceByCode, provinceByCode, type AgeBand } from '@casetrail/kernel';
import { policeUnitByCode, type ClosureReason, type PoliceUnitRef } from '@casetrail/enforcement-contracts';
import { addDays, birthDateForAge, daysBetween, maxDate, minDate, usableDays } from './calendar';
import { courtOfProvince } from '@casetrail/court-contracts';
import { planCourt } from './plan-court';
import { planProtection, planRegistration } from './plan-protection';
import { SeededRandom } from './seeded-random';
import { syntheticFullName } from './synthetic-names';
import { CASES_PATH, type PlannedActor, type PlannedCall, type PlannedCase, type PlannedStep, type YearPlan } from './year-plan';
import {
  CYBER_OFFENCES,
  FOREIGN_SUSPECT_NATIONALITIES,
  FOREIGN_VICTIM_NATIONALITIES,
  OFFENCE_PROFILES,
  OUTCOME_WEIGHTS,
  PROVINCE_WEIGHTS,
  SOCIAL_AFFAIRS_SHARE,
  SUSPECT_FEMALE_SHARE,
  SUSPECT_FOREIGN_SHARE,
  SUSPECT_MINOR_SHARE,
  UNIT_KIND_WEIGHTS,
  VICTIM_AGE_BANDS,
  VICTIM_FOREIGN_SHARE,
  type CaseOutcome,
  type OffenceProfile,
  type UnitKind,
} from './year-profile';

export interface GenerateYearOptions {
  year: number;
  seed: number;
  /** Number of police cases to plan. */
  cases: number;
  /** Today's date (YYYY-MM-DD) in Cambodia: no planned date reaches it. Passed in to stay pure. */
  today: string;
  /**
   * Persons social affairs receives directly (registered, then followed), beside the police's
   * cases; none by default. The 2020 report's proportion is `REGISTRATIONS_PER_POLICE_CASE_2020`
   * per police case (about 375 for 160 cases).
   */
  registrations?: number;
}

export const MAX_CASES = 100_000;

/**
 * Plans a synthetic national year of police cases, each as the ordered API calls that enter it.
 * Pure and deterministic: the plan depends only on the options. Each case draws from its own
 * generator (seed + index), so `--cases 200` begins with the same cases as `--cases 160`.
 */
export function generateYear(options: GenerateYearOptions): YearPlan {
  const { year, seed, cases, today } = options;
  const registrations = options.registrations ?? 0;
  if (!isIsoDate(today)) throw new RangeError(`today must be a date YYYY-MM-DD (got ${today})`);
  if (!Number.isInteger(year) || year < 1900) throw new RangeError(`year must be a whole year from 1900 (got ${year})`);
  if (year > Number(today.slice(0, 4))) throw new RangeError(`year ${year} is in the future (today is ${today})`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);
  if (!Number.isInteger(cases) || cases < 1 || cases > MAX_CASES) {
    throw new RangeError(`cases must be a whole number from 1 to ${MAX_CASES} (got ${cases})`);
  }
  if (!Number.isInteger(registrations) || registrations < 0 || registrations > MAX_CASES) {
    throw new RangeError(`registrations must be a whole number from 0 to ${MAX_CASES} (got ${registrations})`);
  }
  const days = usableDays(year, today);
  if (!days) throw new RangeError(`no day of ${year} is over yet (today is ${today}); every date must be before today`);
  const planned = Array.from({ length: cases }, (_, index) =>
    planCase(new SeededRandom(caseSeed(seed, index)), index, year, days.first, days.last),
  );
  // Each registration draws from its own generator too, numbered after any case can be, so
  // asking for registrations changes no case and more registrations begin with the same ones.
  const registered = Array.from({ length: registrations }, (_, index) => {
    const { province, channel, protection } = planRegistration(new SeededRandom(caseSeed(seed, MAX_CASES + index)), days.first, days.last);
    return { label: `R${String(index + 1).padStart(4, '0')}`, province, channel, protection };
  });
  return { year, seed, lastDate: days.last, cases: planned, registrations: registered };
}

/** Mixes seed and index (murmur3 finaliser) so neighbouring cases get unrelated draws. */
function caseSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Calls waiting to be ordered: by date, then by rank so a prerequisite on the same day comes first. */
interface Pending {
  date: string;
  rank: number;
  call: PlannedCall;
}

interface SuspectPlan {
  key: string;
  identifiedOn: string;
  arrestedOn?: string;
  releasedOn?: string;
}

function planCase(random: SeededRandom, index: number, year: number, first: string, last: string): PlannedCase {
  const clamp = (date: string) => minDate(date, last);
  const label = `C${String(index + 1).padStart(4, '0')}`;
  const profile = random.weighted(OFFENCE_PROFILES.map((p) => [p, p.cases] as const));
  const offences = pickOffences(random, profile);
  const province = random.weighted(PROVINCE_WEIGHTS);
  const { unit, actor } = pickUnit(random, province, CYBER_OFFENCES.includes(profile.code));
  const outcome = random.weighted(OUTCOME_WEIGHTS);
  const span = daysBetween(first, last);
  // Cases still open at the end of the period are the recent ones.
  const openedOn = addDays(first, outcome === 'open' ? span - random.int(0, Math.min(45, span)) : random.int(0, span));
  const pending: Pending[] = [];
  const add = (date: string, rank: number, call: PlannedCall) => pending.push({ date, rank, call });

  add(openedOn, 0, {
    step: 'open-case',
    method: 'POST',
    path: CASES_PATH,
    body: { unit, province, offences, openedOn, reference: `SEED-${year}-${String(index + 1).padStart(4, '0')}` },
    binds: { key: 'case', field: 'caseId' },
  });

  const victimCount = profile.victimsPerCase < 1 ? random.poisson(profile.victimsPerCase) : 1 + random.poisson(profile.victimsPerCase - 1);
  for (let v = 1; v <= victimCount; v++) {
    planVictim(random, `V${v}`, profile, province, openedOn, clamp, outcome, add);
  }

  const suspects = planSuspects(random, profile, outcome, openedOn, clamp, add);
  const latest = maxDate(...pending.map((p) => p.date));
  const caseCall = (step: PlannedStep, suffix: string, body: Record<string, unknown>): PlannedCall => ({
    step,
    method: 'POST',
    path: `${CASES_PATH}/{case}/${suffix}`,
    body,
  });
  let court: PlannedCase['court'];
  if (outcome === 'forwarded') {
    const forwardedOn = clamp(addDays(latest, random.int(0, 3)));
    add(forwardedOn, 4, caseCall('forward-to-prosecutor', 'forward', { forwardedOn, ...(random.chance(0.85) ? { court: province } : {}) }));
    // The court of the case's province, whether or not the forwarding named it. Its draws come
    // after every police draw, so the police part of a seed is what it was before the court.
    court = { code: courtOfProvince(province)!.code, province };
    const bodyOf = (step: PlannedStep) => pending.filter((p) => p.call.step === step).map((p) => p.call);
    const released = new Set(bodyOf('release-suspect').map((c) => c.subject));
    const arrested = new Set(bodyOf('arrest-suspect').map((c) => c.subject));
    planCourt(random, {
      court: court.code,
      offences,
      forwardedOn,
      reference: `SEED-${year}-${String(index + 1).padStart(4, '0')}`,
      accused: bodyOf('identify-suspect').filter((c) => arrested.has(c.subject) && !released.has(c.subject)).map((c) => ({ key: c.subject!, body: c.body })),
      victims: bodyOf('rescue-victim').map((c) => ({ key: c.subject!, body: c.body })),
      last,
    }, add);
  } else if (outcome === 'closed') {
    const closedOn = clamp(addDays(latest, random.int(14, 90)));
    add(closedOn, 4, caseCall('close-without-forwarding', 'close', { closedOn, reason: closureReason(random, suspects) }));
  }

  // The victims handed over to social affairs go on in protection (II.D). Its draws come after
  // every police and court draw, so the police and court parts of a seed are what they were.
  const callsOf = (step: PlannedStep) => pending.filter((p) => p.call.step === step);
  const awarded = new Set(callsOf('award-compensation').map((p) => p.call.subject));
  const rescues = new Map(callsOf('rescue-victim').map((p) => [p.call.subject!, p.call.body]));
  const protection = callsOf('hand-over-victim')
    .filter((p) => p.call.body['destination'] === 'social_affairs')
    .map((p) =>
      planProtection(random, {
        key: p.call.subject!,
        rescue: rescues.get(p.call.subject!)!,
        handedOverOn: p.date,
        province,
        awardedInCourt: awarded.has(p.call.subject),
        last,
      }),
    );

  // Stable sort: same date and rank keep the order they were planned in.
  const calls = pending
    .map((p, seq) => ({ ...p, seq }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank || a.seq - b.seq))
    .map((p) => p.call);
  return { label, unit, province, actor, outcome, ...(court ? { court } : {}), calls, protection };
}

function pickOffences(random: SeededRandom, profile: OffenceProfile): string[] {
  const offences = [profile.code];
  if (random.chance(0.12)) {
    const category = offenceByCode(profile.code)!.category;
    const others = OFFENCES.filter((o) => o.category === category && o.code !== profile.code && o.code !== 'forced_criminality');
    offences.push(random.pick(others).code);
  }
  return offences;
}

const NATIONAL_UNITS: Partial<Record<UnitKind, string>> = {
  'ahtjp-national': 'ahtjp-national',
  'anti-cyber-crime-national': 'anti-cyber-crime-national',
  'gendarmerie-national': 'gendarmerie-national',
};

function pickUnit(random: SeededRandom, province: string, online: boolean): { unit: PoliceUnitRef; actor: PlannedActor } {
  const kind: UnitKind = online && random.chance(0.6) ? 'anti-cyber-crime-national' : random.weighted(UNIT_KIND_WEIGHTS);
  const code =
    kind === 'provincial_police' ? `police-${province}` : kind === 'provincial_gendarmerie' ? `gendarmerie-${province}` : NATIONAL_UNITS[kind]!;
  const known = policeUnitByCode(code);
  if (!known) throw new Error(`Unknown police unit ${code} in the seed profile`);
  return {
    unit: { code: known.code, type: known.type },
    // National units are scoped to every province; provincial officers to their own.
    actor: { unit: known.code, provinces: known.province === null ? ['*'] : [known.province] },
  };
}

type Clamp = (date: string) => string;
type Add = (date: string, rank: number, call: PlannedCall) => void;

function victimAge(random: SeededRandom, band: AgeBand): number {
  switch (band) {
    case 'under_15':
      return random.chance(0.65) ? random.int(11, 14) : random.int(3, 10);
    case '15_17':
      return random.int(15, 17);
    case '18_plus':
      return random.chance(0.7) ? random.int(18, 30) : random.int(31, 55);
  }
}

/** Exactly one of a birth date and an age at the event, like the forms officers fill in. */
function ageFields(random: SeededRandom, age: number, eventDate: string, ageField: string): Record<string, unknown> {
  if (random.chance(0.55)) {
    return { birthDate: birthDateForAge(eventDate, age, random.int(0, 363)) };
  }
  return { [ageField]: age };
}

function planVictim(random: SeededRandom, key: string, profile: OffenceProfile, province: string, openedOn: string, clamp: Clamp, outcome: CaseOutcome, add: Add): void {
  const band = random.weighted(VICTIM_AGE_BANDS[profile.victimAges]);
  const age = victimAge(random, band);
  const rescuedOn = clamp(random.chance(0.7) ? openedOn : addDays(openedOn, random.int(1, 3)));
  const sex = random.chance(profile.femaleVictims) ? 'F' : 'M';
  const nationality = random.chance(VICTIM_FOREIGN_SHARE) ? random.weighted(FOREIGN_VICTIM_NATIONALITIES) : 'KHM';
  const victimPath = `${CASES_PATH}/{case}/victims`;
  add(rescuedOn, 1, {
    step: 'rescue-victim',
    method: 'POST',
    path: victimPath,
    subject: key,
    binds: { key, field: 'victimId' },
    body: {
      sex,
      ...ageFields(random, age, rescuedOn, 'ageAtRescue'),
      nationality,
      exploitationType: random.weighted(profile.exploitation),
      rescuedOn,
      ...(random.chance(0.85) ? { personal: { fullName: syntheticFullName(random) } } : {}),
    },
  });
  // Every victim of a finished case has been handed over; some of a still open case wait.
  if (outcome === 'open' && random.chance(0.3)) return;
  const handedOverOn = clamp(addDays(rescuedOn, random.chance(0.5) ? 0 : random.int(1, 5)));
  const socialAffairs = random.chance(SOCIAL_AFFAIRS_SHARE[band]);
  add(handedOverOn, 2, {
    step: 'hand-over-victim',
    method: 'POST',
    path: `${victimPath}/{${key}}/hand-over`,
    subject: key,
    body: socialAffairs
      ? { destination: 'social_affairs', handedOverOn, organisation: `${provinceByCode(province)!.name} Department of Social Affairs` }
      : { destination: 'family', handedOverOn },
  });
}

function planSuspects(random: SeededRandom, profile: OffenceProfile, outcome: CaseOutcome, openedOn: string, clamp: Clamp, add: Add): SuspectPlan[] {
  // A closed case was often closed because nobody could be found.
  const count = outcome === 'closed' && random.chance(0.5) ? 0 : 1 + random.poisson(Math.max(0, profile.suspectsPerCase - 1 + 0.15));
  const suspects: SuspectPlan[] = [];
  for (let s = 1; s <= count; s++) {
    const key = `S${s}`;
    const identifiedOn = clamp(random.chance(0.7) ? openedOn : addDays(openedOn, random.int(1, 10)));
    const minor = random.chance(SUSPECT_MINOR_SHARE);
    const age = minor ? random.int(15, 17) : random.chance(0.75) ? random.int(18, 45) : random.int(46, 68);
    const suspectPath = `${CASES_PATH}/{case}/suspects`;
    add(identifiedOn, 1, {
      step: 'identify-suspect',
      method: 'POST',
      path: suspectPath,
      subject: key,
      binds: { key, field: 'suspectId' },
      body: {
        sex: random.chance(SUSPECT_FEMALE_SHARE) ? 'F' : 'M',
        ...ageFields(random, age, identifiedOn, 'ageAtIdentification'),
        nationality: random.chance(SUSPECT_FOREIGN_SHARE) ? random.weighted(FOREIGN_SUSPECT_NATIONALITIES) : 'KHM',
        identifiedOn,
        ...(random.chance(0.9) ? { personal: { fullName: syntheticFullName(random) } } : {}),
      },
    });
    const suspect: SuspectPlan = { key, identifiedOn };
    suspects.push(suspect);
    // Forwarding needs someone under arrest, closing needs nobody under arrest.
    const arrested = outcome === 'forwarded' ? s === 1 || random.chance(0.9) : outcome === 'open' ? random.chance(0.5) : random.chance(0.4);
    if (!arrested) continue;
    suspect.arrestedOn = clamp(random.chance(0.6) ? identifiedOn : addDays(identifiedOn, random.int(1, 4)));
    add(suspect.arrestedOn, 2, { step: 'arrest-suspect', method: 'POST', path: `${suspectPath}/{${key}}/arrest`, subject: key, body: { arrestedOn: suspect.arrestedOn } });
    const released = outcome === 'closed' || (outcome === 'forwarded' && s > 1 && random.chance(0.05));
    if (!released) continue;
    suspect.releasedOn = clamp(addDays(suspect.arrestedOn, random.int(1, 2)));
    add(suspect.releasedOn, 3, {
      step: 'release-suspect',
      method: 'POST',
      path: `${suspectPath}/{${key}}/release`,
      subject: key,
      body: { releasedOn: suspect.releasedOn, reason: outcome === 'closed' ? random.pick(['insufficient_evidence', 'detention_time_limit'] as const) : 'not_involved' },
    });
  }
  return suspects;
}

function closureReason(random: SeededRandom, suspects: readonly SuspectPlan[]): ClosureReason {
  if (suspects.length === 0) return random.chance(0.8) ? 'suspects_not_found' : 'no_offence_established';
  if (suspects.some((s) => s.arrestedOn)) return 'insufficient_evidence';
  return random.weighted<ClosureReason>([
    ['suspects_not_found', 3],
    ['insufficient_evidence', 2],
    ['transferred_to_other_unit', 1],
  ]);
}
