import { useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiProblem, unwrap, type Schemas } from '../../../api/client';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useProblemOnForm } from '../../../ui/useProblemOnForm';

/** The API's bounds for the reason (ForgetPersonDto). */
export const REASON_MIN = 10;
export const REASON_MAX = 500;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

interface ForgetValues {
  personId: string;
  reason: string;
  [key: string]: unknown;
}

/**
 * An admin forgets a person (`POST /api/admin/persons/{personId}/forget`): the person's key is
 * destroyed, so their sealed personal data is unreadable everywhere, for good. The form asks for
 * the id and the reason; a dialog says what will happen and sends only once the admin has typed
 * the id again.
 */
export function ForgetPersonPage() {
  const { t, i18n } = useTranslation('admin');
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<ForgetValues | null>(null);
  const [typedId, setTypedId] = useState('');

  const form = useForm<ForgetValues>({
    mode: 'controlled',
    initialValues: { personId: '', reason: '' },
    validate: {
      personId: (v) => (UUID_V4.test(v.trim()) ? null : t('forget.errors.personId')),
      reason: (v) => (v.trim().length < REASON_MIN || v.trim().length > REASON_MAX ? t('forget.errors.reason', { min: formatNumber(i18n.language, REASON_MIN), max: formatNumber(i18n.language, REASON_MAX) }) : null),
    },
  });

  const mutation = useMutation({
    mutationFn: async (values: ForgetValues) =>
      unwrap(await api.POST('/api/admin/persons/{personId}/forget', { params: { path: { personId: values.personId } }, body: { reason: values.reason } })),
    onSuccess: async () => {
      form.reset();
      // The person's data disappears from every record, history and copy the app may hold.
      await queryClient.invalidateQueries();
    },
    onSettled: () => {
      setConfirming(null);
      setTypedId('');
    },
  });
  const unshown = useProblemOnForm(form, mutation.error);

  const ask = (values: ForgetValues) => {
    mutation.reset();
    setTypedId('');
    setConfirming({ personId: values.personId.trim().toLowerCase(), reason: values.reason.trim() });
  };
  const matches = confirming !== null && typedId.trim().toLowerCase() === confirming.personId;

  const result: Schemas['PersonForgottenDto'] | undefined = mutation.data;
  const error = mutation.error;
  const explained = error instanceof ApiProblem && (error.status === 404 || error.status === 409) ? error : null;

  return (
    <Stack maw={760}>
      <Title order={1}>{t('forget.title')}</Title>
      <Text>{t('forget.intro')}</Text>

      {result && (
        <Alert color="green" title={t('forget.done.title')} role="status">
          <Stack gap={4}>
            <Text>{t('forget.done.body', { id: result.personId, at: formatDateTime(i18n.language, result.forgottenAt) })}</Text>
            <Text size="sm">{t('forget.done.statistics')}</Text>
          </Stack>
        </Alert>
      )}
      {explained ? (
        <Alert color="orange" title={explained.status === 404 ? t('forget.notFound.title') : t('forget.alreadyForgotten.title')} role="alert">
          <Text size="sm">{explained.status === 404 ? t('forget.notFound.body') : t('forget.alreadyForgotten.body')}</Text>
          {explained.problem.detail && (
            <Text size="sm" mt={4}>
              {explained.problem.detail}
            </Text>
          )}
        </Alert>
      ) : (
        <ProblemAlert error={error} unshownFields={unshown} />
      )}

      <form onSubmit={form.onSubmit(ask)} noValidate aria-labelledby="forget-form-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="forget-form-heading">
            {t('forget.formTitle')}
          </Title>
          <TextInput label={t('forget.personId')} description={t('forget.personIdHint')} autoComplete="off" spellCheck={false} withAsterisk {...form.getInputProps('personId')} />
          <Textarea
            label={t('forget.reason')}
            description={t('forget.reasonHint', { min: formatNumber(i18n.language, REASON_MIN), max: formatNumber(i18n.language, REASON_MAX) })}
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            withAsterisk
            {...form.getInputProps('reason')}
          />
          <Group>
            <Button type="submit" color="red">
              {t('forget.submit')}
            </Button>
          </Group>
        </Stack>
      </form>

      <Modal
        opened={confirming !== null}
        onClose={() => {
          if (!mutation.isPending) setConfirming(null);
        }}
        title={t('forget.confirm.title')}
        size="lg"
        centered
      >
        {confirming && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (matches) mutation.mutate(confirming);
            }}
          >
            <Stack gap="sm">
              <Text>{t('forget.confirm.person', { id: confirming.personId })}</Text>
              <List spacing={4} size="sm">
                <List.Item>{t('forget.confirm.unreadable')}</List.Item>
                <List.Item>{t('forget.confirm.everywhere')}</List.Item>
                <List.Item>{t('forget.confirm.statistics')}</List.Item>
                <List.Item>{t('forget.confirm.recorded')}</List.Item>
                <List.Item fw={700}>{t('forget.confirm.irreversible')}</List.Item>
              </List>
              <Text size="sm">{t('forget.confirm.reasonLabel')}</Text>
              <Text size="sm" fs="italic" style={{ overflowWrap: 'anywhere' }}>
                {confirming.reason}
              </Text>
              <TextInput
                label={t('forget.confirm.typeId')}
                description={t('forget.confirm.typeIdHint')}
                value={typedId}
                onChange={(e) => setTypedId(e.currentTarget.value)}
                autoComplete="off"
                spellCheck={false}
                data-autofocus
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setConfirming(null)} disabled={mutation.isPending}>
                  {t('actions.cancel', { ns: 'common' })}
                </Button>
                <Button type="submit" color="red" disabled={!matches} loading={mutation.isPending}>
                  {t('forget.confirm.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </Stack>
  );
}
