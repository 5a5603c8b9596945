import type { ReactNode } from 'react';
import { Center, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

/** Loading, error, or the data: the three states every screen that reads shows the same way. */
export function QueryState<T>({ query, children, empty }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; empty?: (data: T) => boolean }) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center p="lg">
        <Loader role="status" aria-label={t('states.loading')} />
      </Center>
    );
  }
  if (query.isError) return <ProblemAlert error={query.error} />;
  if (empty?.(query.data)) return <Text c="dimmed">{t('states.empty')}</Text>;
  return <>{children(query.data)}</>;
}
