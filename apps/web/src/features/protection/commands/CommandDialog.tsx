import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useProblemOnForm } from '../../../ui/useProblemOnForm';
import { isConcurrentChange, protectionKeys, useReloadCase } from '../api';
import type { CaseView, LoadedCase } from '../types';
import { ConflictPanel } from './ConflictPanel';

export interface CommandDialogProps<T extends Record<string, unknown>> {
  title: string;
  /** The case version the page shows: its ETag is what the command expects (If-Match). */
  loaded: LoadedCase;
  initialValues: T;
  /** Required fields, checked before sending (the server checks everything again). */
  required?: (keyof T & string)[];
  /** More checks before sending: field → message. */
  validate?: (values: T) => Partial<Record<keyof T & string, string>>;
  /** Server field path → form field, when they differ. */
  fieldOf?: (serverField: string) => string;
  /** Sends the command with `If-Match`; resolves with the answer or throws its problem. */
  send: (values: T, ifMatch: string, view: CaseView) => Promise<unknown>;
  children: (form: UseFormReturnType<T>, view: CaseView) => ReactNode;
  onClose: () => void;
  submitLabel?: string;
}

/**
 * One command on a protection case, in a modal: the form, the server's field errors on their
 * fields, a refused rule in words, and a concurrent change (409 on If-Match) shown with the
 * events since, in words, and a way to load the new version and send again, the values kept.
 */
export function CommandDialog<T extends Record<string, unknown>>({ title, loaded, initialValues, required = [], validate, fieldOf, send, children, onClose, submitLabel }: CommandDialogProps<T>) {
  const { t } = useTranslation('protection');
  const queryClient = useQueryClient();
  const personId = loaded.view.personId;
  // The version this dialog acts on: the one loaded when it opened, until the user loads a newer one.
  const [version, setVersion] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const reloadCase = useReloadCase(personId);
  const form = useForm<T>({
    mode: 'controlled',
    initialValues,
    validate: (values) => ({
      ...Object.fromEntries(required.filter((f) => values[f] === '' || values[f] === null || values[f] === undefined || (Array.isArray(values[f]) && (values[f] as unknown[]).length === 0)).map((f) => [f, t('form.required')])),
      ...(validate?.(values) ?? {}),
    }),
  });
  const mutation = useMutation({
    mutationFn: (values: T) => send(values, version.etag, version.view),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: protectionKeys.all });
      onClose();
    },
  });
  const unshown = useProblemOnForm(form, mutation.error, fieldOf);
  const conflict = isConcurrentChange(mutation.error);

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await reloadCase();
      setVersion(fresh);
      mutation.reset();
      void queryClient.invalidateQueries({ queryKey: protectionKeys.history(personId) });
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form noValidate aria-label={title} onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack>
          {children(form, version.view)}
          {conflict ? (
            <ConflictPanel personId={personId} loadedRevision={version.view.revision} onReload={() => void reload()} reloading={reloading} />
          ) : (
            <ProblemAlert error={mutation.error} unshownFields={unshown} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={conflict}>
              {submitLabel ?? t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
