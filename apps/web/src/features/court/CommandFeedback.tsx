import { useEffect } from 'react';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { courtKeys, isStaleRevision, useFileHistory } from './api';
import { actorOf, describeEvent } from './HistoryTimeline';
import { useCourtText } from './useCourtText';
import { labelsOfHistory } from './util';
import type { LoadedFile } from './types';

/**
 * The file changed after it was loaded (409 on If-Match): the events recorded since, in words,
 * and a way to load the new version and send the same form again.
 */
export function ConcurrentChange({ file, onReloaded }: { file: LoadedFile; onReloaded: () => void }) {
  const { t: tc } = useTranslation();
  const text = useCourtText();
  const queryClient = useQueryClient();
  const loadedRevision = file.revision;
  const history = useFileHistory(file.fileId);
  const { refetch } = history;
  useEffect(() => {
    void refetch();
  }, [refetch]);
  const since = (history.data ?? []).filter((e) => e.revision > loadedRevision);
  const labels = labelsOfHistory(history.data ?? []);
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: courtKeys.file(file.fileId, null) });
    onReloaded();
  };
  return (
    <Alert color="orange" title={tc('conflict.title')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{tc('conflict.body')}</Text>
        <Text size="sm" fw={700}>
          {text.t('conflict.changes')}
        </Text>
        {since.length === 0 ? (
          <Text size="sm">{text.t('conflict.noneYet')}</Text>
        ) : (
          <List size="sm" aria-label={text.t('conflict.changes')}>
            {since.map((e) => (
              <List.Item key={e.revision}>
                {describeEvent(e, text, labels)} — {actorOf(e, text)}, {text.dateTime(e.recordedAt)}
              </List.Item>
            ))}
          </List>
        )}
        <Button variant="filled" color="orange" onClick={() => void reload()} w="fit-content">
          {tc('conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** What went wrong with a command: a concurrent change, or the server's problem in words. */
export function CommandFeedback({ error, file, unshownFields, onReloaded }: { error: unknown; file: LoadedFile; unshownFields: string[]; onReloaded: () => void }) {
  if (!error) return null;
  if (isStaleRevision(error)) return <ConcurrentChange file={file} onReloaded={onReloaded} />;
  return <ProblemAlert error={error} unshownFields={unshownFields} />;
}
