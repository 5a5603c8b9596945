import { AGE_BANDS, ageBandAt, isForeignNationality, isMinor, type AgeBand } from '@casetrail/kernel';
import { HAND_OVER_DESTINATIONS, type HandOverDestination } from '@casetrail/enforcement-contracts';
import type { PlannedCall, YearPlan } from './year-plan';

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
  calls: number;
}

/** Whether a planned call was accepted; the default counts the whole plan. */
export type AcceptedCall = (caseIndex: number, callIndex: number) => boolean;

export function summarisePlan(plan: YearPlan, accepted: AcceptedCall = () => true): PlanSummary {
  const summary: PlanSummary = {
    cases: { opened: 0, forwarded: 0, closed: 0, open: 0 },
    suspects: { identified: 0, arrested: 0, arrestedFemale: 0, arrestedMinors: 0, arrestedForeigners: 0, foreignNationalities: {}, released: 0 },
    victims: {
      rescued: 0,
      female: 0,
      byAgeBand: Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>,
      handedOver: Object.fromEntries(HAND_OVER_DESTINATIONS.map((d) => [d, 0])) as Record<HandOverDestination, number>,
    },
    calls: 0,
  };
  plan.cases.forEach((planned, caseIndex) => {
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
  });
  return summary;
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
  ].join('\n');
}
