import { Badge, Text } from '@mantine/core';
import { useCourtText } from './useCourtText';

export type UrgencyLevel = 'past' | 'week' | 'soon' | 'later';

export function urgencyOf(daysLeft: number, pastLimit: boolean): UrgencyLevel {
  if (pastLimit || daysLeft < 0) return 'past';
  if (daysLeft <= 7) return 'week';
  if (daysLeft <= 30) return 'soon';
  return 'later';
}

const COLOUR: Record<UrgencyLevel, string> = { past: 'red', week: 'orange', soon: 'yellow', later: 'gray' };
const MARK: Record<UrgencyLevel, string> = { past: '!!', week: '!', soon: '', later: '' };

/** Urgency in words and colour (never colour alone). */
export function UrgencyBadge({ daysLeft, pastLimit }: { daysLeft: number; pastLimit: boolean }) {
  const { t } = useCourtText();
  const level = urgencyOf(daysLeft, pastLimit);
  return (
    <Badge color={COLOUR[level]} variant={level === 'later' ? 'outline' : 'filled'} autoContrast data-urgency={level}
      // The words wrap in a narrow cell (Khmer is longer) instead of being cut to "…".
      styles={{ root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {MARK[level] ? `${MARK[level]} ` : ''}
      {t(`urgency.${level}`)}
    </Badge>
  );
}

/** Days left, or past, in words. */
export function DaysLeft({ daysLeft, pastLimit }: { daysLeft: number; pastLimit: boolean }) {
  const { t, number } = useCourtText();
  const past = pastLimit || daysLeft < 0;
  const text = daysLeft === 0 && !past ? t('urgency.dueToday') : past ? t('urgency.daysPast', { days: number(Math.abs(daysLeft)) }) : t('urgency.daysLeft', { days: number(daysLeft) });
  return (
    <Text span fw={past || daysLeft <= 7 ? 700 : 400} size="sm">
      {text}
    </Text>
  );
}
