import { Text, Timeline } from '@mantine/core';
import { useCourtText, type CourtText } from './useCourtText';
import type { HistoryEntry } from './types';
import type { PersonLabel } from './util';

type Data = Record<string, unknown>;

const str = (d: Data, key: string) => (typeof d[key] === 'string' ? (d[key] as string) : undefined);
const num = (d: Data, key: string) => (typeof d[key] === 'number' ? (d[key] as number) : undefined);

/** One event in words: what happened, to whom, on which day. */
export function describeEvent(e: HistoryEntry, text: CourtText, labels: Map<string, PersonLabel>): string {
  const { t } = text;
  const d = e.changes ?? {};
  const person = (key = 'personId') => text.person(labels.get(str(d, key) ?? ''));
  const name = e.type.replace(/^court\./, '');
  switch (name) {
    case 'PoliceCaseReceived':
      return t('history.events.PoliceCaseReceived', {
        unit: str(d, 'forwardingUnit') ?? '—',
        date: text.date(str(d, 'forwardedOn')),
        accused: text.number(((d['accused'] as unknown[]) ?? []).length),
        victims: text.number(((d['victims'] as unknown[]) ?? []).length),
      });
    case 'CourtFileOpened':
      return t('history.events.CourtFileOpened', { court: text.court(str(d, 'court')), date: text.date(str(d, 'openedOn')) });
    case 'AccusedAdded':
      return t('history.events.AccusedAdded', { person: person(), date: text.date(str(d, 'addedOn')) });
    case 'VictimAdded':
      return t('history.events.VictimAdded', { person: person(), date: text.date(str(d, 'addedOn')) });
    case 'PersonCharged':
      return t('history.events.PersonCharged', { person: person(), date: text.date(str(d, 'chargedOn')), offences: text.offences((d['offences'] as string[]) ?? []) });
    case 'ProsecutionDecided': {
      const detail = str(d, 'reason') ? text.code('retentionReasons', str(d, 'reason')) : str(d, 'trialRoute') ? text.code('trialRoutes', str(d, 'trialRoute')) : null;
      const action = text.code('prosecutionActions', str(d, 'action'));
      return t('history.events.ProsecutionDecided', { date: text.date(str(d, 'decidedOn')), action: detail ? `${action} (${detail})` : action });
    }
    case 'PreTrialDetentionOrdered':
      return t('history.events.PreTrialDetentionOrdered', { person: person(), date: text.date(str(d, 'orderedOn')), class: text.code('offenceClasses', str(d, 'offenceClass')) });
    case 'PreTrialDetentionExtended':
      return t('history.events.PreTrialDetentionExtended', { person: person(), date: text.date(str(d, 'extendedOn')), months: text.number(num(d, 'months')) });
    case 'PreTrialDetentionEnded':
      return t('history.events.PreTrialDetentionEnded', { person: person(), date: text.date(str(d, 'endedOn')), reason: text.code('endReasons', str(d, 'reason')) });
    case 'JudicialSupervisionOrdered':
      return t('history.events.JudicialSupervisionOrdered', { person: person(), date: text.date(str(d, 'orderedOn')) });
    case 'ClosingOrderIssued':
      return t('history.events.ClosingOrderIssued', { date: text.date(str(d, 'issuedOn')), outcome: text.code('closingOutcomes', str(d, 'outcome')) });
    case 'VerdictDelivered': {
      const parts = [text.code('verdictOutcomes', str(d, 'outcome'))];
      if (num(d, 'termMonths') !== undefined) parts.push(t('history.term', { months: text.number(num(d, 'termMonths')) }));
      if (str(d, 'custody')) parts.push(text.code('custody', str(d, 'custody')));
      const fine = d['fine'] as { amount: number; currency: string } | undefined;
      if (fine) parts.push(t('verdictDetails.fine', { amount: text.money(fine.amount, fine.currency) }));
      return t('history.events.VerdictDelivered', { person: person(), date: text.date(str(d, 'deliveredOn')), outcome: parts.join(', ') });
    }
    case 'CompensationAwarded':
      return t('history.events.CompensationAwarded', { person: person('victimId'), date: text.date(str(d, 'awardedOn')), amount: text.money(num(d, 'amount') ?? 0, str(d, 'currency') ?? 'KHR') });
    case 'AppealLodged':
      return t('history.events.AppealLodged', { number: text.number(num(d, 'appealNumber')), date: text.date(str(d, 'lodgedOn')), appellant: text.code('appellants', str(d, 'appellant')) });
    case 'AppealDecided':
      return t('history.events.AppealDecided', { number: text.number(num(d, 'appealNumber')), date: text.date(str(d, 'decidedOn')), decision: text.code('appealDecisions', str(d, 'decision')) });
    default:
      return t('history.events.other');
  }
}

/** Who did it, in words. Users are named by their id (the API gives no names of staff). */
export function actorOf(e: HistoryEntry, text: CourtText): string {
  const { t } = text;
  if (e.actor.role === 'system' || e.actor.userId.startsWith('reactor:')) return t('history.by', { who: t('history.bySystem') });
  const role = t(`actorRoles.${e.actor.role}`, { defaultValue: t('actorRoles.other') });
  const who = e.actor.unit ? t('history.byUserUnit', { role, user: e.actor.userId, unit: e.actor.unit }) : t('history.byUser', { role, user: e.actor.userId });
  return t('history.by', { who });
}

/** The events as a timeline in words (who, when, what). */
export function HistoryTimeline({ events, labels, label }: { events: HistoryEntry[]; labels: Map<string, PersonLabel>; label: string }) {
  const text = useCourtText();
  if (events.length === 0) return <Text c="dimmed">{text.t('history.empty')}</Text>;
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} aria-label={label} component="ol">
      {events.map((e) => (
        <Timeline.Item key={e.revision} title={describeEvent(e, text, labels)} component="li">
          <Text size="sm">{actorOf(e, text)}</Text>
          <Text size="xs" c="dimmed">
            {text.t('history.when', { date: text.dateTime(e.occurredAt), recorded: text.dateTime(e.recordedAt) })} · {text.t('history.revision', { revision: text.number(e.revision) })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
