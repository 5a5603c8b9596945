import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useProblemOnForm } from '../../../ui/useProblemOnForm';
import { useChangeUser, useResetPassword, type LocalUser } from './api';
import { clearPasswords, PasswordFields, usePasswordRules } from './PasswordFields';
import { NAME_MAX } from './reference';

export type RowAction = { kind: 'disable' | 'reset' | 'rename'; user: LocalUser };

function DialogButtons({ onCancel, pending, submit, color }: { onCancel: () => void; pending: boolean; submit: string; color?: string }) {
  const { t } = useTranslation('admin');
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} disabled={pending}>
        {t('common:actions.cancel')}
      </Button>
      <Button type="submit" loading={pending} color={color}>
        {submit}
      </Button>
    </Group>
  );
}

/** Disabling asks first: the user can no longer sign in (tokens already issued live out their lifetime). */
function DisableDialog({ user, onDone, onCancel }: { user: LocalUser; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('admin');
  const mutation = useChangeUser();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate({ id: user.id, change: { disabled: true } }, { onSuccess: () => onDone(t('users.done.disabled', { username: user.username })) });
      }}
    >
      <Stack gap="sm">
        <ProblemAlert error={mutation.error} />
        <Text>{t('users.disable.body', { username: user.username, name: user.name })}</Text>
        <Text size="sm">{t('users.disable.tokens')}</Text>
        <DialogButtons onCancel={onCancel} pending={mutation.isPending} submit={t('users.disable.submit')} color="red" />
      </Stack>
    </form>
  );
}

interface ResetValues {
  password: string;
  confirm: string;
  [key: string]: unknown;
}

function ResetPasswordDialog({ user, onDone, onCancel }: { user: LocalUser; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('admin');
  const rules = usePasswordRules();
  const mutation = useResetPassword();
  const form = useForm<ResetValues>({ mode: 'controlled', initialValues: { password: '', confirm: '' }, validate: { password: rules.password, confirm: rules.confirm } });
  const unshown = useProblemOnForm(form, mutation.error);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        mutation.mutate(
          { id: user.id, password: values.password },
          {
            onSuccess: () => onDone(t('users.done.passwordReset', { username: user.username })),
            // Never kept after the request, whatever the answer.
            onSettled: () => clearPasswords(form),
          },
        ),
      )}
    >
      <Stack gap="sm">
        <ProblemAlert error={mutation.error} unshownFields={unshown} />
        <Text size="sm">{t('users.reset.body', { username: user.username })}</Text>
        <PasswordFields form={form} label={t('users.fields.newPassword')} confirmLabel={t('users.fields.confirmNewPassword')} />
        <DialogButtons onCancel={onCancel} pending={mutation.isPending} submit={t('users.reset.submit')} />
      </Stack>
    </form>
  );
}

interface RenameValues {
  name: string;
  [key: string]: unknown;
}

function RenameDialog({ user, onDone, onCancel }: { user: LocalUser; onDone: (message: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const mutation = useChangeUser();
  const form = useForm<RenameValues>({
    mode: 'controlled',
    initialValues: { name: user.name },
    validate: { name: (v) => (v.trim().length === 0 || v.trim().length > NAME_MAX ? t('users.errors.name', { max: formatNumber(i18n.language, NAME_MAX) }) : null) },
  });
  const unshown = useProblemOnForm(form, mutation.error);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const name = values.name.trim();
        if (name === user.name) return onCancel();
        mutation.mutate({ id: user.id, change: { name } }, { onSuccess: () => onDone(t('users.done.renamed', { username: user.username, name })) });
      })}
    >
      <Stack gap="sm">
        <ProblemAlert error={mutation.error} unshownFields={unshown} />
        <TextInput label={t('users.fields.name')} maxLength={NAME_MAX} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <DialogButtons onCancel={onCancel} pending={mutation.isPending} submit={t('common:actions.save')} />
      </Stack>
    </form>
  );
}

/** The dialog of a row action: one at a time, titled with the user it acts on. */
export function UserActionDialog({ action, onDone, onClose }: { action: RowAction | null; onDone: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const title = action ? t(`users.${action.kind}.title`, { username: action.user.username }) : '';
  return (
    <Modal opened={action !== null} onClose={onClose} title={title} centered size="md" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      {action?.kind === 'disable' && <DisableDialog user={action.user} onDone={onDone} onCancel={onClose} />}
      {action?.kind === 'reset' && <ResetPasswordDialog user={action.user} onDone={onDone} onCancel={onClose} />}
      {action?.kind === 'rename' && <RenameDialog user={action.user} onDone={onDone} onCancel={onClose} />}
    </Modal>
  );
}
