import { RecordCommandDialog, type CommandDialogProps as RecordCommandProps } from '../../../ui/commands/RecordCommandDialog';
import { fetchHistory, policeKeys, useReloadCase } from '../api';
import { HistoryTimeline } from '../HistoryTimeline';
import type { CaseView, HistoryEntry } from '../types';

export type CommandDialogProps<T extends Record<string, unknown>> = RecordCommandProps<T, CaseView>;

/**
 * One command on a police case, in a modal (see RecordCommandDialog: If-Match, field errors,
 * conflicts): the police screens' words, queries and history timeline.
 */
export function CommandDialog<T extends Record<string, unknown>>(props: CommandDialogProps<T>) {
  const caseId = props.loaded.view.caseId;
  const reload = useReloadCase(caseId);
  return (
    <RecordCommandDialog<T, CaseView, HistoryEntry>
      {...props}
      namespace="police"
      reload={reload}
      invalidate={policeKeys.all}
      history={{ queryKey: policeKeys.history(caseId), fetch: () => fetchHistory(caseId) }}
      renderEvents={(newer, all, label) => <HistoryTimeline events={newer} all={all} label={label} />}
    />
  );
}
