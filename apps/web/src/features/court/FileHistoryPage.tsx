import { Anchor, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../ui/QueryState';
import { useFileHistory } from './api';
import { HistoryTimeline } from './HistoryTimeline';
import { useCourtText } from './useCourtText';
import { labelsOfHistory } from './util';
import type { HistoryEntry } from './types';

/** The reference the file was opened with, else the start of its id. */
function refOf(fileId: string, events: HistoryEntry[]): string {
  const opened = events.find((e) => e.type === 'court.CourtFileOpened');
  const reference = opened?.changes['reference'];
  return typeof reference === 'string' && reference ? reference : fileId.slice(0, 8);
}

export function FileHistoryPage() {
  const { fileId = '' } = useParams();
  const text = useCourtText();
  const query = useFileHistory(fileId);
  return (
    <Stack>
      <Anchor component={Link} to={`/court/files/${fileId}`} size="sm">
        {text.t('file.backToFile')}
      </Anchor>
      <QueryState query={query}>
        {(events) => (
          <Stack>
            <Title order={1}>{text.t('history.title', { ref: refOf(fileId, events) })}</Title>
            <HistoryTimeline events={events} labels={labelsOfHistory(events)} label={text.t('history.caption')} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
