import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { QueryState } from '../../ui/QueryState';
import { HistoryTimeline } from '../../history/HistoryTimeline';
import type { HistoryEntry, RecordType } from '../../history/types';
import { accessLogPath } from './records';

/** A record's history from its context's API (the body is the server's `HistoryEntry[]`). */
async function fetchHistory(type: RecordType, id: string): Promise<HistoryEntry[]> {
  if (type === 'police-case') {
    const answer = unwrap(await api.GET('/api/enforcement/cases/{caseId}/history', { params: { path: { caseId: id } } })) as unknown as { events: HistoryEntry[] };
    return answer.events;
  }
  if (type === 'protection-case') {
    const answer = unwrap(await api.GET('/api/protection/cases/{personId}/history', { params: { path: { personId: id } } })) as unknown as { events: HistoryEntry[] };
    return answer.events;
  }
  const answer = unwrap(await api.GET('/api/court/files/{fileId}/history', { params: { path: { fileId: id } } })) as unknown as { events: HistoryEntry[] };
  return answer.events;
}

/**
 * An auditor's view of a police case's, a court file's or a protection case's history
 * (`audit/cases/:caseId`, `audit/files/:fileId`, `audit/protection-cases/:personId`): every event
 * in words, with a link to who read the record.
 */
export function RecordHistoryPage({ recordType }: { recordType: RecordType }) {
  const { t } = useTranslation('audit');
  const params = useParams();
  const id = (recordType === 'police-case' ? params['caseId'] : recordType === 'protection-case' ? params['personId'] : params['fileId']) ?? '';
  const query = useQuery({ queryKey: ['audit', 'history', recordType, id], queryFn: () => fetchHistory(recordType, id), enabled: id !== '' });
  return (
    <Stack>
      <Anchor component={Link} to={accessLogPath({ record: id, type: recordType })} size="sm">
        {t('historyPage.readersLink')}
      </Anchor>
      <Stack gap={0}>
        <Title order={1}>{t(`historyPage.title.${recordType}`)}</Title>
        <Group gap="xs">
          <Text c="dimmed">{t(`historyPage.idLabel.${recordType}`)}</Text>
          <Text ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {id}
          </Text>
        </Group>
      </Stack>
      <Text>{t('historyPage.intro')}</Text>
      <QueryState query={query}>{(events) => <HistoryTimeline events={events} label={t(`historyPage.timelineLabel.${recordType}`)} />}</QueryState>
    </Stack>
  );
}

export function PoliceCaseHistoryPage() {
  return <RecordHistoryPage recordType="police-case" />;
}

export function CourtFileHistoryPage() {
  return <RecordHistoryPage recordType="court-file" />;
}

export function ProtectionCaseHistoryPage() {
  return <RecordHistoryPage recordType="protection-case" />;
}
