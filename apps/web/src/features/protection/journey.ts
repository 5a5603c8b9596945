import type { Words } from '../../history/words';
import type { JourneyStep } from './types';
import type { ProtectionText } from './useProtectionText';

/** The code list a step's `outcome` or `reason` belongs to. */
const OUTCOME_LIST: Record<string, [ns: 'history' | 'protection', list: string]> = {
  verdict_delivered: ['history', 'verdictOutcome'],
  family_assessed: ['protection', 'familyOutcome'],
  follow_up_visit: ['protection', 'followUpOutcome'],
  shelter_departed: ['protection', 'departureReason'],
  case_closed: ['protection', 'closureReason'],
};

/** Ids are not for people to read; the journey names what happened, never a record id or a name. */
const HIDDEN = new Set(['claimId', 'currency']);

/**
 * A journey step's details in words: codes named in the current language (police and court codes
 * through the history's words, protection codes through the protection namespace), amounts in
 * their currency; a detail this screen does not know is shown as it came.
 */
export function stepDetails(step: JourneyStep, text: ProtectionText, words: Words): { label: string; value: string }[] {
  const d = step.details;
  const out: { label: string; value: string }[] = [];
  const label = (key: string) => text.t(`journey.detail.${key}`, { defaultValue: key });
  for (const [key, raw] of Object.entries(d)) {
    if (raw === null || raw === undefined || raw === '' || HIDDEN.has(key)) continue;
    const v = String(raw);
    let value: string;
    switch (key) {
      case 'exploitationType':
        value = text.code('exploitation', v);
        break;
      case 'destination':
        value = words.code('destination', v);
        break;
      case 'court':
        value = words.court(v);
        break;
      case 'organisation':
      case 'receivedBy':
      case 'shelter':
      case 'supportingOrganisation':
      case 'integratedBy':
        value = text.organisation(v);
        break;
      case 'channel':
      case 'purpose':
      case 'service':
        value = text.code(key, v);
        break;
      case 'source':
        value = text.code('awardSource', v);
        break;
      case 'province':
        value = text.province(v);
        break;
      case 'amount':
        value = typeof raw === 'number' && typeof d['currency'] === 'string' ? text.money(raw, d['currency']) : v;
        break;
      case 'outcome':
      case 'reason': {
        const [ns, list] = OUTCOME_LIST[step.step] ?? ['protection', key];
        value = ns === 'history' ? words.code(list, v) : text.code(list, v);
        break;
      }
      default:
        value = typeof raw === 'number' ? text.number(raw) : v;
    }
    out.push({ label: label(key), value });
  }
  return out;
}

/** Oldest first; steps of one day in the order their records were written. */
export function orderedSteps(steps: readonly JourneyStep[]): JourneyStep[] {
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.on.localeCompare(b.s.on) || a.i - b.i)
    .map(({ s }) => s);
}
