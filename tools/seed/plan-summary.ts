import { AGE_BANDS, ageBandAt, isForeignNationality, isMinor, type AgeBand } from '@casetrail/kernel';
import { HAND_OVER_DESTINATIONS, type HandOverDestination } from '@casetrail/enforcement-contracts';
import type { PlannedCall, PlannedCase, YearPlan } from './year-plan';

/** Counts of what a plan entered (or would enter): no personal data, only facts and codes. */
export interface PlanSummary {
  cases: { opened: number; forwarded: number; closed: number; open: number };
  suspects: {
    identified: number;
    arrested: number;
    arrestedFemale: number;
    arrestedMinors: number;
    arrestedForeigners: number;
    /** Arrested foreigners per nationality code. */
    foreignNationalities: Record<string, number>;
    released: number;
  };
  victims: {
    rescued: number;
    female: number;
    byAgeBand: Record<AgeBand, number>;
    handedOver: Record<HandOverDestination, number>;
  };
  /** What the court tables of the plan's year should show (totals; definitions in docs/statistics.md). */
  court: CourtSummary;
  /** What the protection context records for the victims handed over to social affairs (II.D). */
  protection: ProtectionSummary;
  calls: number;
}

export interface ProtectionSummary {
  /** Protection cases found opened by the hand-over reactor. */
  casesReceived: number;
  /** Persons registered directly, per reception channel. */
  registered: Record<string, number>;
  consents: number;
  consentsRefused: number;
  referrals: number;
  shelterAdmissions: number;
  /** Admissions sent by a partner organisation (the rest by the provincial departments). */
  sentByPartner: number;
  shelterDepartures: number;
  services: number;
  claims: number;
  awards: number;
  /** Minor units per currency, awarded and received on the claims the seed files (not the court's). */
  awarded: Record<string, number>;
  moneyReceived: Record<string, number>;
  familyAssessments: number;
  integrations: number;
  integratedByPartner: number;
  followUps: number;
  /** Calls about protection accepted. */
  calls: number;
}

type Cells = { adultMale: number; adultFemale: number; minorMale: number; minorFemale: number };

export interface CourtSummary {
  /** §1: files at the prosecution stage in the year, the victims and persons charged by the prosecutor. */
  prosecution: {
    cases: number;
    submittedForInvestigation: number;
    retainedWithoutProcessing: number;
    submittedForTrial: number;
    processing: number;
    victims: Cells;
    charged: Cells;
  };
  /** §2: files at the investigation stage, their charged accused, in and out of pre-trial detention. */
  investigatingJudges: { cases: number; sentToTrial: number; dismissed: number; processing: number; accused: number; inJail: number; outOfJail: number };
  /** §3: files at trial, their charged accused by the outcome of their verdict (processing: none yet). */
  trial: {
    cases: number;
    accused: number;
    imprisonment: number;
    suspendedSentence: number;
    fine: number;
    acquittal: number;
    deferral: number;
    releasedOnBail: number;
    processing: number;
  };
  /** Victims awarded compensation (in no table). */
  compensated: number;
}

/** Whether a planned call was accepted; the default counts the whole plan. */
export type AcceptedCall = (caseIndex: number, callIndex: number) => boolean;
/** Whether a planned protection call (of the case's `personIndex`-th person handed over) was accepted. */
export type AcceptedProtectionCall = (caseIndex: number, personIndex: number, callIndex: number) => boolean;
/** Whether a call of a direct registration was accepted. */
export type AcceptedRegistrationCall = (registrationIndex: number, callIndex: number) => boolean;

export function summarisePlan(
  plan: YearPlan,
  accepted: AcceptedCall = () => true,
  acceptedProtection: AcceptedProtectionCall = () => true,
  acceptedRegistration: AcceptedRegistrationCall = () => true,
): PlanSummary {
  const summary: PlanSummary = {
    cases: { opened: 0, forwarded: 0, closed: 0, open: 0 },
    suspects: { identified: 0, arrested: 0, arrestedFemale: 0, arrestedMinors: 0, arrestedForeigners: 0, foreignNationalities: {}, released: 0 },
    victims: {
      rescued: 0,
      female: 0,
      byAgeBand: Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>,
      handedOver: Object.fromEntries(HAND_OVER_DESTINATIONS.map((d) => [d, 0])) as Record<HandOverDestination, number>,
    },
    court: emptyCourtSummary(),
    protection: emptyProtectionSummary(),
    calls: 0,
  };
  plan.cases.forEach((planned, caseIndex) => {
    summariseCourt(summary.court, planned, (callIndex) => accepted(caseIndex, callIndex));
    const identified = new Map<string, PlannedCall['body']>();
    let finished = false;
    planned.calls.forEach((call, callIndex) => {
      if (!accepted(caseIndex, callIndex)) return;
      summary.calls += 1;
      const body = call.body;
      switch (call.step) {
        case 'open-case':
          summary.cases.opened += 1;
          break;
        case 'identify-suspect':
          summary.suspects.identified += 1;
          identified.set(call.subject!, body);
          break;
        case 'arrest-suspect': {
          const suspect = identified.get(call.subject!)!;
          const nationality = String(suspect['nationality']);
          summary.suspects.arrested += 1;
          if (suspect['sex'] === 'F') summary.suspects.arrestedFemale += 1;
          if (isMinor(bandOf(suspect, 'ageAtIdentification', 'identifiedOn'))) summary.suspects.arrestedMinors += 1;
          if (isForeignNationality(nationality)) {
            summary.suspects.arrestedForeigners += 1;
            summary.suspects.foreignNationalities[nationality] = (summary.suspects.foreignNationalities[nationality] ?? 0) + 1;
          }
          break;
        }
        case 'release-suspect':
          summary.suspects.released += 1;
          break;
        case 'rescue-victim':
          summary.victims.rescued += 1;
          if (body['sex'] === 'F') summary.victims.female += 1;
          summary.victims.byAgeBand[bandOf(body, 'ageAtRescue', 'rescuedOn')] += 1;
          break;
        case 'hand-over-victim':
          summary.victims.handedOver[body['destination'] as HandOverDestination] += 1;
          break;
        case 'forward-to-prosecutor':
          summary.cases.forwarded += 1;
          finished = true;
          break;
        case 'close-without-forwarding':
          summary.cases.closed += 1;
          finished = true;
          break;
      }
    });
    if (accepted(caseIndex, 0) && !finished) summary.cases.open += 1;
    (planned.protection ?? []).forEach((person, personIndex) =>
      summariseProtection(summary.protection, person.calls, (callIndex) => acceptedProtection(caseIndex, personIndex, callIndex)),
    );
  });
  (plan.registrations ?? []).forEach((registration, index) =>
    summariseProtection(summary.protection, registration.protection.calls, (callIndex) => acceptedRegistration(index, callIndex)),
  );
  return summary;
}

function emptyProtectionSummary(): ProtectionSummary {
  return {
    casesReceived: 0,
    registered: {},
    consents: 0,
    consentsRefused: 0,
    referrals: 0,
    shelterAdmissions: 0,
    sentByPartner: 0,
    shelterDepartures: 0,
    services: 0,
    claims: 0,
    awards: 0,
    awarded: {},
    moneyReceived: {},
    familyAssessments: 0,
    integrations: 0,
    integratedByPartner: 0,
    followUps: 0,
    calls: 0,
  };
}

const isPartner = (organisation: unknown) => String(organisation).startsWith('ngo-');
const addMoney = (totals: Record<string, number>, body: PlannedCall['body']) => {
  const currency = String(body['currency']);
  totals[currency] = (totals[currency] ?? 0) + Number(body['amount']);
};

function summariseProtection(p: ProtectionSummary, calls: readonly PlannedCall[], accepted: (callIndex: number) => boolean): void {
  calls.forEach((call, callIndex) => {
    if (!accepted(callIndex)) return;
    p.calls += 1;
    const body = call.body;
    switch (call.step) {
      case 'receive-protection-case':
        p.casesReceived += 1;
        break;
      case 'register-protection-case': {
        const channel = String(body['channel']);
        p.registered[channel] = (p.registered[channel] ?? 0) + 1;
        break;
      }
      case 'record-consent':
        p.consents += 1;
        if ((body['sharing'] as unknown[]).length === 0) p.consentsRefused += 1;
        break;
      case 'refer-case':
        p.referrals += 1;
        break;
      case 'admit-to-shelter':
        p.shelterAdmissions += 1;
        if (isPartner(body['sentBy'])) p.sentByPartner += 1;
        break;
      case 'record-shelter-departure':
        p.shelterDepartures += 1;
        break;
      case 'record-service':
        p.services += 1;
        break;
      case 'file-compensation-claim':
        p.claims += 1;
        break;
      case 'record-compensation-award':
        p.awards += 1;
        addMoney(p.awarded, body);
        break;
      case 'record-compensation-received':
        addMoney(p.moneyReceived, body);
        break;
      case 'assess-family':
        p.familyAssessments += 1;
        break;
      case 'integrate-person':
        p.integrations += 1;
        if (isPartner(body['integratedBy'])) p.integratedByPartner += 1;
        break;
      case 'record-follow-up-visit':
        p.followUps += 1;
        break;
    }
  });
}

const zeroCells = (): Cells => ({ adultMale: 0, adultFemale: 0, minorMale: 0, minorFemale: 0 });

function emptyCourtSummary(): CourtSummary {
  return {
    prosecution: { cases: 0, submittedForInvestigation: 0, retainedWithoutProcessing: 0, submittedForTrial: 0, processing: 0, victims: zeroCells(), charged: zeroCells() },
    investigatingJudges: { cases: 0, sentToTrial: 0, dismissed: 0, processing: 0, accused: 0, inJail: 0, outOfJail: 0 },
    trial: { cases: 0, accused: 0, imprisonment: 0, suspendedSentence: 0, fine: 0, acquittal: 0, deferral: 0, releasedOnBail: 0, processing: 0 },
    compensated: 0,
  };
}

function addCell(cells: Cells, band: AgeBand, sex: unknown): void {
  cells[`${isMinor(band) ? 'minor' : 'adult'}${sex === 'F' ? 'Female' : 'Male'}`] += 1;
}

const VERDICT_FIGURE = {
  imprisonment: 'imprisonment',
  suspended_sentence: 'suspendedSentence',
  fine: 'fine',
  acquittal: 'acquittal',
  deferral: 'deferral',
  released_on_bail: 'releasedOnBail',
} as const;

/**
 * A planned case's court file as the three tables of the plan's year count it. Every court date
 * of the plan is inside the year, so each stage the file reached counts once: its decision when
 * planned, else processing; all its victims (band at the rescue); every accused charged (band at
 * the charge); in jail those with a detention order; at trial the outcome of each accused's last
 * verdict.
 */
function summariseCourt(court: CourtSummary, planned: PlannedCase, accepted: (callIndex: number) => boolean): void {
  const bodies = new Map<string, PlannedCall['body']>();
  const charged = new Set<string>();
  const detained = new Set<string>();
  const verdicts = new Map<string, string>();
  let received = false;
  let action: string | null = null;
  let closing: string | null = null;
  planned.calls.forEach((call, callIndex) => {
    if (call.step === 'identify-suspect' || call.step === 'rescue-victim') bodies.set(call.subject!, call.body);
    if (!accepted(callIndex)) return;
    switch (call.step) {
      case 'receive-court-file':
        received = true;
        for (const [, policeKey] of call.reception!.aliases) {
          const victim = bodies.get(policeKey)!;
          if (policeKey.startsWith('V')) addCell(court.prosecution.victims, bandOf(victim, 'ageAtRescue', 'rescuedOn'), victim['sex']);
        }
        break;
      case 'charge-person': {
        const suspect = bodies.get(call.subject!)!;
        const chargedOn = String(call.body['chargedOn']);
        charged.add(call.subject!);
        addCell(court.prosecution.charged, typeof suspect['ageAtIdentification'] === 'number' ? ageBandAt(suspect['ageAtIdentification'], chargedOn) : ageBandAt(String(suspect['birthDate']), chargedOn), suspect['sex']);
        break;
      }
      case 'decide-prosecution':
        action = String(call.body['action']);
        break;
      case 'order-detention':
        detained.add(call.subject!);
        break;
      case 'issue-closing-order':
        closing = String(call.body['outcome']);
        break;
      case 'deliver-verdict':
        verdicts.set(call.subject!, String(call.body['outcome']));
        break;
      case 'award-compensation':
        court.compensated += 1;
        break;
    }
  });
  if (!received) return;
  const p = court.prosecution;
  p.cases += 1;
  if (action === 'submitted_for_investigation') p.submittedForInvestigation += 1;
  else if (action === 'retained_without_processing') p.retainedWithoutProcessing += 1;
  else if (action === 'submitted_for_trial') p.submittedForTrial += 1;
  else p.processing += 1;
  if (action === 'submitted_for_investigation') {
    const ij = court.investigatingJudges;
    ij.cases += 1;
    if (closing === 'sent_to_trial') ij.sentToTrial += 1;
    else if (closing === 'dismissed') ij.dismissed += 1;
    else ij.processing += 1;
    ij.accused += charged.size;
    ij.inJail += [...charged].filter((k) => detained.has(k)).length;
    ij.outOfJail += [...charged].filter((k) => !detained.has(k)).length;
  }
  if (action === 'submitted_for_trial' || closing === 'sent_to_trial') {
    const t = court.trial;
    t.cases += 1;
    t.accused += charged.size;
    for (const k of charged) {
      const outcome = verdicts.get(k) as keyof typeof VERDICT_FIGURE | undefined;
      if (outcome) t[VERDICT_FIGURE[outcome]] += 1;
      else t.processing += 1;
    }
  }
}

function bandOf(body: PlannedCall['body'], ageField: string, dateField: string): AgeBand {
  const age = body[ageField];
  return ageBandAt(typeof age === 'number' ? age : String(body['birthDate']), String(body[dateField]));
}

/** The summary as a few readable lines (for the terminal). */
export function formatSummary(summary: PlanSummary): string {
  const s = summary.suspects;
  const v = summary.victims;
  const nationalities = Object.entries(s.foreignNationalities)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    `cases     ${summary.cases.opened} opened: ${summary.cases.forwarded} forwarded, ${summary.cases.closed} closed, ${summary.cases.open} still open`,
    `suspects  ${s.identified} identified, ${s.arrested} arrested (${s.arrestedFemale} female, ${s.arrestedMinors} minors, ${s.arrestedForeigners} foreigners${nationalities ? `: ${nationalities}` : ''}), ${s.released} released`,
    `victims   ${v.rescued} rescued (${v.female} female): ${v.byAgeBand.under_15} under 15, ${v.byAgeBand['15_17']} aged 15-17, ${v.byAgeBand['18_plus']} aged 18+`,
    `hand-over ${Object.entries(v.handedOver).map(([d, n]) => `${d} ${n}`).join(', ')}`,
    ...formatCourt(summary.court),
    ...formatProtection(summary.protection),
  ].join('\n');
}

const money = (totals: Record<string, number>) =>
  Object.entries(totals)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => `${currency} ${(minor / 100).toFixed(2)}`)
    .join(', ') || 'none';

const registered = (byChannel: Record<string, number>) => {
  const total = Object.values(byChannel).reduce((a, b) => a + b, 0);
  const channels = Object.entries(byChannel).sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => `${c} ${n}`).join(', ');
  return `${total} registered directly${channels ? ` (${channels})` : ''}`;
};

/** What the protection context then holds for the victims handed over to social affairs and the persons registered directly. */
function formatProtection(p: ProtectionSummary): string[] {
  return [
    `protection   ${p.casesReceived} cases received from the police, ${registered(p.registered)}: ${p.consents} consents (${p.consentsRefused} refusing any sharing), ${p.referrals} referrals to a partner`,
    `             ${p.shelterAdmissions} shelter admissions (${p.sentByPartner} sent by partners, ${p.shelterAdmissions - p.sentByPartner} by departments), ${p.shelterDepartures} departures, ${p.services} services`,
    `             ${p.claims} claims filed by hand, ${p.awards} awarded (${money(p.awarded)}), received ${money(p.moneyReceived)}`,
    `             ${p.familyAssessments} family assessments, ${p.integrations} integrations (${p.integratedByPartner} by partners, ${p.integrations - p.integratedByPartner} by departments), ${p.followUps} follow-up visits`,
  ];
}

const cellsText = (c: Cells) => `adults ${c.adultMale} M ${c.adultFemale} F, minors ${c.minorMale} M ${c.minorFemale} F`;

/** The court figures the statistics tables of the year should then show. */
function formatCourt(court: CourtSummary): string[] {
  const p = court.prosecution;
  const ij = court.investigatingJudges;
  const t = court.trial;
  const victims = p.victims.adultMale + p.victims.adultFemale + p.victims.minorMale + p.victims.minorFemale;
  const charged = p.charged.adultMale + p.charged.adultFemale + p.charged.minorMale + p.charged.minorFemale;
  return [
    `prosecution  ${p.cases} files: ${p.submittedForInvestigation} submitted for investigation, ${p.retainedWithoutProcessing} retained without processing, ${p.submittedForTrial} submitted for trial, ${p.processing} processing`,
    `             ${victims} victims (${cellsText(p.victims)}); ${charged} charged (${cellsText(p.charged)})`,
    `investigation ${ij.cases} files: ${ij.sentToTrial} sent to trial, ${ij.dismissed} dismissed, ${ij.processing} processing; ${ij.accused} accused, ${ij.inJail} in jail, ${ij.outOfJail} out of jail`,
    `trial        ${t.cases} files, ${t.accused} accused: ${t.imprisonment} imprisonment, ${t.suspendedSentence} suspended, ${t.fine} fine, ${t.acquittal} acquitted, ${t.deferral} deferred, ${t.releasedOnBail} on bail, ${t.processing} processing; ${court.compensated} victims compensated`,
  ];
}
