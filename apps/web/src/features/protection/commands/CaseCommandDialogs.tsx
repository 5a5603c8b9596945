import type { ComponentType } from 'react';
import { ActionIcon, Button, Checkbox, Group, MultiSelect, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { postStep } from '../api';
import { CASE_CLOSURE_REASONS, CONSENT_GIVERS, FAMILY_ASSESSMENT_OUTCOMES, FOLLOW_UP_OUTCOMES, PROVINCE_CODES, SERVICE_KINDS, SHARING_PURPOSES, SHELTER_DEPARTURE_REASONS, todayInCambodia } from '../codes';
import type { LoadedCase } from '../types';
import { useProtectionText } from '../useProtectionText';
import type { CommandName } from './availability';
import { useOrganisationChoices } from './choices';
import { ClaimDialog, ReceiptDialog, AwardDialog } from './ClaimDialogs';
import { CommandDialog } from './CommandDialog';

/*
 * A form for every command the protection API has on a case (libs/protection/api, the design's
 * routes under /api/protection/cases/{personId}/…). Each sends If-Match with the version the page
 * loaded.
 */

export interface DialogProps {
  loaded: LoadedCase;
  onClose: () => void;
}

const date = () => todayInCambodia();

export function ConsentDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const choices = useOrganisationChoices();
  const current = loaded.view.state.consent;
  const sharing = current?.sharing.map((s) => ({ organisation: s.organisation, purposes: [...s.purposes] as string[] })) ?? [];
  return (
    <CommandDialog
      title={t('commands.recordConsent')}
      loaded={loaded}
      initialValues={{ givenBy: current?.givenBy ?? 'person', recordedOn: date(), refused: current !== null && sharing.length === 0, sharing: sharing.length > 0 ? sharing : [{ organisation: '', purposes: [] as string[] }] }}
      required={['givenBy', 'recordedOn']}
      validate={(v) => (!v.refused && v.sharing.some((s) => !s.organisation || s.purposes.length === 0) ? { sharing: t('form.sharingIncomplete') } : {})}
      fieldOf={(f) => f.replace(/^sharing\.\d+\..*$/, 'sharing')}
      send={(v, ifMatch, view) => postStep(view.personId, 'consent', ifMatch, { givenBy: v.givenBy, recordedOn: v.recordedOn, sharing: v.refused ? [] : v.sharing })}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Select label={t('fields.givenBy')} data={text.options('consentGiver', CONSENT_GIVERS)} required allowDeselect={false} {...form.getInputProps('givenBy')} />
          <TextInput type="date" label={t('fields.recordedOn')} required {...form.getInputProps('recordedOn')} />
          <Checkbox label={t('fields.refused')} description={t('form.refusalNote')} {...form.getInputProps('refused', { type: 'checkbox' })} />
          {!form.getValues().refused && (
            <Stack gap="xs" role="group" aria-label={t('fields.sharing')}>
              <Text size="sm" fw={500}>
                {t('fields.sharing')}
              </Text>
              {form.getValues().sharing.map((_, i) => (
                <Paper key={i} withBorder p="xs">
                  <Group align="flex-end" wrap="wrap" gap="xs">
                    <Select label={t('fields.sharingOrganisation', { n: text.number(i + 1) })} data={choices.any} searchable required style={{ flex: '1 1 220px' }} {...form.getInputProps(`sharing.${i}.organisation`)} />
                    <MultiSelect label={t('fields.purposes')} data={text.options('purpose', SHARING_PURPOSES)} required style={{ flex: '1 1 220px' }} {...form.getInputProps(`sharing.${i}.purposes`)} />
                    {form.getValues().sharing.length > 1 && (
                      <ActionIcon variant="default" size="lg" aria-label={t('form.removeSharing', { n: text.number(i + 1) })} onClick={() => form.removeListItem('sharing', i)}>
                        ×
                      </ActionIcon>
                    )}
                  </Group>
                </Paper>
              ))}
              {form.errors['sharing'] && (
                <Text size="sm" c="red.8" role="alert">
                  {form.errors['sharing']}
                </Text>
              )}
              <Button variant="subtle" w="fit-content" onClick={() => form.insertListItem('sharing', { organisation: '', purposes: [] })}>
                {t('form.addSharing')}
              </Button>
            </Stack>
          )}
        </>
      )}
    </CommandDialog>
  );
}

export function ReferDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const choices = useOrganisationChoices();
  return (
    <CommandDialog
      title={t('commands.refer')}
      loaded={loaded}
      initialValues={{ organisation: '', referredOn: date(), purpose: 'case_management' }}
      required={['organisation', 'referredOn', 'purpose']}
      send={(v, ifMatch, view) => postStep(view.personId, 'referrals', ifMatch, v)}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Select label={t('fields.referTo')} description={t('form.referNote')} data={choices.any} searchable required {...form.getInputProps('organisation')} />
          <TextInput type="date" label={t('fields.referredOn')} required {...form.getInputProps('referredOn')} />
          <Select label={t('fields.purpose')} data={text.options('purpose', SHARING_PURPOSES)} required allowDeselect={false} {...form.getInputProps('purpose')} />
        </>
      )}
    </CommandDialog>
  );
}

export function AdmitDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const choices = useOrganisationChoices();
  return (
    <CommandDialog
      title={t('commands.admit')}
      loaded={loaded}
      initialValues={{ shelter: choices.shelters.length === 1 ? choices.shelters[0].value : '', admittedOn: date(), sentBy: choices.defaultActor, shelterProvince: '' }}
      required={['shelter', 'admittedOn', 'sentBy']}
      send={(v, ifMatch, view) => postStep(view.personId, 'shelter/admission', ifMatch, { shelter: v.shelter, admittedOn: v.admittedOn, sentBy: v.sentBy, ...(v.shelterProvince ? { shelterProvince: v.shelterProvince } : {}) })}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Select label={t('fields.shelter')} data={choices.shelters} searchable required {...form.getInputProps('shelter')} />
          <Select label={t('fields.shelterProvince')} description={t('form.shelterProvinceNote')} data={PROVINCE_CODES.map((p) => ({ value: p, label: text.province(p) }))} searchable clearable {...form.getInputProps('shelterProvince')} />
          <TextInput type="date" label={t('fields.admittedOn')} required {...form.getInputProps('admittedOn')} />
          <Select label={t('fields.sentBy')} data={choices.any} searchable required {...form.getInputProps('sentBy')} />
        </>
      )}
    </CommandDialog>
  );
}

export function DepartDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const stay = loaded.view.state.shelterStays[loaded.view.state.shelterStays.length - 1];
  return (
    <CommandDialog
      title={t('commands.depart')}
      loaded={loaded}
      initialValues={{ departedOn: date(), reason: '' }}
      required={['departedOn', 'reason']}
      send={(v, ifMatch, view) => postStep(view.personId, 'shelter/departure', ifMatch, v)}
      onClose={onClose}
    >
      {(form) => (
        <>
          {stay && <Text size="sm">{t('form.departFrom', { shelter: text.organisation(stay.shelter), date: text.date(stay.admittedOn) })}</Text>}
          <TextInput type="date" label={t('fields.departedOn')} required {...form.getInputProps('departedOn')} />
          <Select label={t('fields.departureReason')} data={text.options('departureReason', SHELTER_DEPARTURE_REASONS)} required {...form.getInputProps('reason')} />
        </>
      )}
    </CommandDialog>
  );
}

export function ServiceDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const choices = useOrganisationChoices();
  return (
    <CommandDialog
      title={t('commands.recordService')}
      loaded={loaded}
      initialValues={{ service: '', organisation: choices.defaultActor, deliveredOn: date() }}
      required={['service', 'organisation', 'deliveredOn']}
      send={(v, ifMatch, view) => postStep(view.personId, 'services', ifMatch, v)}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Select label={t('fields.service')} data={text.options('service', SERVICE_KINDS)} required {...form.getInputProps('service')} />
          <Select label={t('fields.deliveredBy')} data={choices.actors} searchable required {...form.getInputProps('organisation')} />
          <TextInput type="date" label={t('fields.deliveredOn')} required {...form.getInputProps('deliveredOn')} />
        </>
      )}
    </CommandDialog>
  );
}

export function FamilyDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const choices = useOrganisationChoices();
  return (
    <CommandDialog
      title={t('commands.assessFamily')}
      loaded={loaded}
      initialValues={{ assessedOn: date(), outcome: '', assessedBy: choices.defaultActor }}
      required={['assessedOn', 'outcome', 'assessedBy']}
      send={(v, ifMatch, view) => postStep(view.personId, 'family-assessment', ifMatch, v)}
      onClose={onClose}
    >
      {(form) => (
        <>
          <TextInput type="date" label={t('fields.assessedOn')} required {...form.getInputProps('assessedOn')} />
          <Select label={t('fields.familyOutcome')} data={text.options('familyOutcome', FAMILY_ASSESSMENT_OUTCOMES)} required {...form.getInputProps('outcome')} />
          <Select label={t('fields.assessedBy')} data={choices.actors} searchable required {...form.getInputProps('assessedBy')} />
        </>
      )}
    </CommandDialog>
  );
}

export function IntegrateDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const choices = useOrganisationChoices();
  return (
    <CommandDialog
      title={t('commands.integrate')}
      loaded={loaded}
      initialValues={{ integratedBy: choices.partner ? choices.own : choices.defaultActor, integratedOn: date(), province: loaded.view.state.province ?? '' }}
      required={['integratedBy', 'integratedOn', 'province']}
      send={(v, ifMatch, view) => postStep(view.personId, 'integration', ifMatch, v)}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Text size="sm" c="dimmed">
            {t('form.integrateNote')}
          </Text>
          <Select label={t('fields.integratedBy')} data={choices.integrators} searchable required {...form.getInputProps('integratedBy')} />
          <TextInput type="date" label={t('fields.integratedOn')} required {...form.getInputProps('integratedOn')} />
          <Select label={t('fields.integratedIn')} data={PROVINCE_CODES.map((p) => ({ value: p, label: text.province(p) }))} searchable required {...form.getInputProps('province')} />
        </>
      )}
    </CommandDialog>
  );
}

export function FollowUpDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const choices = useOrganisationChoices();
  return (
    <CommandDialog
      title={t('commands.recordFollowUp')}
      loaded={loaded}
      initialValues={{ visitedOn: date(), outcome: '', visitedBy: choices.defaultActor }}
      required={['visitedOn', 'outcome', 'visitedBy']}
      send={(v, ifMatch, view) => postStep(view.personId, 'follow-ups', ifMatch, v)}
      onClose={onClose}
    >
      {(form) => (
        <>
          <TextInput type="date" label={t('fields.visitedOn')} required {...form.getInputProps('visitedOn')} />
          <Select label={t('fields.followUpOutcome')} data={text.options('followUpOutcome', FOLLOW_UP_OUTCOMES)} required {...form.getInputProps('outcome')} />
          <Select label={t('fields.visitedBy')} data={choices.actors} searchable required {...form.getInputProps('visitedBy')} />
        </>
      )}
    </CommandDialog>
  );
}

export function CloseDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  return (
    <CommandDialog
      title={t('commands.close')}
      loaded={loaded}
      initialValues={{ closedOn: date(), reason: '' }}
      required={['closedOn', 'reason']}
      send={(v, ifMatch, view) => postStep(view.personId, 'closure', ifMatch, v)}
      onClose={onClose}
      submitLabel={t('commands.closeSubmit')}
    >
      {(form) => (
        <>
          <TextInput type="date" label={t('fields.closedOn')} required {...form.getInputProps('closedOn')} />
          <Select label={t('fields.closureReason')} data={text.options('closureReason', CASE_CLOSURE_REASONS)} required {...form.getInputProps('reason')} />
        </>
      )}
    </CommandDialog>
  );
}

export function ReopenDialog({ loaded, onClose }: DialogProps) {
  const { t } = useProtectionText();
  return (
    <CommandDialog
      title={t('commands.reopen')}
      loaded={loaded}
      initialValues={{ reopenedOn: date(), justification: '' }}
      required={['reopenedOn', 'justification']}
      send={(v, ifMatch, view) => postStep(view.personId, 'reopening', ifMatch, { reopenedOn: v.reopenedOn, justification: v.justification.trim() })}
      onClose={onClose}
      submitLabel={t('commands.reopenSubmit')}
    >
      {(form) => (
        <>
          <TextInput type="date" label={t('fields.reopenedOn')} required {...form.getInputProps('reopenedOn')} />
          <Textarea label={t('fields.justification')} description={t('form.justificationNote')} required autosize minRows={2} {...form.getInputProps('justification')} />
        </>
      )}
    </CommandDialog>
  );
}

export const DIALOGS: Readonly<Record<CommandName, ComponentType<DialogProps>>> = {
  recordConsent: ConsentDialog,
  refer: ReferDialog,
  admit: AdmitDialog,
  depart: DepartDialog,
  recordService: ServiceDialog,
  fileClaim: ClaimDialog,
  recordAward: AwardDialog,
  recordReceipt: ReceiptDialog,
  assessFamily: FamilyDialog,
  integrate: IntegrateDialog,
  recordFollowUp: FollowUpDialog,
  close: CloseDialog,
  reopen: ReopenDialog,
};
