import { Textarea, TextInput } from '@mantine/core';
import { send } from '../api';
import { todayInCambodia } from '../codes';
import { countField, countsProblem, RECEPTION_REQUIRED, receptionBody, ReceptionFields, receptionValues, type ReceptionValues } from '../ReceptionFields';
import type { LoadedReception } from '../types';
import { useIntakeText } from '../useIntakeText';
import { ReceptionCommandDialog } from './CommandDialog';

export interface ReceptionDialogProps {
  loaded: LoadedReception;
  onClose: () => void;
}

/** A correction supersedes the figures as a whole (`POST …/corrections`, If-Match): the form starts from the current ones. */
export function CorrectReceptionDialog({ loaded, onClose }: ReceptionDialogProps) {
  const { t } = useIntakeText();
  return (
    <ReceptionCommandDialog<ReceptionValues & { correctedOn: string; justification: string }>
      title={t('commands.correctReception')}
      loaded={loaded}
      initialValues={{ ...receptionValues(loaded.view), correctedOn: todayInCambodia(), justification: '' }}
      required={[...RECEPTION_REQUIRED, 'correctedOn', 'justification']}
      validate={(v) => countsProblem(v, t('form.nobody'))}
      fieldOf={countField}
      send={(v, ifMatch, view) => send('/api/intake/receptions/{receptionId}/corrections', { receptionId: view.receptionId }, { ...receptionBody(v), correctedOn: v.correctedOn, justification: v.justification.trim() }, ifMatch)}
      onClose={onClose}
    >
      {(form) => (
        <>
          <ReceptionFields form={form} />
          <TextInput type="date" label={t('fields.correctedOn')} required {...form.getInputProps('correctedOn')} />
          <Textarea label={t('fields.justification')} description={t('form.justificationNote')} required autosize minRows={2} {...form.getInputProps('justification')} />
        </>
      )}
    </ReceptionCommandDialog>
  );
}

/** The reception was recorded in error: the statistics stop counting it. Final. */
export function WithdrawReceptionDialog({ loaded, onClose }: ReceptionDialogProps) {
  const { t } = useIntakeText();
  return (
    <ReceptionCommandDialog
      title={t('commands.withdrawReception')}
      loaded={loaded}
      initialValues={{ withdrawnOn: todayInCambodia(), justification: '' }}
      required={['withdrawnOn', 'justification']}
      send={(v, ifMatch, view) => send('/api/intake/receptions/{receptionId}/withdrawal', { receptionId: view.receptionId }, { withdrawnOn: v.withdrawnOn, justification: v.justification.trim() }, ifMatch)}
      onClose={onClose}
      submitLabel={t('commands.withdrawReception')}
    >
      {(form) => (
        <>
          <TextInput type="date" label={t('fields.withdrawnOn')} required {...form.getInputProps('withdrawnOn')} />
          <Textarea label={t('fields.justification')} description={t('form.withdrawNote')} required autosize minRows={2} {...form.getInputProps('justification')} />
        </>
      )}
    </ReceptionCommandDialog>
  );
}
