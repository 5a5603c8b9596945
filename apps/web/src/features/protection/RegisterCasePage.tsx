import { Anchor, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { isNational } from '../../auth/session';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useProblemOnForm } from '../../ui/useProblemOnForm';
import { protectionKeys, registerCase } from './api';
import { COUNTRY_CODES, DIRECT_CHANNELS, ENTRY_POINT_CODES, EXPLOITATION_TYPES, PROVINCE_CODES, SEXES, todayInCambodia } from './codes';
import { useOrganisationChoices } from './commands/choices';
import { useProtectionText } from './useProtectionText';

const personalField = (field: string) => (field === 'personal.fullName' ? 'fullName' : field);

/**
 * Direct registration (`POST /api/protection/cases`): a person received from overseas
 * authorities, judicial police, an NGO, a court, or self-referred. A victim the police hand over
 * becomes a case by itself. The server makes the person id; the name is sealed under it.
 */
export function RegisterCasePage() {
  const text = useProtectionText();
  const { t } = text;
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const choices = useOrganisationChoices();
  const provinces = isNational(user) ? PROVINCE_CODES : PROVINCE_CODES.filter((p) => user.provinces.includes(p));
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      province: provinces.length === 1 ? provinces[0] : '',
      receivedOn: todayInCambodia(),
      channel: '',
      receivedBy: '',
      entryPoint: '',
      countryReturnedFrom: '',
      sex: '',
      nationality: 'KHM',
      birthDate: '',
      ageInYears: '' as number | string,
      exploitationType: '',
      fullName: '',
    },
    validate: {
      province: (v) => (v ? null : t('form.required')),
      receivedOn: (v) => (v ? null : t('form.required')),
      channel: (v) => (v ? null : t('form.required')),
      sex: (v) => (v ? null : t('form.required')),
      nationality: (v) => (v ? null : t('form.required')),
      exploitationType: (v) => (v ? null : t('form.required')),
      entryPoint: (v, values) => (values.channel === 'overseas_authorities' && !v ? t('form.required') : null),
      ageInYears: (v, values) => (!values.birthDate && (v === '' || v === undefined) ? t('form.birthDateOrAge') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: async (v: typeof form.values) =>
      registerCase({
        province: v.province,
        receivedOn: v.receivedOn,
        channel: v.channel,
        ...(v.receivedBy ? { receivedBy: v.receivedBy } : {}),
        ...(v.channel === 'overseas_authorities' && v.entryPoint ? { entryPoint: v.entryPoint } : {}),
        ...(v.countryReturnedFrom ? { countryReturnedFrom: v.countryReturnedFrom } : {}),
        sex: v.sex,
        nationality: v.nationality,
        ...(v.birthDate ? { birthDate: v.birthDate } : v.ageInYears !== '' ? { ageInYears: Number(v.ageInYears) } : {}),
        exploitationType: v.exploitationType,
        ...(v.fullName.trim() ? { personal: { fullName: v.fullName.trim() } } : {}),
      }),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: protectionKeys.all });
      void navigate(`/protection/cases/${answer.personId}`);
    },
  });
  const unshown = useProblemOnForm(form, mutation.error, personalField);
  const values = form.getValues();
  const departments = choices.any.filter((o) => o.value !== 'mosvy' || isNational(user));

  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/protection/cases" size="sm">
        {t('case.backToList')}
      </Anchor>
      <Title order={1}>{t('register.title')}</Title>
      <Text>{t('register.intro')}</Text>
      <form noValidate aria-label={t('register.title')} onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <Paper withBorder p="md" component="fieldset" m={0}>
            <Title order={2} size="h4" component="legend" px={4}>
              {t('register.reception')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select label={t('common:fields.province')} data={provinces.map((p) => ({ value: p, label: text.province(p) }))} searchable required {...form.getInputProps('province')} />
              <TextInput type="date" label={t('fields.receivedOn')} required {...form.getInputProps('receivedOn')} />
              <Select label={t('fields.channel')} data={text.options('channel', DIRECT_CHANNELS)} required {...form.getInputProps('channel')} />
              <Select label={t('fields.receivedBy')} description={t('register.receivedByNote')} data={departments} searchable clearable {...form.getInputProps('receivedBy')} />
              {values.channel === 'overseas_authorities' && (
                <Select label={t('fields.entryPoint')} data={ENTRY_POINT_CODES.map((c) => ({ value: c, label: text.entryPoint(c) }))} searchable required {...form.getInputProps('entryPoint')} />
              )}
              <Select label={t('fields.countryReturnedFrom')} description={t('register.countryNote')} data={COUNTRY_CODES.filter((c) => c !== 'KHM' && c !== 'XXA').map((c) => ({ value: c, label: text.country(c) }))} searchable clearable {...form.getInputProps('countryReturnedFrom')} />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md" component="fieldset" m={0}>
            <Title order={2} size="h4" component="legend" px={4}>
              {t('register.person')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select label={t('common:fields.sex')} data={SEXES.map((s) => ({ value: s, label: text.sex(s) }))} required {...form.getInputProps('sex')} />
              <Select label={t('common:fields.nationality')} data={COUNTRY_CODES.map((c) => ({ value: c, label: text.country(c) }))} searchable required {...form.getInputProps('nationality')} />
              <TextInput type="date" label={t('fields.birthDate')} description={t('form.birthDateOrAge')} {...form.getInputProps('birthDate')} />
              <NumberInput label={t('fields.ageInYears')} min={0} max={120} allowDecimal={false} {...form.getInputProps('ageInYears')} />
              <Select label={t('fields.exploitationType')} data={text.options('exploitation', EXPLOITATION_TYPES)} required {...form.getInputProps('exploitationType')} />
              <TextInput label={t('fields.fullName')} description={t('form.personalNote')} autoComplete="off" {...form.getInputProps('fullName')} />
            </SimpleGrid>
          </Paper>
          <ProblemAlert error={mutation.error} unshownFields={unshown} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/protection/cases">
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
