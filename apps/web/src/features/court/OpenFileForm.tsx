import { Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useProblemOnForm } from '../../ui/useProblemOnForm';
import { courtKeys } from './api';
import { COURTS, OFFENCES } from './codes';
import { useCourtText } from './useCourtText';
import { todayInCambodia } from './util';

/** POST /api/court/files (prosecutor): a file for a case that did not come from a police unit of this system. */
export function OpenFileForm({ onCancel, courts = COURTS }: { onCancel: () => void; courts?: readonly string[] }) {
  const text = useCourtText();
  const { t } = text;
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { court: courts.length === 1 ? courts[0] : '', openedOn: todayInCambodia(), offences: [] as string[], reference: '' },
    validate: {
      court: (v) => (v ? null : t('form.required')),
      openedOn: (v) => (v ? null : t('form.required')),
      offences: (v) => (v.length ? null : t('form.required')),
    },
  });
  const command = useMutation({
    mutationFn: async (body: Schemas['OpenCourtFileDto']) => unwrap(await api.POST('/api/court/files', { body })),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: courtKeys.all });
      void navigate(`/court/files/${answer.fileId}`);
    },
  });
  const unshown = useProblemOnForm(form, command.error, (f) => f.replace(/^offences\.\d+$/, 'offences'));
  return (
    <form
      aria-label={t('open.title')}
      noValidate
      onSubmit={form.onSubmit((v) =>
        command.mutate({ court: v.court as Schemas['OpenCourtFileDto']['court'], openedOn: v.openedOn, offences: v.offences as Schemas['OpenCourtFileDto']['offences'], ...(v.reference.trim() ? { reference: v.reference.trim() } : {}) }),
      )}
    >
      <Stack>
        <Text size="sm">{t('open.intro')}</Text>
        <Select label={t('open.court')} data={courts.map((c) => ({ value: c, label: text.court(c) }))} searchable required {...form.getInputProps('court')} />
        <TextInput type="date" label={t('open.openedOn')} required {...form.getInputProps('openedOn')} />
        <MultiSelect label={t('open.offences')} data={OFFENCES.map((o) => ({ value: o, label: text.code('offences', o) }))} searchable required {...form.getInputProps('offences')} />
        <TextInput label={t('open.reference')} maxLength={100} {...form.getInputProps('reference')} />
        <ProblemAlert error={command.error} unshownFields={unshown} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={command.isPending}>
            {t('open.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
