import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useLabels } from './codes';
import { describeActor, describeEvent, numbersOfHistory } from './describe-event';
import type { HistoryEntry } from './types';

/**
 * Events of a case as sentences, oldest first: what changed, when it was recorded (Cambodian
 * time) and by whom. `all` numbers the people ("Suspect 2") when only some events are shown.
 */
export function HistoryTimeline({ events, all = events, label }: { events: readonly HistoryEntry[]; all?: readonly HistoryEntry[]; label: string }) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const numbers = numbersOfHistory(all);
  return (
    <Stack component="ol" gap="xs" aria-label={label} p={0} m={0} style={{ listStyle: 'none' }}>
      {events.map((e) => (
        <Paper component="li" key={e.revision} withBorder p="sm" data-revision={e.revision}>
          <Text fw={500}>{describeEvent(e, t, labels, numbers)}</Text>
          <Text size="sm" c="dimmed">
            {t('event.recorded', { when: formatDateTime(labels.language, e.recordedAt), who: describeActor(e, t, labels) })}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
