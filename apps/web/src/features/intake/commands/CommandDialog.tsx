import { RecordCommandDialog, type CommandDialogProps } from '../../../ui/commands/RecordCommandDialog';
import type { HistoryEntry } from '../../../history/types';
import { fetchBody, fetchBodyHistory, fetchPerson, fetchPersonHistory, fetchReception, fetchReceptionHistory, intakeKeys, useReload } from '../api';
import type { BodyView, PersonView, ReceptionView } from '../types';
import { ConflictEvents } from '../../../ui/commands/ConflictEvents';

/*
 * One command on an intake record, in a modal (see RecordCommandDialog: If-Match, field errors,
 * conflicts): the intake screens' words and queries, per kind of record, the events since as a
 * list in words.
 */

const renderEvents = (newer: HistoryEntry[], _all: HistoryEntry[], label: string) => <ConflictEvents events={newer} label={label} namespace="intake" />;

export function ReceptionCommandDialog<T extends Record<string, unknown>>(props: CommandDialogProps<T, ReceptionView>) {
  const id = props.loaded.view.receptionId;
  const reload = useReload(intakeKeys.reception, fetchReception, id);
  return (
    <RecordCommandDialog<T, ReceptionView, HistoryEntry>
      {...props}
      namespace="intake"
      reload={reload}
      invalidate={intakeKeys.all}
      history={{ queryKey: intakeKeys.receptionHistory(id), fetch: () => fetchReceptionHistory(id) }}
      renderEvents={renderEvents}
      reloadButtonWidth="fit-content"
    />
  );
}

export function PersonCommandDialog<T extends Record<string, unknown>>(props: CommandDialogProps<T, PersonView>) {
  const id = props.loaded.view.personId;
  const reload = useReload(intakeKeys.person, fetchPerson, id);
  return (
    <RecordCommandDialog<T, PersonView, HistoryEntry>
      {...props}
      namespace="intake"
      reload={reload}
      invalidate={intakeKeys.all}
      history={{ queryKey: intakeKeys.personHistory(id), fetch: () => fetchPersonHistory(id) }}
      renderEvents={renderEvents}
      reloadButtonWidth="fit-content"
    />
  );
}

export function BodyCommandDialog<T extends Record<string, unknown>>(props: CommandDialogProps<T, BodyView>) {
  const id = props.loaded.view.bodyId;
  const reload = useReload(intakeKeys.body, fetchBody, id);
  return (
    <RecordCommandDialog<T, BodyView, HistoryEntry>
      {...props}
      namespace="intake"
      reload={reload}
      invalidate={intakeKeys.all}
      history={{ queryKey: intakeKeys.bodyHistory(id), fetch: () => fetchBodyHistory(id) }}
      renderEvents={renderEvents}
      reloadButtonWidth="fit-content"
    />
  );
}
