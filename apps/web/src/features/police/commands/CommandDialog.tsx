import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useProblemOnForm } from '../../../ui/useProblemOnForm';
import { isConcurrentChange, policeKeys, useReloadCase } from '../api';
import { ConflictPanel } from '../ConflictPanel';
import type { CaseView } from '../types';

export interface CommandDialogProps<T extends Record<string, unknown>> {
  title: string;
  /** The case version the page shows: its revision and ETag are what the command expects. */
  loaded: { view: CaseView; etag: string };
  initialValues: T;
  /** Required fields, checked before sending (the server checks everything again). */
  required?: (keyof T & string)[];
  /** Server field path → form field, when they differ (e.g. `personal.fullName` → `fullName`). */
  fieldOf?: (serverField: string) => string;
  /** Sends the command with `If-Match`; resolves with the answer or throws its problem. */
  send: (values: T, ifMatch: string) => Promise<unknown>;
  children: (form: UseFormReturnType<T>, view: CaseView) => ReactNode;
  onClose: () => void;
  onDone?: (answer: unknown) => void;
  submitLabel?: string;
}

/**
 * One command on a case, in a modal: the form, the server's field errors on their fields, its
 * rule violations in words, and a concurrent change (409 on If-Match) shown with the new events
 * and a way to load the new version and try again, the values kept.
 */
export function CommandDialog<T extends Record<string, unknown>>({ title, loaded, initialValues, required = [], fieldOf, send, children, onClose, onDone, submitLabel }: CommandDialogProps<T>) {
  const { t } = useTranslation('police');
  const queryClient = useQueryClient();
  const caseId = loaded.view.caseId;
  // The version this dialog acts on: the one loaded when it opened, until the user loads a newer one.
  const [version, setVersion] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const reloadCase = useReloadCase(caseId);
  const form = useForm<T>({
    mode: 'controlled',
    initialValues,
    validate: (values) => Object.fromEntries(required.filter((f) => values[f] === '' || values[f] === null || values[f] === undefined).map((f) => [f, t('form.required')])),
  });
  const mutation = useMutation({
    mutationFn: (values: T) => send(values, version.etag),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: policeKeys.all });
      onDone?.(answer);
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
      void queryClient.invalidateQueries({ queryKey: policeKeys.history(caseId) });
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg" fullScreen={false} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form noValidate aria-label={title} onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack>
          {children(form, version.view)}
          {conflict ? (
            <ConflictPanel caseId={caseId} loadedRevision={version.view.revision} onReload={() => void reload()} reloading={reloading} />
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
