import { RecordCommandDialog, type CommandDialogProps as RecordCommandProps } from '../../../ui/commands/RecordCommandDialog';
import { fetchHistory, protectionKeys, useReloadCase } from '../api';
import type { CaseView, HistoryEntry } from '../types';
import { ConflictEvents } from '../../../ui/commands/ConflictEvents';

export type CommandDialogProps<T extends Record<string, unknown>> = RecordCommandProps<T, CaseView>;

/**
 * One command on a protection case, in a modal (see RecordCommandDialog: If-Match, field errors,
 * conflicts): the protection screens' words and queries, the events since as a list in words.
 */
export function CommandDialog<T extends Record<string, unknown>>(props: CommandDialogProps<T>) {
  const personId = props.loaded.view.personId;
  const reload = useReloadCase(personId);
  return (
    <RecordCommandDialog<T, CaseView, HistoryEntry>
      {...props}
      namespace="protection"
      reload={reload}
      invalidate={protectionKeys.all}
      history={{ queryKey: protectionKeys.history(personId), fetch: () => fetchHistory(personId) }}
      renderEvents={(newer, _all, label) => <ConflictEvents events={newer} label={label} namespace="protection" />}
      reloadButtonWidth="fit-content"
    />
  );
}
