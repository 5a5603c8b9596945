import { Anchor, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useProblemOnForm } from '../../ui/useProblemOnForm';
import { intakeKeys, screenPerson } from './api';
import { COUNTRY_CODES, exploitationsFor, outcomeIndicatesExploitation, placesFor, SCREENING_OUTCOMES, SEXES, todayInCambodia, unitsFor } from './codes';
import { useScope } from './IntakeFilters';
import { RETURN_COUNTRIES, useRecordingDefaults } from './ReceptionFields';
import { useIntakeText } from './useIntakeText';

const personalField = (field: string) => (field === 'personal.fullName' ? 'fullName' : field);

/**
 * `POST /api/intake/screenings`: a person who came with a reception (named by its reference at
 * the same place), interviewed and screened. The name is optional and sealed under the person's
 * key by the server; the birth date or the age gives the age band.
 */
export function ScreenPersonPage() {
  const text = useIntakeText();
  const { t } = text;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const scope = useScope();
  const defaults = useRecordingDefaults();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      reference: '',
      receptionReference: params.get('receptionReference') ?? '',
      place: params.get('place') ?? defaults.place ?? '',
      screenedOn: todayInCambodia(),
      screenedBy: defaults.receivedBy ?? '',
      outcome: '',
      exploitationIndicated: '',
      sex: '',
      nationality: 'KHM',
      countryReturnedFrom: '',
      birthDate: '',
      ageInYears: '' as number | string,
      fullName: '',
    },
    validate: (v) => ({
      ...Object.fromEntries(['reference', 'receptionReference', 'place', 'screenedOn', 'screenedBy', 'outcome', 'sex', 'nationality', 'countryReturnedFrom'].filter((f) => !v[f as keyof typeof v]).map((f) => [f, t('form.required')])),
      ...(outcomeIndicatesExploitation(v.outcome) && !v.exploitationIndicated ? { exploitationIndicated: t('form.required') } : {}),
      ...(!v.birthDate && v.ageInYears === '' ? { ageInYears: t('form.birthDateOrAge') } : {}),
      ...(v.birthDate && v.ageInYears !== '' ? { ageInYears: t('form.birthDateOrAgeOnly') } : {}),
    }),
  });
  const mutation = useMutation({
    mutationFn: async (v: typeof form.values) =>
      screenPerson({
        reference: v.reference.trim(),
        receptionReference: v.receptionReference.trim(),
        place: v.place,
        screenedOn: v.screenedOn,
        screenedBy: v.screenedBy,
        outcome: v.outcome,
        ...(outcomeIndicatesExploitation(v.outcome) ? { exploitationIndicated: v.exploitationIndicated } : {}),
        sex: v.sex,
        nationality: v.nationality,
        countryReturnedFrom: v.countryReturnedFrom,
        ...(v.birthDate ? { birthDate: v.birthDate } : { ageInYears: Number(v.ageInYears) }),
        ...(v.fullName.trim() ? { personal: { fullName: v.fullName.trim() } } : {}),
      }),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: intakeKeys.all });
      void navigate(`/intake/screenings/${answer.personId}`);
    },
  });
  const unshown = useProblemOnForm(form, mutation.error, personalField);
  const values = form.getValues();
  const exploitations = exploitationsFor(values.outcome);
  const outcomeProps = form.getInputProps('outcome');
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/intake/screenings" size="sm">
        {t('persons.backToList')}
      </Anchor>
      <Title order={1}>{t('commands.screenPerson')}</Title>
      <Text>{t('screen.intro')}</Text>
      <form noValidate aria-label={t('commands.screenPerson')} onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <Paper withBorder p="md" component="fieldset" m={0}>
            <Title order={2} size="h4" component="legend" px={4}>
              {t('screen.screening')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('fields.reference')} description={t('form.referenceNote')} required autoComplete="off" {...form.getInputProps('reference')} />
              <TextInput label={t('fields.receptionReference')} description={t('form.receptionReferenceNote')} required autoComplete="off" {...form.getInputProps('receptionReference')} />
              <Select label={t('fields.place')} data={placesFor(scope).map((p) => ({ value: p.code, label: text.place(p.code) }))} searchable required {...form.getInputProps('place')} />
              <TextInput type="date" label={t('fields.screenedOn')} required {...form.getInputProps('screenedOn')} />
              <Select label={t('fields.screenedBy')} data={unitsFor(scope).map((u) => ({ value: u.code, label: text.unit(u.code) }))} searchable required {...form.getInputProps('screenedBy')} />
              <Select
                label={t('fields.outcome')}
                data={text.options('outcome', SCREENING_OUTCOMES)}
                required
                {...outcomeProps}
                onChange={(value) => {
                  outcomeProps.onChange(value);
                  const allowed = exploitationsFor(value);
                  form.setFieldValue('exploitationIndicated', allowed.length === 1 ? allowed[0] : '');
                }}
              />
              {exploitations.length > 0 && <Select label={t('fields.exploitationIndicated')} data={exploitations.map((e) => ({ value: e, label: text.exploitation(e) }))} required {...form.getInputProps('exploitationIndicated')} />}
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md" component="fieldset" m={0}>
            <Title order={2} size="h4" component="legend" px={4}>
              {t('screen.person')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select label={t('common:fields.sex')} data={SEXES.map((s) => ({ value: s, label: text.sex(s) }))} required {...form.getInputProps('sex')} />
              <Select label={t('common:fields.nationality')} data={COUNTRY_CODES.map((c) => ({ value: c, label: text.nationality(c) }))} searchable required {...form.getInputProps('nationality')} />
              <Select label={t('fields.countryReturnedFrom')} data={RETURN_COUNTRIES.map((c) => ({ value: c, label: text.country(c) }))} searchable required {...form.getInputProps('countryReturnedFrom')} />
              <TextInput type="date" label={t('fields.birthDate')} description={t('form.birthDateOrAge')} {...form.getInputProps('birthDate')} />
              <NumberInput label={t('fields.ageInYears')} min={0} max={120} allowDecimal={false} allowNegative={false} {...form.getInputProps('ageInYears')} />
              <TextInput label={t('fields.fullName')} description={t('form.personalNote')} autoComplete="off" {...form.getInputProps('fullName')} />
            </SimpleGrid>
          </Paper>
          <ProblemAlert error={mutation.error} unshownFields={unshown} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/intake/screenings">
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('screen.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
