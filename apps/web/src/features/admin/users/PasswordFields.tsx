import { PasswordInput, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { PASSWORD_MAX, PASSWORD_MIN } from './reference';

export interface PasswordValues {
  password: string;
  confirm: string;
}

/** The form rules of a new password (the API's bounds, and the same text twice). */
export function usePasswordRules() {
  const { t, i18n } = useTranslation('admin');
  const bounds = { min: formatNumber(i18n.language, PASSWORD_MIN), max: formatNumber(i18n.language, PASSWORD_MAX) };
  return {
    bounds,
    password: (value: string) => ([...value].length < PASSWORD_MIN || [...value].length > PASSWORD_MAX ? t('users.password.tooShort', bounds) : null),
    confirm: (value: string, values: PasswordValues) => (value !== values.password ? t('users.password.mismatch') : null),
  };
}

/** Empties both password fields (each on its own, so the errors of other fields stay shown). */
export function clearPasswords<T extends PasswordValues>(form: UseFormReturnType<T>): void {
  const { setFieldValue } = form as unknown as UseFormReturnType<PasswordValues>;
  setFieldValue('password', '');
  setFieldValue('confirm', '');
}

/** A password and its confirmation, with the rules shown beside the first. Never pre-filled. */
export function PasswordFields<T extends PasswordValues>({ form, label, confirmLabel }: { form: UseFormReturnType<T>; label: string; confirmLabel: string }) {
  const { t } = useTranslation('admin');
  const { bounds } = usePasswordRules();
  const toggle = { 'aria-label': t('users.password.toggle') };
  return (
    <Stack gap="sm">
      <PasswordInput label={label} description={t('users.password.rules', bounds)} autoComplete="new-password" withAsterisk visibilityToggleButtonProps={toggle} {...form.getInputProps('password')} />
      <PasswordInput label={confirmLabel} autoComplete="new-password" withAsterisk visibilityToggleButtonProps={toggle} {...form.getInputProps('confirm')} />
    </Stack>
  );
}
