import { NumberInput, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { Schemas } from '../../../api/client';
import { todayInCambodia, useLabels } from '../codes';
import { numbersOfState } from '../describe-event';
import { openedPersonal, type CaseView, type PersonalView } from '../types';
import { CommandDialog } from './CommandDialog';

/*
 * A form for every command the enforcement API has on a case (libs/enforcement/api:
 * PoliceCaseCommandsController). Each sends If-Match with the version the page loaded.
 */

export type CommandName = 'identifySuspect' | 'arrest' | 'release' | 'rescueVictim' | 'handOver' | 'addOffence' | 'forward' | 'close' | 'reopen';

export interface DialogProps {
  loaded: { view: CaseView; etag: string };
  onClose: () => void;
  /** The suspect or victim the dialog was opened for. */
  personId?: string;
}

const path = (view: CaseView) => ({ caseId: view.caseId });
const personalFields = (field: string) => (field === 'personal.fullName' ? 'fullName' : field);

type T = ReturnType<typeof useTranslation<'police'>>['t'];

const nameOf = (personal: PersonalView): string | undefined => openedPersonal(personal).fullName;

function suspectOptions(t: T, view: CaseView, status: (s: CaseView['state']['suspects'][string]) => boolean) {
  const numbers = numbersOfState(view.state);
  return Object.values(view.state.suspects)
    .filter(status)
    .map((s) => ({ value: s.suspectId, label: nameOf(s.personal) ? `${t('person.suspectN', { n: numbers.suspects.get(s.suspectId) })} — ${nameOf(s.personal)}` : t('person.suspectN', { n: numbers.suspects.get(s.suspectId) }) }));
}

function victimOptions(t: T, view: CaseView) {
  const numbers = numbersOfState(view.state);
  return Object.values(view.state.victims)
    .filter((v) => v.handedOver === null)
    .map((v) => ({ value: v.victimId, label: nameOf(v.personal) ? `${t('person.victimN', { n: numbers.victims.get(v.victimId) })} — ${nameOf(v.personal)}` : t('person.victimN', { n: numbers.victims.get(v.victimId) }) }));
}

const optionalNumber = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);
const optionalText = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export function IdentifySuspectDialog({ loaded, onClose }: DialogProps) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  return (
    <CommandDialog
      title={t('commands.identifySuspect')}
      loaded={loaded}
      initialValues={{ sex: '', birthDate: '', ageAtIdentification: '' as number | string, nationality: 'KHM', identifiedOn: todayInCambodia(), fullName: '' }}
      required={['sex', 'nationality', 'identifiedOn']}
      fieldOf={personalFields}
      send={async (v, ifMatch) => {
        const body: Schemas['IdentifySuspectDto'] = {
          sex: v.sex as 'F' | 'M',
          nationality: v.nationality,
          identifiedOn: v.identifiedOn,
          ...(optionalText(v.birthDate) ? { birthDate: v.birthDate } : {}),
          ...(optionalNumber(v.ageAtIdentification) !== undefined ? { ageAtIdentification: optionalNumber(v.ageAtIdentification) } : {}),
          ...(optionalText(v.fullName) ? { personal: { fullName: optionalText(v.fullName) } } : {}),
        };
        return unwrap(await api.POST('/api/enforcement/cases/{caseId}/suspects', { params: { path: path(loaded.view), header: { 'If-Match': ifMatch } }, body }));
      }}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Select label={t('fields.sex')} data={labels.options.sexes()} required {...form.getInputProps('sex')} />
          <Text size="sm" c="dimmed">
            {t('form.birthDateOrAge')}
          </Text>
          <TextInput type="date" label={t('fields.birthDate')} {...form.getInputProps('birthDate')} />
          <NumberInput label={t('fields.ageAtIdentification')} min={0} max={120} allowDecimal={false} {...form.getInputProps('ageAtIdentification')} />
          <Select label={t('fields.nationality')} data={labels.options.nationalities()} searchable required {...form.getInputProps('nationality')} />
          <TextInput type="date" label={t('fields.identifiedOn')} required {...form.getInputProps('identifiedOn')} />
          <TextInput label={t('fields.fullName')} description={t('form.personalNote')} autoComplete="off" {...form.getInputProps('fullName')} />
        </>
      )}
    </CommandDialog>
  );
}

export function ArrestDialog({ loaded, onClose, personId }: DialogProps) {
  const { t } = useTranslation('police');
  const notArrested = (s: CaseView['state']['suspects'][string]) => s.status !== 'arrested';
  const suspects = suspectOptions(t, loaded.view, notArrested);
  return (
    <CommandDialog
      title={t('commands.arrest')}
      loaded={loaded}
      initialValues={{ suspectId: personId ?? (suspects.length === 1 ? suspects[0].value : ''), arrestedOn: todayInCambodia() }}
      required={['suspectId', 'arrestedOn']}
      send={async (v, ifMatch) =>
        unwrap(await api.POST('/api/enforcement/cases/{caseId}/suspects/{suspectId}/arrest', { params: { path: { ...path(loaded.view), suspectId: v.suspectId }, header: { 'If-Match': ifMatch } }, body: { arrestedOn: v.arrestedOn } }))
      }
      onClose={onClose}
    >
      {(form, view) => (
        <>
          <Select label={t('fields.suspect')} data={suspectOptions(t, view, notArrested)} required {...form.getInputProps('suspectId')} />
          <TextInput type="date" label={t('fields.arrestedOn')} required {...form.getInputProps('arrestedOn')} />
        </>
      )}
    </CommandDialog>
  );
}

export function ReleaseDialog({ loaded, onClose, personId }: DialogProps) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const arrested = (s: CaseView['state']['suspects'][string]) => s.status === 'arrested';
  const suspects = suspectOptions(t, loaded.view, arrested);
  return (
    <CommandDialog
      title={t('commands.release')}
      loaded={loaded}
      initialValues={{ suspectId: personId ?? (suspects.length === 1 ? suspects[0].value : ''), releasedOn: todayInCambodia(), reason: '' }}
      required={['suspectId', 'releasedOn', 'reason']}
      send={async (v, ifMatch) =>
        unwrap(
          await api.POST('/api/enforcement/cases/{caseId}/suspects/{suspectId}/release', {
            params: { path: { ...path(loaded.view), suspectId: v.suspectId }, header: { 'If-Match': ifMatch } },
            body: { releasedOn: v.releasedOn, reason: v.reason as Schemas['ReleaseSuspectDto']['reason'] },
          }),
        )
      }
      onClose={onClose}
    >
      {(form, view) => (
        <>
          <Select label={t('fields.suspect')} data={suspectOptions(t, view, arrested)} required {...form.getInputProps('suspectId')} />
          <TextInput type="date" label={t('fields.releasedOn')} required {...form.getInputProps('releasedOn')} />
          <Select label={t('fields.releaseReason')} data={labels.options.releaseReasons()} required {...form.getInputProps('reason')} />
        </>
      )}
    </CommandDialog>
  );
}

export function RescueVictimDialog({ loaded, onClose }: DialogProps) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  return (
    <CommandDialog
      title={t('commands.rescueVictim')}
      loaded={loaded}
      initialValues={{ sex: '', birthDate: '', ageAtRescue: '' as number | string, nationality: 'KHM', exploitationType: '', rescuedOn: todayInCambodia(), fullName: '' }}
      required={['sex', 'nationality', 'exploitationType', 'rescuedOn']}
      fieldOf={personalFields}
      send={async (v, ifMatch) => {
        const body: Schemas['RescueVictimDto'] = {
          sex: v.sex as 'F' | 'M',
          nationality: v.nationality,
          exploitationType: v.exploitationType as Schemas['RescueVictimDto']['exploitationType'],
          rescuedOn: v.rescuedOn,
          ...(optionalText(v.birthDate) ? { birthDate: v.birthDate } : {}),
          ...(optionalNumber(v.ageAtRescue) !== undefined ? { ageAtRescue: optionalNumber(v.ageAtRescue) } : {}),
          ...(optionalText(v.fullName) ? { personal: { fullName: optionalText(v.fullName) } } : {}),
        };
        return unwrap(await api.POST('/api/enforcement/cases/{caseId}/victims', { params: { path: path(loaded.view), header: { 'If-Match': ifMatch } }, body }));
      }}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Select label={t('fields.sex')} data={labels.options.sexes()} required {...form.getInputProps('sex')} />
          <Text size="sm" c="dimmed">
            {t('form.birthDateOrAge')}
          </Text>
          <TextInput type="date" label={t('fields.birthDate')} {...form.getInputProps('birthDate')} />
          <NumberInput label={t('fields.ageAtRescue')} min={0} max={120} allowDecimal={false} {...form.getInputProps('ageAtRescue')} />
          <Select label={t('fields.nationality')} data={labels.options.nationalities()} searchable required {...form.getInputProps('nationality')} />
          <Select label={t('fields.exploitationType')} data={labels.options.exploitations()} required {...form.getInputProps('exploitationType')} />
          <TextInput type="date" label={t('fields.rescuedOn')} required {...form.getInputProps('rescuedOn')} />
          <TextInput label={t('fields.fullName')} description={t('form.personalNote')} autoComplete="off" {...form.getInputProps('fullName')} />
        </>
      )}
    </CommandDialog>
  );
}

export function HandOverDialog({ loaded, onClose, personId }: DialogProps) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const victims = victimOptions(t, loaded.view);
  return (
    <CommandDialog
      title={t('commands.handOver')}
      loaded={loaded}
      initialValues={{ victimId: personId ?? (victims.length === 1 ? victims[0].value : ''), destination: '', handedOverOn: todayInCambodia(), organisation: '' }}
      required={['victimId', 'destination', 'handedOverOn']}
      send={async (v, ifMatch) =>
        unwrap(
          await api.POST('/api/enforcement/cases/{caseId}/victims/{victimId}/hand-over', {
            params: { path: { ...path(loaded.view), victimId: v.victimId }, header: { 'If-Match': ifMatch } },
            body: { destination: v.destination as Schemas['HandOverVictimDto']['destination'], handedOverOn: v.handedOverOn, ...(optionalText(v.organisation) ? { organisation: optionalText(v.organisation) } : {}) },
          }),
        )
      }
      onClose={onClose}
    >
      {(form, view) => (
        <>
          <Select label={t('fields.victim')} data={victimOptions(t, view)} required {...form.getInputProps('victimId')} />
          <Select label={t('fields.destination')} data={labels.options.destinations()} required {...form.getInputProps('destination')} />
          <TextInput type="date" label={t('fields.handedOverOn')} required {...form.getInputProps('handedOverOn')} />
          <TextInput label={t('fields.organisation')} description={t('form.organisationNote')} {...form.getInputProps('organisation')} />
        </>
      )}
    </CommandDialog>
  );
}

export function AddOffenceDialog({ loaded, onClose }: DialogProps) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const recorded: readonly string[] = loaded.view.state.offences;
  const offences = labels.options.offences().filter((o) => !recorded.includes(o.value));
  return (
    <CommandDialog
      title={t('commands.addOffence')}
      loaded={loaded}
      initialValues={{ offence: '', addedOn: todayInCambodia() }}
      required={['offence', 'addedOn']}
      send={async (v, ifMatch) =>
        unwrap(await api.POST('/api/enforcement/cases/{caseId}/offences', { params: { path: path(loaded.view), header: { 'If-Match': ifMatch } }, body: { offence: v.offence as Schemas['AddOffenceDto']['offence'], addedOn: v.addedOn } }))
      }
      onClose={onClose}
    >
      {(form) => (
        <>
          <Select label={t('fields.offence')} data={offences} searchable required {...form.getInputProps('offence')} />
          <TextInput type="date" label={t('fields.addedOn')} required {...form.getInputProps('addedOn')} />
        </>
      )}
    </CommandDialog>
  );
}

export function ForwardDialog({ loaded, onClose }: DialogProps) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  const arrested = Object.values(loaded.view.state.suspects).filter((s) => s.status === 'arrested').length;
  const victims = Object.keys(loaded.view.state.victims).length;
  return (
    <CommandDialog
      title={t('commands.forward')}
      loaded={loaded}
      initialValues={{ forwardedOn: todayInCambodia(), court: loaded.view.state.province ?? '' }}
      required={['forwardedOn']}
      send={async (v, ifMatch) =>
        unwrap(
          await api.POST('/api/enforcement/cases/{caseId}/forward', {
            params: { path: path(loaded.view), header: { 'If-Match': ifMatch } },
            body: { forwardedOn: v.forwardedOn, ...(v.court ? { court: v.court as NonNullable<Schemas['ForwardToProsecutorDto']['court']> } : {}) },
          }),
        )
      }
      onClose={onClose}
      submitLabel={t('commands.forwardSubmit')}
    >
      {(form) => (
        <>
          <Text size="sm">{t('form.forwardNote', { suspects: arrested, victims })}</Text>
          <TextInput type="date" label={t('fields.forwardedOn')} required {...form.getInputProps('forwardedOn')} />
          <Select label={t('fields.court')} data={labels.options.provinces()} clearable {...form.getInputProps('court')} />
        </>
      )}
    </CommandDialog>
  );
}

export function CloseDialog({ loaded, onClose }: DialogProps) {
  const { t } = useTranslation('police');
  const labels = useLabels();
  return (
    <CommandDialog
      title={t('commands.close')}
      loaded={loaded}
      initialValues={{ closedOn: todayInCambodia(), reason: '' }}
      required={['closedOn', 'reason']}
      send={async (v, ifMatch) =>
        unwrap(await api.POST('/api/enforcement/cases/{caseId}/close', { params: { path: path(loaded.view), header: { 'If-Match': ifMatch } }, body: { closedOn: v.closedOn, reason: v.reason as Schemas['CloseWithoutForwardingDto']['reason'] } }))
      }
      onClose={onClose}
      submitLabel={t('commands.closeSubmit')}
    >
      {(form) => (
        <>
          <TextInput type="date" label={t('fields.closedOn')} required {...form.getInputProps('closedOn')} />
          <Select label={t('fields.closureReason')} data={labels.options.closureReasons()} required {...form.getInputProps('reason')} />
        </>
      )}
    </CommandDialog>
  );
}

export function ReopenDialog({ loaded, onClose }: DialogProps) {
  const { t } = useTranslation('police');
  return (
    <CommandDialog
      title={t('commands.reopen')}
      loaded={loaded}
      initialValues={{ reopenedOn: todayInCambodia(), justification: '' }}
      required={['reopenedOn', 'justification']}
      send={async (v, ifMatch) =>
        unwrap(await api.POST('/api/enforcement/cases/{caseId}/reopen', { params: { path: path(loaded.view), header: { 'If-Match': ifMatch } }, body: { reopenedOn: v.reopenedOn, justification: v.justification } }))
      }
      onClose={onClose}
      submitLabel={t('commands.reopenSubmit')}
    >
      {(form) => (
        <>
          <TextInput type="date" label={t('fields.reopenedOn')} required {...form.getInputProps('reopenedOn')} />
          <Textarea label={t('fields.justification')} description={t('form.justificationNote')} autosize minRows={3} required {...form.getInputProps('justification')} />
        </>
      )}
    </CommandDialog>
  );
}

export const DIALOGS: Record<CommandName, (props: DialogProps) => React.JSX.Element> = {
  identifySuspect: IdentifySuspectDialog,
  arrest: ArrestDialog,
  release: ReleaseDialog,
  rescueVictim: RescueVictimDialog,
  handOver: HandOverDialog,
  addOffence: AddOffenceDialog,
  forward: ForwardDialog,
  close: CloseDialog,
  reopen: ReopenDialog,
};
