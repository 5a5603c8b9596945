import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useCaseHistory } from './api';
import { HistoryTimeline } from './HistoryTimeline';

/**
 * The case changed after it was loaded (409 on If-Match): the changes since that revision, in
 * words, and the way to go on — load the new version and try again, the form kept.
 */
export function ConflictPanel({ caseId, loadedRevision, onReload, reloading }: { caseId: string; loadedRevision: number; onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation('police');
  const history = useCaseHistory(caseId, { fresh: true });
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
            <HistoryTimeline events={newer} all={history.data?.events} label={t('conflict.changesSince')} />
          </>
        )}
        <Button onClick={onReload} loading={reloading} variant="filled" color="orange">
          {t('common:conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
