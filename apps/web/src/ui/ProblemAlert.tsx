import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';

/**
 * An API error in words. Field errors are shown on their fields by the form (see
 * `useProblemOnForm`); this names the problem and lists any field the form has no input for.
 */
export function ProblemAlert({ error, unshownFields = [] }: { error: unknown; unshownFields?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiProblem)) {
    return (
      <Alert color="red" title={t('states.error')} role="alert">
        {error instanceof Error ? error.message : String(error)}
      </Alert>
    );
  }
  const { status, problem } = error;
  const title =
    status === 400 ? t('problem.validation') : status === 403 ? t('states.forbidden') : status === 404 ? t('states.notFound') : status === 429 ? t('problem.rateLimited') : status === 409 || status === 422 ? t('problem.rule', { detail: problem.detail ?? problem.title }) : t('states.error');
  const extra = (problem.errors ?? []).filter((e) => unshownFields.includes(e.field));
  return (
    <Alert color={status === 409 || status === 422 ? 'orange' : 'red'} title={title} role="alert">
      {status !== 400 && status !== 409 && status !== 422 && problem.detail}
      {extra.length > 0 && (
        <List size="sm">
          {extra.map((e) => (
            <List.Item key={`${e.field}:${e.message}`}>{e.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
