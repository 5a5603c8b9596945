import { useCallback } from 'react';
import { Alert, Button, Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { formatNumber } from '../../../i18n/format';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useProblemOnForm } from '../../../ui/useProblemOnForm';
import { useCreateUser, type NewLocalUser } from './api';
import { clearPasswords, PasswordFields, usePasswordRules } from './PasswordFields';
import { NAME_MAX, NATIONAL, PROVINCE_CODES, unitIsOrganisation, unitRule, unitsFor, USERNAME_PATTERN, useUserLabels, type Role } from './reference';

interface AddUserValues {
  username: string;
  name: string;
  role: string | null;
  national: boolean;
  provinces: string[];
  unit: string | null;
  password: string;
  confirm: string;
  [key: string]: unknown;
}

/** A server field (`provinces.0`) on the form's field (`provinces`). */
const formFieldOf = (field: string) => field.split('.')[0];

/**
 * Creates a local account (`POST /api/admin/users`). The provinces offered are the admin's own
 * (the API forbids others); the units follow the role and the provinces, as the server checks
 * them (a partner organisation works nationwide, so it never waits for the provinces). The
 * password fields are emptied after every answer.
 */
export function AddUserForm({ onCreated, onCancel }: { onCreated: (username: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const { user: admin } = useSession();
  const labels = useUserLabels();
  const rules = usePasswordRules();
  const adminIsNational = admin.provinces.includes(NATIONAL);
  const ownProvinces = adminIsNational ? PROVINCE_CODES : PROVINCE_CODES.filter((p) => admin.provinces.includes(p));

  const form = useForm<AddUserValues>({
    mode: 'controlled',
    initialValues: { username: '', name: '', role: null, national: false, provinces: ownProvinces.length === 1 ? [...ownProvinces] : [], unit: null, password: '', confirm: '' },
    validate: {
      username: (v) => (USERNAME_PATTERN.test(v.trim()) ? null : t('users.errors.username')),
      name: (v) => (v.trim().length === 0 || v.trim().length > NAME_MAX ? t('users.errors.name', { max: formatNumber(i18n.language, NAME_MAX) }) : null),
      role: (v) => (v ? null : t('users.errors.role')),
      provinces: (v, values) => (values.national || v.length > 0 ? null : t('users.errors.provinces')),
      unit: (v, values) => {
        const role = values.role as Role | null;
        if (unitRule(role) !== 'required' || v) return null;
        return unitIsOrganisation(role) ? t('users.errors.organisation') : t('users.errors.unit');
      },
      password: rules.password,
      confirm: rules.confirm,
    },
    onValuesChange: (values) => {
      // A unit the new role or provinces no longer allow is dropped, as the server would refuse it.
      if (values.unit && !unitsFor(values.role as Role | null, values.national ? [NATIONAL] : values.provinces).some((u) => u.code === values.unit)) {
        form.setFieldValue('unit', null);
      }
    },
  });

  const mutation = useCreateUser();
  const fieldOf = useCallback(formFieldOf, []);
  const unshown = useProblemOnForm(form, mutation.error, fieldOf);
  const values = form.getValues();
  const role = values.role as Role | null;
  const rule = unitRule(role);
  const units = unitsFor(role, values.national ? [NATIONAL] : values.provinces);

  const submit = (v: AddUserValues) => {
    const body: NewLocalUser = {
      username: v.username.trim(),
      name: v.name.trim(),
      role: v.role as NewLocalUser['role'],
      provinces: v.national ? [NATIONAL] : v.provinces,
      password: v.password,
      ...(rule !== 'none' && v.unit ? { unit: v.unit } : {}),
    };
    mutation.mutate(body, {
      onSuccess: () => {
        form.reset();
        onCreated(body.username);
      },
      onError: (error) => {
        if (error instanceof ApiProblem && error.status === 409) form.setFieldError('username', t('users.errors.taken'));
      },
      // The password is never kept once the server has it (or refused it).
      onSettled: () => clearPasswords(form),
    });
  };

  const error = mutation.error;
  const forbidden = error instanceof ApiProblem && error.status === 403;
  const shownInForm = error instanceof ApiProblem && error.status === 409;

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('users.add.title')}>
      <Stack gap="sm">
        {forbidden ? (
          <Alert color="red" title={t('users.errors.forbiddenTitle')} role="alert">
            {t('users.errors.outsideProvinces')}
          </Alert>
        ) : (
          !shownInForm && <ProblemAlert error={error} unshownFields={unshown} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('users.fields.username')} description={t('users.add.usernameHint')} autoComplete="off" spellCheck={false} autoCapitalize="none" withAsterisk data-autofocus {...form.getInputProps('username')} />
          <TextInput label={t('users.fields.name')} autoComplete="off" maxLength={NAME_MAX} withAsterisk {...form.getInputProps('name')} />
        </SimpleGrid>
        <Select label={t('users.fields.role')} data={labels.roleOptions()} withAsterisk allowDeselect={false} {...form.getInputProps('role')} />
        {adminIsNational && <Checkbox label={t('users.add.national')} description={t('users.add.nationalHint')} {...form.getInputProps('national', { type: 'checkbox' })} />}
        {!values.national && (
          <MultiSelect
            label={t('users.fields.provinces')}
            description={adminIsNational ? undefined : t('users.add.ownProvinces')}
            data={labels.provinceOptions(ownProvinces)}
            searchable
            hidePickedOptions
            withAsterisk
            {...form.getInputProps('provinces')}
          />
        )}
        {rule !== 'none' && (
          <Select
            label={unitIsOrganisation(role) ? t('users.fields.organisation') : t('users.fields.unit')}
            description={t(`users.add.unitHint.${role}`)}
            placeholder={units.length === 0 ? t('users.add.unitNeedsProvince') : undefined}
            data={labels.unitOptions(units)}
            searchable
            clearable={rule === 'optional'}
            withAsterisk={rule === 'required'}
            {...form.getInputProps('unit')}
          />
        )}
        <PasswordFields form={form} label={t('users.fields.initialPassword')} confirmLabel={t('users.fields.confirmPassword')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={mutation.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('users.add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
