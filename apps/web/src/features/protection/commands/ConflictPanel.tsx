import { useMemo } from 'react';
import { Alert, Button, List, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeEvent } from '../../../history/describeEvent';
import { makeWords } from '../../../history/words';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useCaseHistory } from '../api';

/**
 * The case changed after it was loaded (409 on If-Match): the changes since that revision, in
 * words, and the way on — load the new version and send the same form again.
 */
export function ConflictPanel({ personId, loadedRevision, onReload, reloading }: { personId: string; loadedRevision: number; onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation('protection');
  const { t: th, i18n } = useTranslation('history');
  const words = useMemo(() => makeWords(th, i18n.language), [th, i18n.language]);
  const history = useCaseHistory(personId, { fresh: true });
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
            <List size="sm" aria-label={t('conflict.changesSince')}>
              {newer.map((e) => {
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
          </>
        )}
        <Button onClick={onReload} loading={reloading} variant="filled" color="orange" w="fit-content">
          {t('common:conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
