import { ageBandAt, entryPointByCode, isMinor } from '@casetrail/kernel';
import { DEFAULT_FOLLOW_UP_SCHEDULE_MONTHS, departmentOfProvince, organisationByCode, type SharingPurpose } from '@casetrail/protection-contracts';
import { addDays, addMonths, birthDateForAge, daysBetween, maxDate } from './calendar';
import type { SeededRandom } from './seeded-random';
import { syntheticFullName } from './synthetic-names';
import { PROTECTION_CASES_PATH, type PlannedActor, type PlannedCall, type PlannedProtection, type PlannedStep } from './year-plan';
import {
  AIRPORTS,
  CLAIM_SHARE,
  CLAIM_SUPPORTERS,
  CONSENT_REFUSED_SHARE,
  DEPARTMENT_SHELTERS,
  FAMILY_ASSESSED_SHARE,
  FAMILY_ASSESSMENT_WEIGHTS,
  FOLLOW_UP_MADE_SHARE,
  FOLLOW_UP_OUTCOME_WEIGHTS,
  INTEGRATED_BY_PARTNER_SHARE,
  INTEGRATION_SHARE,
  JUDICIAL_POLICE_NATIONALITIES,
  OVERSEAS_EXPLOITATION,
  RECEIVING_PARTNERS,
  REGISTRATION_KINDS,
  REGISTRATION_PERSONS,
  RETURNED_FROM,
  SERVICE_WEIGHTS,
  SHELTER_PARTNERS,
  SHELTER_SENT_BY_PARTNER_SHARE,
  SHELTER_SHARE,
} from './year-profile';

/** A victim the police hand over to social affairs: the protection case the reactor opens for them. */
export interface HandedOverVictim {
  /** The police victim key (`V1`). */
  key: string;
  /** The body the police rescued them with (sex, age or birth date, rescuedOn, exploitation type). */
  rescue: Record<string, unknown>;
  handedOverOn: string;
  /** The police case's province: the case's, and its department's. */
  province: string;
  /** The court of this system awards this victim compensation: its reactor files that claim, the seed none. */
  awardedInCourt: boolean;
  /** Last day any call may carry. */
  last: string;
}

/** Purposes a person agrees to share their file with a partner for. */
const SHARING: SharingPurpose[] = ['case_management', 'shelter', 'services', 'reintegration', 'follow_up'];

/**
 * Plans what social affairs and the partners record for a victim after the hand-over (report II.D
 * proportions, year-profile.ts): the case the hand-over reactor opens (awaited), the consent (a
 * guardian's for a child; some refuse any sharing), a referral to a partner that runs a shelter
 * (which then sends the person to its shelter) or a stay the department arranges, services, a
 * compensation claim with its award and receipts, the family assessment, the shelter departure,
 * the integration (by the partner or the department) and the follow-up visits its schedule makes
 * due. A step dated after `last` is not planned, nor what would follow it. Each call goes as the
 * organisation that does the step: the department's social worker, or the partner's worker.
 */
export function planProtection(random: SeededRandom, victim: HandedOverVictim): PlannedProtection {
  const { key, province, last } = victim;
  const socialWorker: PlannedActor = { role: 'social_worker', unit: departmentOfProvince(province), provinces: [province] };
  const casePath = `${PROTECTION_CASES_PATH}/{${key}}`;
  const receive: PlannedCall = { step: 'receive-protection-case', method: 'GET', path: casePath, body: {}, subject: key, actor: socialWorker, awaitsReactor: true };
  const minor = isMinor(ageBandAt(typeof victim.rescue['ageAtRescue'] === 'number' ? victim.rescue['ageAtRescue'] : String(victim.rescue['birthDate']), String(victim.rescue['rescuedOn'])));
  return planFollowOn(random, { key, province, receivedOn: victim.handedOverOn, minor, awardedInCourt: victim.awardedInCourt, last }, receive);
}

/** A person social affairs follows from the day they were received. */
interface FollowedPerson {
  /** The placeholder key of the person id (`V1` for a victim the police handed over, `P` for a registration). */
  key: string;
  province: string;
  receivedOn: string;
  /** A child at reception: consent is the guardian's. */
  minor: boolean;
  /** A court of this system awards them compensation: no claim filed by hand. */
  awardedInCourt: boolean;
  /** The partner the person was handed to on reception (referred to it that day), if any. */
  handedTo?: string;
  last: string;
}

/** What follows the reception (its first call, `opening`): see `planProtection`. */
function planFollowOn(random: SeededRandom, person: FollowedPerson, opening: PlannedCall): PlannedProtection {
  const { key, province, last } = person;
  const received = person.receivedOn;
  const department = departmentOfProvince(province);
  const socialWorker: PlannedActor = { role: 'social_worker', unit: department, provinces: [province] };
  const workerOf = (organisation: string): PlannedActor =>
    organisation === department ? socialWorker : { role: 'partner_worker', unit: organisation, provinces: ['*'] };
  const within = (date: string) => (date <= last ? date : null);
  const casePath = `${PROTECTION_CASES_PATH}/{${key}}`;
  const pending: Array<{ date: string; rank: number; call: PlannedCall }> = [];
  const add = (date: string, rank: number, step: PlannedStep, suffix: string, body: Record<string, unknown>, actor: PlannedActor, extra: Partial<PlannedCall> = {}) =>
    pending.push({ date, rank, call: { step, method: 'POST', path: `${casePath}/${suffix}`, body, subject: key, actor, ...extra } });

  pending.push({ date: received, rank: 0, call: opening });

  // A partner that runs a shelter takes the person in (the report's "sent by partner organisations"),
  // or the department sends them to a shelter itself, or the person stays with neither.
  const sheltered = random.chance(SHELTER_SHARE);
  const partner = sheltered && random.chance(SHELTER_SENT_BY_PARTNER_SHARE) ? random.weighted(SHELTER_PARTNERS) : null;
  const consentOn = within(addDays(received, random.int(0, 2)));
  if (consentOn === null) return done(key, pending);
  const refused = random.chance(CONSENT_REFUSED_SHARE);
  // With the partners that take the person in, else with the department that follows the case.
  const sharedWith = [...new Set([person.handedTo, partner ?? (person.handedTo ? null : department)].filter((o): o is string => !!o))];
  add(consentOn, 1, 'record-consent', 'consent', {
    givenBy: person.minor ? 'guardian' : 'person',
    recordedOn: consentOn,
    sharing: refused ? [] : sharedWith.map((organisation) => ({ organisation, purposes: SHARING })),
  }, socialWorker);
  // Refusing consent never blocks a service: the partner still takes the person in, without their data.
  let floor = consentOn;
  if (person.handedTo) add(received, 1, 'refer-case', 'referrals', { organisation: person.handedTo, referredOn: received, purpose: 'case_management' }, socialWorker);
  if (partner) {
    const referredOn = within(addDays(consentOn, random.int(0, 3)));
    if (referredOn === null) return done(key, pending);
    add(referredOn, 2, 'refer-case', 'referrals', { organisation: partner, referredOn, purpose: 'shelter' }, socialWorker);
    floor = referredOn;
  }

  // The organisation that looks after the person: the partner, else the department.
  const carer = partner ?? department;
  let admittedOn: string | null = null;
  if (sheltered) {
    admittedOn = within(addDays(floor, random.int(0, 4)));
    if (admittedOn !== null) {
      const shelter = partner ?? random.weighted(DEPARTMENT_SHELTERS);
      add(admittedOn, 3, 'admit-to-shelter', 'shelter/admission', { shelter, admittedOn, sentBy: carer }, workerOf(partner ?? department));
    }
  }

  const serviceCount = random.int(1, 3);
  for (let s = 0; s < serviceCount; s++) {
    const deliveredOn = within(addDays(admittedOn ?? floor, random.int(0, 60)));
    if (deliveredOn === null) continue;
    add(deliveredOn, 4, 'record-service', 'services', { service: random.weighted(SERVICE_WEIGHTS), organisation: carer, deliveredOn }, workerOf(carer));
  }

  if (!person.awardedInCourt && random.chance(CLAIM_SHARE)) planClaim(random, key, floor, last, socialWorker, add);

  // Family assessment, then (a suitable family) the departure from the shelter and the integration.
  let departedOn: string | null = null;
  if (random.chance(FAMILY_ASSESSED_SHARE)) {
    const assessedOn = within(addDays(admittedOn ?? floor, random.int(20, 120)));
    if (assessedOn !== null) {
      const outcome = random.weighted(FAMILY_ASSESSMENT_WEIGHTS);
      add(assessedOn, 5, 'assess-family', 'family-assessment', { assessedOn, outcome, assessedBy: carer }, workerOf(carer));
      if (outcome !== 'not_suitable' && random.chance(INTEGRATION_SHARE)) {
        // Partners take in SHELTER_SHARE × SHELTER_SENT_BY_PARTNER_SHARE of the persons; they integrate INTEGRATED_BY_PARTNER_SHARE of all.
        const integrator = partner && random.chance(INTEGRATED_BY_PARTNER_SHARE / (SHELTER_SHARE * SHELTER_SENT_BY_PARTNER_SHARE)) ? partner : department;
        if (admittedOn !== null) {
          departedOn = within(addDays(assessedOn, random.int(0, 10)));
          if (departedOn !== null) add(departedOn, 6, 'record-shelter-departure', 'shelter/departure', { departedOn, reason: 'integrated' }, workerOf(partner ?? department));
        }
        const integratedOn = admittedOn !== null && departedOn === null ? null : within(addDays(maxDate(assessedOn, departedOn ?? assessedOn), random.int(0, 7)));
        if (integratedOn !== null) {
          add(integratedOn, 7, 'integrate-person', 'integration', { integratedBy: integrator, integratedOn, province }, workerOf(integrator));
          planFollowUps(random, integrator, integratedOn, last, workerOf(integrator), add);
        }
        return done(key, pending);
      }
    }
  }
  // Not integrated in the year: some leave the shelter all the same.
  if (admittedOn !== null && random.chance(0.35)) {
    departedOn = within(addDays(admittedOn, random.int(30, 240)));
    if (departedOn !== null) {
      const reason = random.weighted([['returned_to_family', 3], ['transferred', 1], ['left_of_own_will', 1]] as const);
      add(departedOn, 6, 'record-shelter-departure', 'shelter/departure', { departedOn, reason }, workerOf(partner ?? department));
    }
  }
  return done(key, pending);
}

type Add = (date: string, rank: number, step: PlannedStep, suffix: string, body: Record<string, unknown>, actor: PlannedActor, extra?: Partial<PlannedCall>) => void;

/**
 * A claim a partner supported in a court outside this system (D.2's organisations and mean
 * amounts, in US cents): filed by the department's social worker, the award recorded by them, the
 * money received in one or two parts.
 */
function planClaim(random: SeededRandom, key: string, from: string, last: string, socialWorker: PlannedActor, add: Add): void {
  const claimKey = `claim${key}`;
  const supporter = random.weighted(CLAIM_SUPPORTERS);
  const filedOn = addDays(from, random.int(5, 60));
  if (filedOn > last) return;
  add(filedOn, 4, 'file-compensation-claim', 'claims', { supportingOrganisation: supporter.organisation, filedOn }, socialWorker, { binds: { key: claimKey, field: 'claimId' } });
  const awardedOn = addDays(filedOn, random.int(30, 150));
  if (awardedOn > last) return;
  const amount = Math.max(100, Math.round(supporter.meanUsd * (0.6 + 0.8 * random.next()))) * 100;
  add(awardedOn, 5, 'record-compensation-award', `claims/{${claimKey}}/award`, { amount, currency: 'USD', awardedOn }, socialWorker);
  const parts = random.chance(0.25) ? 2 : 1;
  let left = amount;
  let receivedOn = awardedOn;
  for (let p = 1; p <= parts; p++) {
    receivedOn = addDays(receivedOn, random.int(10, 60));
    if (receivedOn > last) return;
    const part = p === parts ? left : Math.round(left / 2);
    left -= part;
    add(receivedOn, 6, 'record-compensation-received', `claims/{${claimKey}}/receipts`, { amount: part, currency: 'USD', receivedOn }, socialWorker);
  }
}

/** The visits due on the integrating organisation's schedule within the year, most made, a few days off their date. */
function planFollowUps(random: SeededRandom, integrator: string, integratedOn: string, last: string, actor: PlannedActor, add: Add): void {
  const schedule = organisationByCode(integrator)?.followUpScheduleMonths ?? DEFAULT_FOLLOW_UP_SCHEDULE_MONTHS;
  let previous = integratedOn;
  for (const months of schedule) {
    const visitedOn = maxDate(previous, addDays(addMonths(integratedOn, months), random.int(-3, 10)));
    if (visitedOn > last) return;
    if (!random.chance(FOLLOW_UP_MADE_SHARE)) continue;
    add(visitedOn, 8, 'record-follow-up-visit', 'follow-ups', { visitedOn, outcome: random.weighted(FOLLOW_UP_OUTCOME_WEIGHTS), visitedBy: integrator }, actor);
    previous = visitedOn;
  }
}

/** The calls by date, then rank (a prerequisite on the same day first), then the order planned. */
function done(subject: string, pending: Array<{ date: string; rank: number; call: PlannedCall }>): PlannedProtection {
  const calls = pending
    .map((p, seq) => ({ ...p, seq }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank || a.seq - b.seq))
    .map((p) => p.call);
  return { subject, calls };
}

/**
 * A person social affairs receives directly (II.D.1, year-profile.ts): from overseas authorities at
 * an airport or a checkpoint, from judicial police, or identified among the workers repatriated
 * from Thailand; registered by the social worker of the province where they are received (the
 * entry point's; Phnom Penh for judicial police), handed to a partner when the report says so,
 * then followed as a victim handed over by the police is. The server makes the person id (`P`).
 */
export function planRegistration(random: SeededRandom, first: string, last: string): { province: string; channel: string; protection: PlannedProtection } {
  const kind = random.weighted(REGISTRATION_KINDS);
  const [sex, minor] = random.weighted(REGISTRATION_PERSONS[kind]);
  const age = minor ? random.int(10, 17) : random.int(18, 45);
  const receivedOn = addDays(first, random.int(0, daysBetween(first, last)));
  let body: Record<string, unknown>;
  let handedTo: string | undefined;
  if (kind === 'judicial_police') {
    body = { channel: 'judicial_police', province: 'phnom-penh', nationality: random.weighted(JUDICIAL_POLICE_NATIONALITIES), exploitationType: 'labour' };
    handedTo = random.weighted(RECEIVING_PARTNERS);
  } else if (kind === 'thai_repatriation') {
    const entryPoint = random.chance(0.5) ? 'poipet' : 'o-bei-choan';
    body = { channel: 'overseas_authorities', province: entryPointByCode(entryPoint)!.province, entryPoint, countryReturnedFrom: 'THA', nationality: 'KHM', exploitationType: random.chance(0.7) ? 'labour' : 'at_risk' };
    handedTo = random.weighted(RECEIVING_PARTNERS);
  } else {
    const country = random.weighted(RETURNED_FROM);
    const entryPoint = country === 'THA' ? 'poipet' : country === 'VNM' ? 'bavet' : random.weighted(AIRPORTS);
    body = { channel: 'overseas_authorities', province: entryPointByCode(entryPoint)!.province, entryPoint, countryReturnedFrom: country, nationality: 'KHM', exploitationType: random.weighted(OVERSEAS_EXPLOITATION) };
  }
  const province = String(body['province']);
  const register: PlannedCall = {
    step: 'register-protection-case',
    method: 'POST',
    path: PROTECTION_CASES_PATH,
    subject: 'P',
    binds: { key: 'P', field: 'personId' },
    actor: { role: 'social_worker', unit: departmentOfProvince(province), provinces: [province] },
    body: {
      ...body,
      receivedOn,
      sex,
      ...(random.chance(0.4) ? { birthDate: birthDateForAge(receivedOn, age, random.int(0, 363)) } : { ageInYears: age }),
      ...(random.chance(0.85) ? { personal: { fullName: syntheticFullName(random) } } : {}),
    },
  };
  const protection = planFollowOn(random, { key: 'P', province, receivedOn, minor, awardedInCourt: false, ...(handedTo ? { handedTo } : {}), last }, register);
  return { province, channel: String(body['channel']), protection };
}
