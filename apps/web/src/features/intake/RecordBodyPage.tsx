import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useProblemOnForm } from '../../ui/useProblemOnForm';
import { intakeKeys, recordBody } from './api';
import { BODY_REQUIRED, bodyBody, BodyFields, bodyValues, type BodyValues } from './BodyFields';
import { useRecordingDefaults } from './ReceptionFields';
import { useIntakeText } from './useIntakeText';

/** `POST /api/intake/bodies`: a body returned across the border, named by the place and the unit's reference. */
export function RecordBodyPage() {
  const { t } = useIntakeText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const defaults = useRecordingDefaults();
  const form = useForm<BodyValues & { reference: string }>({
    mode: 'controlled',
    initialValues: { reference: '', ...bodyValues(undefined, defaults) },
    validate: (v) => Object.fromEntries(['reference', ...BODY_REQUIRED].filter((f) => !v[f]).map((f) => [f, t('form.required')])),
  });
  const mutation = useMutation({
    mutationFn: (v: BodyValues & { reference: string }) => recordBody({ reference: v.reference.trim(), ...bodyBody(v) }),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: intakeKeys.all });
      void navigate(`/intake/bodies/${answer.bodyId}`);
    },
  });
  const unshown = useProblemOnForm(form, mutation.error);
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/intake/bodies" size="sm">
        {t('bodies.backToList')}
      </Anchor>
      <Title order={1}>{t('bodies.record')}</Title>
      <Text>{t('bodies.recordIntro')}</Text>
      <form noValidate aria-label={t('bodies.record')} onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <TextInput label={t('fields.reference')} description={t('form.referenceNote')} required autoComplete="off" maw={360} {...form.getInputProps('reference')} />
              <BodyFields form={form} />
            </Stack>
          </Paper>
          <ProblemAlert error={mutation.error} unshownFields={unshown} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/intake/bodies">
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('bodies.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
