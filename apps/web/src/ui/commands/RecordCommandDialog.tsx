import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, type ButtonProps } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../ProblemAlert';
import { useProblemOnForm } from '../useProblemOnForm';
import { isConcurrentChange, type LoadedRecord } from './concurrency';
import { ConflictPanel, type HistorySource } from './ConflictPanel';

/** What a command dialog is given by the screen that opens it (the same for every record kind). */
export interface CommandDialogProps<T extends Record<string, unknown>, V extends { revision: number }> {
  title: string;
  /** The version the page shows: its ETag is what the command expects (If-Match). */
  loaded: LoadedRecord<V>;
  initialValues: T;
  /** Required fields (empty: '', null, undefined or an empty list), checked before sending (the server checks everything again). */
  required?: (keyof T & string)[];
  /** More checks before sending: field → message. */
  validate?: (values: T) => Partial<Record<keyof T & string, string>>;
  /** Server field path → form field, when they differ (e.g. `personal.fullName` → `fullName`). */
  fieldOf?: (serverField: string) => string;
  /** Sends the command with `If-Match` on the version the dialog acts on; resolves with the answer or throws its problem. */
  send: (values: T, ifMatch: string, view: V) => Promise<unknown>;
  children: (form: UseFormReturnType<T>, view: V) => ReactNode;
  onClose: () => void;
  onDone?: (answer: unknown) => void;
  submitLabel?: string;
}

/** What differs from one kind of record to another: supplied by the screens' own wrapper. */
export interface RecordCommandDialogProps<T extends Record<string, unknown>, V extends { revision: number }, E extends { revision: number }> extends CommandDialogProps<T, V> {
  /** The screens' i18n namespace: `form.required`, `conflict.changesSince`, `conflict.noNewEvents`. */
  namespace: string;
  /** Fetches the current version of the record now, replacing what was cached. */
  reload: () => Promise<LoadedRecord<V>>;
  /** Invalidated once a command succeeded (all the screens' queries). */
  invalidate: QueryKey;
  /** The record's history: the conflict panel shows the events since, and a reload refreshes it. */
  history: HistorySource<E>;
  /** The newer events in words, in the conflict panel. */
  renderEvents: (newer: E[], all: E[], label: string) => ReactNode;
  reloadButtonWidth?: ButtonProps['w'];
}

const isEmpty = (value: unknown) => value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * One command on a record, in a modal: the form, the server's field errors on their fields, its
 * rule violations in words, and a concurrent change (409 on If-Match) shown with the events since
 * and a way to load the new version and send again, the values kept.
 */
export function RecordCommandDialog<T extends Record<string, unknown>, V extends { revision: number }, E extends { revision: number }>({
  title,
  loaded,
  initialValues,
  required = [],
  validate,
  fieldOf,
  send,
  children,
  onClose,
  onDone,
  submitLabel,
  namespace,
  reload: reloadRecord,
  invalidate,
  history,
  renderEvents,
  reloadButtonWidth,
}: RecordCommandDialogProps<T, V, E>) {
  const { t } = useTranslation(namespace);
  const queryClient = useQueryClient();
  // The version this dialog acts on: the one loaded when it opened, until the user loads a newer one.
  const [version, setVersion] = useState(loaded);
  const [reloading, setReloading] = useState(false);
  const form = useForm<T>({
    mode: 'controlled',
    initialValues,
    validate: (values) => ({
      ...Object.fromEntries(required.filter((f) => isEmpty(values[f])).map((f) => [f, t('form.required')])),
      ...(validate?.(values) ?? {}),
    }),
  });
  const mutation = useMutation({
    mutationFn: (values: T) => send(values, version.etag, version.view),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: invalidate });
      onDone?.(answer);
      onClose();
    },
  });
  const unshown = useProblemOnForm(form, mutation.error, fieldOf);
  const conflict = isConcurrentChange(mutation.error);

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await reloadRecord();
      setVersion(fresh);
      mutation.reset();
      void queryClient.invalidateQueries({ queryKey: history.queryKey });
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
            <ConflictPanel namespace={namespace} history={history} loadedRevision={version.view.revision} renderEvents={renderEvents} onReload={() => void reload()} reloading={reloading} reloadButtonWidth={reloadButtonWidth} />
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
