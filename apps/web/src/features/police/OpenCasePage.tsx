import { Anchor, Button, Group, MultiSelect, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../auth/AuthProvider';
import { isNational } from '../../auth/session';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useProblemOnForm } from '../../ui/useProblemOnForm';
import { policeKeys } from './api';
import { PROVINCE_CODES, UNIT_CODES, todayInCambodia, unitOfCode, useLabels } from './codes';

interface OpenCaseValues extends Record<string, unknown> {
  unit: string;
  province: string;
  offences: string[];
  openedOn: string;
  reference: string;
}

/** The server names `unit.code`/`unit.type`; the form has one unit field. */
const fieldOf = (field: string) => (field.startsWith('unit.') ? 'unit' : field.startsWith('offences.') ? 'offences' : field);

/** Opening a police case: the unit (the officer's own by default), province, offences, date. */
export function OpenCasePage() {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const provinces = isNational(user) ? PROVINCE_CODES : PROVINCE_CODES.filter((p) => user.provinces.includes(p));
  const ownUnit = unitOfCode(user.unit);
  // A case is recorded under the officer's own unit (the server refuses another); without a known
  // unit the units of the user's provinces are offered and the server gives its reason.
  const units = ownUnit
    ? [ownUnit.code]
    : UNIT_CODES.filter((code) => {
        const unit = unitOfCode(code);
        return unit !== undefined && (unit.province === null || provinces.includes(unit.province));
      });
  const defaultProvince = ownUnit?.province ?? (provinces.length === 1 ? provinces[0] : '');

  const form = useForm<OpenCaseValues>({
    mode: 'controlled',
    initialValues: { unit: ownUnit?.code ?? '', province: defaultProvince, offences: [], openedOn: todayInCambodia(), reference: '' },
    validate: {
      unit: (v) => (v ? null : t('form.required')),
      province: (v) => (v ? null : t('form.required')),
      offences: (v) => (v.length > 0 ? null : t('form.required')),
      openedOn: (v) => (v ? null : t('form.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: async (v: OpenCaseValues) => {
      const unit = unitOfCode(v.unit)!;
      const body: Schemas['OpenPoliceCaseDto'] = {
        unit: { code: unit.code, type: unit.type },
        province: v.province as Schemas['OpenPoliceCaseDto']['province'],
        offences: v.offences as Schemas['OpenPoliceCaseDto']['offences'],
        openedOn: v.openedOn,
        ...(v.reference.trim() ? { reference: v.reference.trim() } : {}),
      };
      return unwrap(await api.POST('/api/enforcement/cases', { body }));
    },
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: policeKeys.all });
      navigate(`/police/cases/${answer.caseId}`);
    },
  });
  const unshown = useProblemOnForm(form, mutation.error, fieldOf);

  return (
    <Stack maw={720}>
      <Anchor component={Link} to="/police/cases" size="sm">
        {t('case.backToList')}
      </Anchor>
      <Title order={1}>{t('open.title')}</Title>
      <form noValidate aria-label={t('open.title')} onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <Select
            label={t('common:fields.unit')}
            data={labels.options.units(units)}
            required
            searchable
            {...form.getInputProps('unit')}
            onChange={(v) => {
              form.setFieldValue('unit', v ?? '');
              const province = unitOfCode(v)?.province;
              if (province) form.setFieldValue('province', province);
            }}
          />
          <Select label={t('common:fields.province')} data={labels.options.provinces(provinces)} required searchable {...form.getInputProps('province')} />
          <MultiSelect label={t('open.offences')} description={t('open.offencesNote')} data={labels.options.offences()} required searchable {...form.getInputProps('offences')} />
          <TextInput type="date" label={t('fields.openedOn')} required {...form.getInputProps('openedOn')} />
          <TextInput label={t('open.reference')} description={t('open.referenceNote')} {...form.getInputProps('reference')} />
          <ProblemAlert error={mutation.error} unshownFields={unshown} />
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('open.submit')}
            </Button>
            <Button variant="default" component={Link} to="/police/cases">
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
