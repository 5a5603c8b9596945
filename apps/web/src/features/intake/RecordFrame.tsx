import type { ReactNode } from 'react';
import { Alert, Anchor, Box, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { HistoryTimeline } from '../../history/HistoryTimeline';
import { AsOfForm } from '../../ui/AsOfForm';
import { QueryState } from '../../ui/QueryState';
import type { RecordHistory } from './types';
import { useIntakeText } from './useIntakeText';

export type RecordTab = 'record' | 'history';

/** A term and its value in a record's description list. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" size="xs" c="dimmed" fw={500}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </Box>
  );
}

export function Facts({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" component="dl" m={0}>
      {children}
    </SimpleGrid>
  );
}

/**
 * What an intake record's page shares (reception, screened person, body): the title, the "as it
 * was at" banner, the tabs (the record; its history in words and as-of).
 */
export function RecordFrame({ base, title, badge, asOf, tab, history, children }: { base: string; title: string; badge?: ReactNode; asOf: string | null; tab: RecordTab; history: UseQueryResult<RecordHistory>; children: ReactNode }) {
  const text = useIntakeText();
  const { t } = text;
  const navigate = useNavigate();
  const suffix = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  return (
    <Stack>
      <Group gap="sm" align="center">
        <Title order={1}>{title}</Title>
        {badge}
      </Group>
      {asOf && (
        <Alert color="violet" role="status" title={t('asOf.banner', { when: text.dateTime(asOf) })}>
          <Group justify="space-between">
            <Text size="sm">{t('asOf.readOnly')}</Text>
            <Anchor component={Link} to={base}>
              {t('asOf.backToCurrent')}
            </Anchor>
          </Group>
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => navigate(value === 'record' ? `${base}${suffix}` : `${base}/history${suffix}`)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="record">{t('record.tabRecord')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('record.tabHistory')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="record" pt="md">
          {children}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <Stack>
            <AsOfForm asOf={asOf} namespace="intake" headingId="intake-as-of" hrefAt={(iso) => `${base}?asOf=${encodeURIComponent(iso)}`} />
            <section aria-labelledby="intake-history">
              <Title order={2} size="h3" id="intake-history" mb="xs">
                {t('history.title')}
              </Title>
              <QueryState query={history}>{(h) => <HistoryTimeline events={h.events} headingOrder={3} label={t('history.title')} />}</QueryState>
            </section>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
