import { ageInYearsAt } from '@casetrail/kernel';
import { addDays, minDate } from './calendar';
import type { SeededRandom } from './seeded-random';
import { COURT_FILES_PATH, type CourtRole, type PlannedCall, type PlannedStep } from './year-plan';
import {
  CLOSING_ORDER_WEIGHTS,
  COMPENSATION_SHARE,
  JUDICIAL_SUPERVISION_SHARE,
  PRE_TRIAL_DETENTION_SHARE,
  PROSECUTION_ACTION_WEIGHTS,
  VERDICT_WEIGHTS,
} from './year-profile';

/** A person the police forward: its placeholder key and the body the police entered it with. */
export interface ForwardedPerson {
  key: string;
  body: Record<string, unknown>;
}

export interface ForwardedCase {
  /** `court-<province>`. */
  court: string;
  offences: string[];
  forwardedOn: string;
  reference: string;
  /** Suspects under arrest at the forwarding (the court's accused). */
  accused: ForwardedPerson[];
  /** Every victim rescued in the case. */
  victims: ForwardedPerson[];
  /** Last day any call may carry. */
  last: string;
}

type Add = (date: string, rank: number, call: PlannedCall) => void;

/** The court key of a police person key: `S1` → `cS1` (the court's person id, whichever path opened the file). */
export const courtKey = (policeKey: string) => `c${policeKey}`;

/** The age the police recorded for a person on `on`: exact from the birth date, else the age in years given. */
export function policeAgeOn(body: Record<string, unknown>, ageField: string, on: string): number {
  const age = body[ageField];
  return typeof age === 'number' ? age : ageInYearsAt(String(body['birthDate']), on);
}

/**
 * Plans the court stages of a forwarded case (report II.C.2.1 proportions, year-profile.ts): the
 * file (received from the police, or opened by the seed), the prosecutor's charges and decision,
 * the investigating judge's detentions and closing order, the trial court's verdicts and
 * compensation. Each stage starts after the one before; a step dated after `last` is not planned,
 * nor anything after it, so the file is still processing at that stage, as late files are.
 *
 * Ages: the court must give a person the band the police path would give, so that the tables
 * do not depend on who opened the file. Accused are added on the day they are charged with the
 * age on that day (exact from the birth date, else the age the police recorded, which the court
 * carries forward by whole years: none within the year). Victims are added with the age the
 * police recorded at the rescue, so their band at entry is the band at the rescue.
 */
export function planCourt(random: SeededRandom, forwarded: ForwardedCase, add: Add): void {
  const { forwardedOn: received, last } = forwarded;
  const within = (date: string) => (date <= last ? date : null);
  const file = `${COURT_FILES_PATH}/{file}`;
  const call = (step: PlannedStep, as: CourtRole, path: string, body: Record<string, unknown>, extra: Partial<PlannedCall> = {}): PlannedCall => ({
    step,
    method: 'POST',
    path,
    body,
    as,
    ...extra,
  });

  // The prosecutor charges every forwarded accused within days (clamped: a charge on the last day still counts).
  const chargedOn = minDate(addDays(received, random.int(0, 3)), last);
  const fallback: PlannedCall[] = [
    call('open-court-file', 'prosecutor', COURT_FILES_PATH, { court: forwarded.court, openedOn: received, offences: forwarded.offences, reference: forwarded.reference }, {
      binds: { key: 'file', field: 'fileId' },
    }),
    ...forwarded.victims.map((v) =>
      call('add-victim', 'prosecutor', `${file}/victims`, {
        sex: v.body['sex'],
        nationality: v.body['nationality'],
        ageInYears: policeAgeOn(v.body, 'ageAtRescue', String(v.body['rescuedOn'])),
        addedOn: received,
        exploitationType: v.body['exploitationType'],
      }, { subject: v.key, binds: { key: courtKey(v.key), field: 'personId' } }),
    ),
    ...forwarded.accused.map((a) =>
      call('add-accused', 'prosecutor', `${file}/accused`, {
        sex: a.body['sex'],
        nationality: a.body['nationality'],
        ageInYears: policeAgeOn(a.body, 'ageAtIdentification', chargedOn),
        addedOn: chargedOn,
      }, { subject: a.key, binds: { key: courtKey(a.key), field: 'personId' } }),
    ),
  ];
  add(received, 5, {
    step: 'receive-court-file',
    method: 'GET',
    path: `${COURT_FILES_PATH}/{case}`,
    body: {},
    as: 'prosecutor',
    binds: { key: 'file', field: 'fileId' },
    reception: { aliases: [...forwarded.accused, ...forwarded.victims].map((p) => [courtKey(p.key), p.key]), fallback },
  });
  for (const a of forwarded.accused) {
    add(chargedOn, 6, call('charge-person', 'prosecutor', `${file}/charges`, { personId: `{${courtKey(a.key)}}`, offences: forwarded.offences, chargedOn }, { subject: a.key }));
  }

  const action = random.weighted(PROSECUTION_ACTION_WEIGHTS);
  const decidedOn = within(addDays(chargedOn, random.int(1, 20)));
  if (action === 'processing' || decidedOn === null) return;
  const decision: Record<string, unknown> = { action, decidedOn };
  if (action === 'retained_without_processing') decision['reason'] = random.weighted([['insufficient_evidence', 5], ['no_offence_established', 2], ['not_expedient', 1]] as const);
  if (action === 'submitted_for_trial') decision['trialRoute'] = random.chance(0.6) ? 'immediate_appearance' : 'direct_summons';
  add(decidedOn, 7, call('decide-prosecution', 'prosecutor', `${file}/prosecution-decision`, decision));
  if (action === 'retained_without_processing') return;

  const detained = new Set<string>();
  let trialFrom = decidedOn;
  if (action === 'submitted_for_investigation') {
    for (const a of forwarded.accused) {
      const path = `${file}/accused/{${courtKey(a.key)}}`;
      const orderedOn = within(addDays(decidedOn, random.int(0, 3)));
      if (orderedOn === null) continue;
      if (random.chance(PRE_TRIAL_DETENTION_SHARE)) {
        detained.add(a.key);
        add(orderedOn, 8, call('order-detention', 'judge', `${path}/detention`, { orderedOn, offenceClass: 'felony' }, { subject: a.key }));
      } else if (random.chance(JUDICIAL_SUPERVISION_SHARE)) {
        add(orderedOn, 8, call('place-under-supervision', 'judge', `${path}/judicial-supervision`, { orderedOn }, { subject: a.key }));
      }
    }
    const outcome = random.weighted(CLOSING_ORDER_WEIGHTS);
    // Within the shortest detention limit of a minor (4 months), so no detention runs out first.
    const issuedOn = within(addDays(decidedOn, random.int(30, 110)));
    if (outcome === 'processing' || issuedOn === null) return;
    add(issuedOn, 9, call('issue-closing-order', 'judge', `${file}/closing-order`, { outcome, issuedOn }));
    if (outcome === 'dismissed') return;
    trialFrom = issuedOn;
  }

  let convicted = false;
  let lastVerdictOn = trialFrom;
  for (const a of forwarded.accused) {
    const outcome = random.weighted(VERDICT_WEIGHTS);
    const deliveredOn = within(addDays(trialFrom, random.int(20, 100)));
    if (outcome === 'processing' || deliveredOn === null) continue;
    const verdict: Record<string, unknown> = { outcome, deliveredOn };
    if (outcome === 'imprisonment') {
      verdict['termMonths'] = random.int(12, 240);
      verdict['custody'] = detained.has(a.key) || random.chance(0.3) ? 'in_custody' : 'at_liberty';
    } else if (outcome === 'suspended_sentence') {
      verdict['termMonths'] = random.int(6, 36);
    } else if (outcome === 'fine') {
      // Riel in minor units (1 riel = 100 minor units in ISO 4217).
      verdict['fine'] = { amount: random.int(10, 100) * 100_000 * 100, currency: 'KHR' };
    }
    add(deliveredOn, 10, call('deliver-verdict', 'judge', `${file}/accused/{${courtKey(a.key)}}/verdict`, verdict, { subject: a.key }));
    if (['imprisonment', 'suspended_sentence', 'fine'].includes(outcome)) convicted = true;
    if (deliveredOn > lastVerdictOn) lastVerdictOn = deliveredOn;
  }
  // Compensation to some victims of a file with a conviction, on the day of the file's last verdict.
  if (!convicted) return;
  for (const v of forwarded.victims) {
    if (!random.chance(COMPENSATION_SHARE)) continue;
    const body = { victimId: `{${courtKey(v.key)}}`, amount: random.int(5, 200) * 100_000 * 100, currency: 'KHR', awardedOn: lastVerdictOn };
    add(lastVerdictOn, 11, call('award-compensation', 'judge', `${file}/compensation`, body, { subject: v.key }));
  }
}
