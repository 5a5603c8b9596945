import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useProblemOnForm } from '../../ui/useProblemOnForm';
import { intakeKeys, recordReception } from './api';
import { countField, countsProblem, RECEPTION_REQUIRED, receptionBody, ReceptionFields, receptionValues, useRecordingDefaults, type ReceptionValues } from './ReceptionFields';
import { useIntakeText } from './useIntakeText';

/**
 * `POST /api/intake/receptions`: people received together at a checkpoint, an airport or an
 * embassy, counted by sex and age. The id is named by the place and the unit's reference, so the
 * same row entered twice (here or in a file) is one reception.
 */
export function RecordReceptionPage() {
  const text = useIntakeText();
  const { t } = text;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const defaults = useRecordingDefaults();
  const form = useForm<ReceptionValues & { reference: string }>({
    mode: 'controlled',
    initialValues: { reference: '', ...receptionValues(undefined, defaults) },
    validate: (v) => ({
      ...Object.fromEntries(['reference', ...RECEPTION_REQUIRED].filter((f) => !v[f]).map((f) => [f, t('form.required')])),
      ...countsProblem(v, t('form.nobody')),
    }),
  });
  const mutation = useMutation({
    mutationFn: (v: ReceptionValues & { reference: string }) => recordReception({ reference: v.reference.trim(), ...receptionBody(v) }),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: intakeKeys.all });
      void navigate(`/intake/receptions/${answer.receptionId}`);
    },
  });
  const unshown = useProblemOnForm(form, mutation.error, countField);
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/intake/receptions" size="sm">
        {t('receptions.backToList')}
      </Anchor>
      <Title order={1}>{t('receptions.record')}</Title>
      <Text>{t('receptions.recordIntro')}</Text>
      <form noValidate aria-label={t('receptions.record')} onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <TextInput label={t('fields.reference')} description={t('form.referenceNote')} required autoComplete="off" maw={360} {...form.getInputProps('reference')} />
              <ReceptionFields form={form} />
            </Stack>
          </Paper>
          <ProblemAlert error={mutation.error} unshownFields={unshown} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/intake/receptions">
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('receptions.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
