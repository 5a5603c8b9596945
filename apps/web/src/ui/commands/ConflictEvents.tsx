import { useMemo } from 'react';
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeEvent } from '../../history/describeEvent';
import type { HistoryEntry } from '../../history/types';
import { makeWords } from '../../history/words';

/**
 * The events since the form's version, in words, as a command's conflict panel lists them: each
 * event's title and details, who recorded it and when (`conflict.by` of the feature's namespace).
 */
export function ConflictEvents({ events, label, namespace }: { events: HistoryEntry[]; label: string; namespace: string }) {
  const { t } = useTranslation(namespace);
  const { t: th, i18n } = useTranslation('history');
  const words = useMemo(() => makeWords(th, i18n.language), [th, i18n.language]);
  return (
    <List size="sm" aria-label={label}>
      {events.map((e) => {
        const d = describeEvent(e, words);
        return (
          <List.Item key={e.revision}>
            <Text span size="sm" fw={600}>
              {d.title}
            </Text>
            {d.details.length > 0 && ` — ${d.details.map((x) => `${x.label}: ${Array.isArray(x.value) ? x.value.join('; ') : x.value}`).join(', ')}`}
            <Text size="xs" c="dimmed">
              {t('conflict.by', { user: e.actor.userId, role: words.role(e.actor.role), when: words.dateTime(e.recordedAt) })}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
