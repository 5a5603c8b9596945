import { useMemo, useState } from 'react';
import { Badge, Box, Group, List, Paper, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { Pager } from '../ui/Pager';
import { describeEvent } from './describeEvent';
import type { HistoryEntry } from './types';
import { makeWords } from './words';

const PAGE_SIZE = 50;

/**
 * A record's history (police case or court file) as a timeline in words: each event's title,
 * when it was recorded (Cambodian time), who did it (user, role, unit) and what changed. Long
 * histories are paged so the page never holds thousands of entries.
 */
export function HistoryTimeline({ events, headingOrder = 2, label }: { events: HistoryEntry[]; headingOrder?: TitleOrder; label?: string }) {
  const { t, i18n } = useTranslation('history');
  const words = useMemo(() => makeWords(t, i18n.language), [t, i18n.language]);
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(events.length / PAGE_SIZE));
  const shown = events.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const from = (page - 1) * PAGE_SIZE + 1;

  if (events.length === 0) return <Text c="dimmed">{t('history.noEvents')}</Text>;
  return (
    <Stack gap="sm">
      {pages > 1 && (
        <Text size="sm" aria-live="polite">
          {t('paging.summary', { ns: 'common', from: formatNumber(i18n.language, from), to: formatNumber(i18n.language, from + shown.length - 1), total: formatNumber(i18n.language, events.length) })}
        </Text>
      )}
      <Box component="ol" aria-label={label ?? t('history.timelineLabel')} m={0} p={0} style={{ listStyle: 'none' }}>
        {shown.map((entry) => {
          const description = describeEvent(entry, words);
          const unit = entry.actor.unit ? words.unit(entry.actor.unit) : null;
          return (
            <Box component="li" key={`${entry.revision}-${entry.globalPosition}`} mb="sm" pl="md" style={{ borderLeft: '3px solid var(--mantine-color-blue-6)' }} data-event-type={entry.type}>
              <Paper withBorder p="sm">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                  <Title order={headingOrder} size="h5">
                    {description.title}
                  </Title>
                  <Badge variant="light" color="gray">
                    {t('history.revision', { number: formatNumber(i18n.language, entry.revision + 1) })}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('history.recordedAt', { dateTime: words.dateTime(entry.recordedAt) })}
                </Text>
                <Text size="sm">
                  {unit ? t('history.byWithUnit', { user: entry.actor.userId, role: words.role(entry.actor.role), unit }) : t('history.by', { user: entry.actor.userId, role: words.role(entry.actor.role) })}
                </Text>
                {!description.known && (
                  <Text size="sm" c="orange.9">
                    {t('history.unknownNote')}
                  </Text>
                )}
                <Box component="dl" mt="xs" mb={0} style={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', columnGap: 'var(--mantine-spacing-md)', rowGap: 4 }}>
                  {description.details.map((detail) => (
                    <Box key={detail.label} style={{ display: 'contents' }}>
                      <Text component="dt" size="sm" fw={600}>
                        {detail.label}
                      </Text>
                      <Box component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
                        {Array.isArray(detail.value) ? (
                          <List size="sm" spacing={2}>
                            {detail.value.map((v, i) => (
                              <List.Item key={i}>{v}</List.Item>
                            ))}
                          </List>
                        ) : (
                          <Text size="sm">{detail.value}</Text>
                        )}
                      </Box>
                    </Box>
                  ))}
                </Box>
              </Paper>
            </Box>
          );
        })}
      </Box>
      <Pager total={pages} value={page} onChange={setPage} label={t('history.pagesLabel')} />
    </Stack>
  );
}
