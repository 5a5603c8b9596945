/**
 * Test fixture: a simple model of police cases, written from the rules in docs (not from the
 * decider), for the model-based suite. It says whether a step is accepted and what the case
 * looks like after it, and counts the law-enforcement figures from the cases it holds.
 */

export type Band = 'under_15' | '15_17' | '18_plus';
export type Age = { years: number } | { birthDate: string };

export interface ModelSuspect {
  sex: 'F' | 'M';
  nationality: string;
  age: Age;
  identifiedOn: string;
  arrestedOn: string | null;
  releasedOn: string | null;
  firstArrest: { on: string; band: Band } | null;
}

export interface ModelVictim {
  rescuedOn: string;
  band: Band;
  handedOverTo: string | null;
}

export interface ModelCase {
  status: 'not_opened' | 'open' | 'forwarded' | 'closed';
  unit: string | null;
  openedOn: string | null;
  principalOffence: string | null;
  offences: string[];
  suspects: Map<string, ModelSuspect>;
  victims: Map<string, ModelVictim>;
  closedOn: string | null;
  closureReason: string | null;
}

export type Step =
  | { type: 'open'; unit: string; unitProvince: string | null; province: string; actorUnit: string; offences: string[]; on: string }
  | { type: 'addOffence'; offence: string; on: string }
  | { type: 'identify'; id: string; sex: 'F' | 'M'; nationality: string; age: Age; on: string }
  | { type: 'arrest'; id: string; on: string }
  | { type: 'release'; id: string; on: string }
  | { type: 'rescue'; id: string; age: Age; on: string }
  | { type: 'handOver'; id: string; destination: string; on: string }
  | { type: 'forward'; on: string }
  | { type: 'close'; reason: string; on: string }
  | { type: 'reopen'; on: string };

export const FIRST_DATE = '2000-01-01';
export const MAX_AGE = 120;

export function emptyCase(): ModelCase {
  return { status: 'not_opened', unit: null, openedOn: null, principalOffence: null, offences: [], suspects: new Map(), victims: new Map(), closedOn: null, closureReason: null };
}

/** Whole years from `from` to `to` (a birthday counts on the day; 29 February on 1 March). */
export function wholeYears(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

function band(years: number): Band {
  return years < 15 ? 'under_15' : years < 18 ? '15_17' : '18_plus';
}

/** An age in years is taken as given; a birth date gives the age on the day. */
export function bandOn(age: Age, on: string): Band {
  return 'years' in age ? band(age.years) : band(wholeYears(age.birthDate, on));
}

function validAge(age: Age, on: string): boolean {
  if ('years' in age) return Number.isInteger(age.years) && age.years >= 0 && age.years <= MAX_AGE;
  return age.birthDate <= on && wholeYears(age.birthDate, on) <= MAX_AGE;
}

/**
 * Applies a step to the model: the case after it, or null when the rules refuse it (`today` is
 * the Cambodian date of the command's `now`).
 */
export function applyStep(c: ModelCase, step: Step, today: string): ModelCase | null {
  const inRange = step.on >= FIRST_DATE && step.on <= today;
  if (!inRange) return null;
  const notBeforeOpening = c.openedOn !== null && step.on >= c.openedOn;
  if (step.type === 'open') {
    const ok =
      c.status === 'not_opened' &&
      step.actorUnit === step.unit &&
      (step.unitProvince === null || step.unitProvince === step.province) &&
      step.offences.length > 0 &&
      new Set(step.offences).size === step.offences.length;
    return ok ? { ...emptyCase(), status: 'open', unit: step.unit, openedOn: step.on, principalOffence: step.offences[0], offences: [...step.offences] } : null;
  }
  if (step.type === 'reopen') {
    return c.status === 'closed' && step.on >= c.closedOn! ? { ...c, status: 'open', closedOn: null, closureReason: null } : null;
  }
  if (c.status !== 'open') return null;
  switch (step.type) {
    case 'addOffence':
      return notBeforeOpening && !c.offences.includes(step.offence) ? { ...c, offences: [...c.offences, step.offence] } : null;
    case 'identify': {
      if (c.suspects.has(step.id) || !notBeforeOpening || !validAge(step.age, step.on)) return null;
      const suspect: ModelSuspect = { sex: step.sex, nationality: step.nationality, age: step.age, identifiedOn: step.on, arrestedOn: null, releasedOn: null, firstArrest: null };
      return { ...c, suspects: new Map(c.suspects).set(step.id, suspect) };
    }
    case 'arrest': {
      const s = c.suspects.get(step.id);
      if (!s || (s.arrestedOn !== null && s.releasedOn === null)) return null;
      if (!notBeforeOpening || step.on < s.identifiedOn || (s.releasedOn !== null && step.on < s.releasedOn)) return null;
      const firstArrest = s.firstArrest ?? { on: step.on, band: bandOn(s.age, step.on) };
      return { ...c, suspects: new Map(c.suspects).set(step.id, { ...s, arrestedOn: step.on, releasedOn: null, firstArrest }) };
    }
    case 'release': {
      const s = c.suspects.get(step.id);
      if (!s || s.arrestedOn === null || s.releasedOn !== null || step.on < s.arrestedOn) return null;
      return { ...c, suspects: new Map(c.suspects).set(step.id, { ...s, releasedOn: step.on }) };
    }
    case 'rescue':
      if (c.victims.has(step.id) || !notBeforeOpening || !validAge(step.age, step.on)) return null;
      return { ...c, victims: new Map(c.victims).set(step.id, { rescuedOn: step.on, band: bandOn(step.age, step.on), handedOverTo: null }) };
    case 'handOver': {
      const v = c.victims.get(step.id);
      if (!v || v.handedOverTo !== null || step.on < v.rescuedOn) return null;
      return { ...c, victims: new Map(c.victims).set(step.id, { ...v, handedOverTo: step.destination }) };
    }
    case 'forward': {
      const underArrest = [...c.suspects.values()].filter((s) => s.arrestedOn !== null && s.releasedOn === null);
      if (underArrest.length === 0 || !notBeforeOpening || underArrest.some((s) => step.on < s.arrestedOn!)) return null;
      return { ...c, status: 'forwarded' };
    }
    case 'close': {
      const underArrest = [...c.suspects.values()].some((s) => s.arrestedOn !== null && s.releasedOn === null);
      return notBeforeOpening && !underArrest ? { ...c, status: 'closed', closedOn: step.on, closureReason: step.reason } : null;
    }
  }
}

/** The law-enforcement total row of a year, counted from the model's cases. */
export function modelTotals(cases: readonly ModelCase[], year: number) {
  const inYear = (date: string | null) => date !== null && Number(date.slice(0, 4)) === year;
  const counted = cases.filter((c) => c.status !== 'not_opened' && !(c.status === 'closed' && c.closureReason === 'recorded_in_error'));
  const victims = counted.flatMap((c) => [...c.victims.values()]).filter((v) => inYear(v.rescuedOn));
  const arrested = counted.flatMap((c) => [...c.suspects.values()]).filter((s) => inYear(s.firstArrest?.on ?? null));
  const foreign = arrested.filter((s) => s.nationality !== 'KHM');
  const victimsTo = (destination: string | null) => victims.filter((v) => v.handedOverTo === destination).length;
  const figures = {
    cases: counted.filter((c) => inYear(c.openedOn)).length,
    victims: victims.length,
    victimsUnder15: victims.filter((v) => v.band === 'under_15').length,
    victims15To17: victims.filter((v) => v.band === '15_17').length,
    victims18Plus: victims.filter((v) => v.band === '18_plus').length,
    victimsToSocialAffairs: victimsTo('social_affairs'),
    victimsToFamily: victimsTo('family'),
    victimsToPartnerOrganisation: victimsTo('partner_organisation'),
    victimsNotHandedOver: victimsTo(null),
    suspectsArrested: arrested.length,
    suspectsFemale: arrested.filter((s) => s.sex === 'F').length,
    suspectsMinor: arrested.filter((s) => s.firstArrest!.band !== '18_plus').length,
    suspectsForeign: foreign.length,
  };
  const nationalities: Record<string, number> = {};
  for (const s of foreign) nationalities[s.nationality] = (nationalities[s.nationality] ?? 0) + 1;
  return { figures, nationalities };
}
