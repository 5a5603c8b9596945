import type { TFunction } from 'i18next';
import { formatDate } from '../../i18n/format';
import type { Labels } from './codes';
import type { CaseState, HistoryEntry } from './types';

/** People of a case by their order of recording: "Suspect 2", "Victim 1" (never an id on screen). */
export interface PersonNumbers {
  suspects: Map<string, number>;
  victims: Map<string, number>;
}

export function numbersOfHistory(events: readonly HistoryEntry[]): PersonNumbers {
  const suspects = new Map<string, number>();
  const victims = new Map<string, number>();
  for (const e of events) {
    const c = e.changes;
    if (e.type === 'enforcement.SuspectIdentified' && typeof c['suspectId'] === 'string' && !suspects.has(c['suspectId'])) suspects.set(c['suspectId'], suspects.size + 1);
    if (e.type === 'enforcement.VictimRescued' && typeof c['victimId'] === 'string' && !victims.has(c['victimId'])) victims.set(c['victimId'], victims.size + 1);
  }
  return { suspects, victims };
}

/** The same numbers from a case state (its records keep the order they were recorded in). */
export function numbersOfState(state: CaseState): PersonNumbers {
  return {
    suspects: new Map(Object.keys(state.suspects).map((id, i) => [id, i + 1])),
    victims: new Map(Object.keys(state.victims).map((id, i) => [id, i + 1])),
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** What one event changed, as a sentence in the user's language. */
export function describeEvent(entry: HistoryEntry, t: TFunction<'police'>, labels: Labels, numbers: PersonNumbers): string {
  const c = entry.changes;
  const date = (key: string) => formatDate(labels.language, str(c[key]));
  const suspect = () => numbers.suspects.get(str(c['suspectId'])) ?? '?';
  const victim = () => numbers.victims.get(str(c['victimId'])) ?? '?';
  const age = (years: unknown, band: unknown) => (typeof years === 'number' ? t('person.years', { years }) : labels.ageBand(str(band)));
  switch (entry.type) {
    case 'enforcement.PoliceCaseOpened': {
      const unit = c['unit'] as { code?: string } | undefined;
      const offences = Array.isArray(c['offences']) ? (c['offences'] as string[]).map(labels.offence).join('; ') : '';
      const opened = t('event.opened', { date: date('openedOn'), unit: labels.unit(unit?.code), province: labels.province(str(c['province'])), offences });
      return c['reference'] ? `${opened} ${t('event.openedReference', { reference: str(c['reference']) })}` : opened;
    }
    case 'enforcement.OffenceAdded':
      return t('event.offenceAdded', { date: date('addedOn'), offence: labels.offence(str(c['offence'])) });
    case 'enforcement.SuspectIdentified':
      return t('event.suspectIdentified', {
        n: suspect(),
        date: date('identifiedOn'),
        sex: labels.sex(str(c['sex'])),
        age: age(c['ageAtIdentification'], c['ageBandAtIdentification']),
        nationality: labels.nationality(str(c['nationality'])),
      });
    case 'enforcement.SuspectArrested':
      return t('event.suspectArrested', { n: suspect(), date: date('arrestedOn') });
    case 'enforcement.SuspectReleased':
      return t('event.suspectReleased', { n: suspect(), date: date('releasedOn'), reason: labels.releaseReason(str(c['reason'])) });
    case 'enforcement.VictimRescued':
      return t('event.victimRescued', {
        n: victim(),
        date: date('rescuedOn'),
        sex: labels.sex(str(c['sex'])),
        age: age(c['ageAtRescue'], c['ageBand']),
        nationality: labels.nationality(str(c['nationality'])),
        exploitation: labels.exploitation(str(c['exploitationType'])),
      });
    case 'enforcement.VictimHandedOver': {
      const handed = t('event.victimHandedOver', { n: victim(), date: date('handedOverOn'), destination: labels.destination(str(c['destination'])) });
      return c['organisation'] ? `${handed} ${t('event.organisation', { organisation: str(c['organisation']) })}` : handed;
    }
    case 'enforcement.CaseForwardedToProsecutor': {
      const suspects = Array.isArray(c['suspectIds']) ? c['suspectIds'].length : 0;
      const victims = Array.isArray(c['victimIds']) ? c['victimIds'].length : 0;
      const forwarded = t('event.forwarded', { date: date('forwardedOn'), suspects, victims });
      return c['court'] ? `${forwarded} ${t('event.court', { court: labels.province(str(c['court'])) })}` : forwarded;
    }
    case 'enforcement.CaseClosedWithoutForwarding':
      return t('event.closed', { date: date('closedOn'), reason: labels.closureReason(str(c['reason'])) });
    case 'enforcement.CaseReopened':
      return t('event.reopened', { date: date('reopenedOn'), justification: str(c['justification']) });
    default:
      return t('event.unknown');
  }
}

/** Who recorded an event: the user and the unit they acted for. */
export function describeActor(entry: HistoryEntry, t: TFunction<'police'>, labels: Labels): string {
  const role = t(`common:roles.${entry.actor.role}`, { defaultValue: entry.actor.role });
  return entry.actor.unit ? t('event.byWithUnit', { user: entry.actor.userId, role, unit: labels.unit(entry.actor.unit) }) : t('event.by', { user: entry.actor.userId, role });
}
