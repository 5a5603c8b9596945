import type { ReactNode } from 'react';
import { Alert, Button, Loader, Stack, Text, type ButtonProps } from '@mantine/core';
import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ProblemAlert';

/** How a conflict panel reads the record's history: its query key and how to fetch it. */
export interface HistorySource<E extends { revision: number }> {
  queryKey: QueryKey;
  fetch: () => Promise<{ events: E[] }>;
}

export interface ConflictPanelProps<E extends { revision: number }> {
  /** The screens' i18n namespace: its `conflict.changesSince` and `conflict.noNewEvents`. */
  namespace: string;
  history: HistorySource<E>;
  /** The revision the form was filled on: the events after it are shown. */
  loadedRevision: number;
  /** The newer events in words (`all`: the whole history, `label`: the list's accessible name). */
  renderEvents: (newer: E[], all: E[], label: string) => ReactNode;
  onReload: () => void;
  reloading: boolean;
  reloadButtonWidth?: ButtonProps['w'];
}

/**
 * The record changed after it was loaded (409 on If-Match): the changes since that revision, in
 * words, and the way on — load the new version and try again, the form kept. The history is
 * fetched again when the panel opens (after a conflict, the cache is behind).
 */
export function ConflictPanel<E extends { revision: number }>({ namespace, history: source, loadedRevision, renderEvents, onReload, reloading, reloadButtonWidth }: ConflictPanelProps<E>) {
  const { t } = useTranslation(namespace);
  const history = useQuery({ queryKey: source.queryKey, queryFn: source.fetch, staleTime: 0 });
  const newer = history.data?.events.filter((e) => e.revision > loadedRevision) ?? [];
  return (
    <Alert color="orange" title={t('common:conflict.title')} role="alert" data-testid="conflict-panel">
      <Stack gap="sm">
        <Text size="sm">{t('common:conflict.body')}</Text>
        {history.isPending && <Loader size="sm" role="status" aria-label={t('common:states.loading')} />}
        {history.isError && <ProblemAlert error={history.error} />}
        {history.data && newer.length === 0 && <Text size="sm">{t('conflict.noNewEvents')}</Text>}
        {newer.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('conflict.changesSince')}
            </Text>
            {renderEvents(newer, history.data?.events ?? [], t('conflict.changesSince'))}
          </>
        )}
        <Button onClick={onReload} loading={reloading} variant="filled" color="orange" w={reloadButtonWidth}>
          {t('common:conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
