import { Select, Textarea, TextInput } from '@mantine/core';
import { send } from '../api';
import { destinationsFor, exploitationsFor, OFFENCE_CODES, outcomeIndicatesExploitation, PARTNERS, POLICE_UNIT_CODES, SCREENING_OUTCOMES, SOCIAL_AFFAIRS, todayInCambodia } from '../codes';
import type { LoadedPerson } from '../types';
import { useIntakeText } from '../useIntakeText';
import { PersonCommandDialog } from './CommandDialog';

export interface PersonDialogProps {
  loaded: LoadedPerson;
  onClose: () => void;
}

/** A later interview changed the preliminary outcome (`POST …/revisions`, If-Match). */
export function ReviseScreeningDialog({ loaded, onClose }: PersonDialogProps) {
  const text = useIntakeText();
  const { t } = text;
  return (
    <PersonCommandDialog
      title={t('commands.reviseScreening')}
      loaded={loaded}
      initialValues={{ outcome: '', exploitationIndicated: '', revisedOn: todayInCambodia(), justification: '' }}
      required={['outcome', 'revisedOn', 'justification']}
      validate={(v) => (outcomeIndicatesExploitation(v.outcome) && !v.exploitationIndicated ? { exploitationIndicated: t('form.required') } : {})}
      send={(v, ifMatch, view) =>
        send(
          '/api/intake/screenings/{personId}/revisions',
          { personId: view.personId },
          { outcome: v.outcome, ...(outcomeIndicatesExploitation(v.outcome) ? { exploitationIndicated: v.exploitationIndicated } : {}), revisedOn: v.revisedOn, justification: v.justification.trim() },
          ifMatch,
        )
      }
      onClose={onClose}
    >
      {(form, view) => {
        const outcomeProps = form.getInputProps('outcome');
        const exploitations = exploitationsFor(form.getValues().outcome);
        return (
          <>
            <Select
              label={t('fields.newOutcome')}
              data={text.options('outcome', SCREENING_OUTCOMES.filter((o) => o !== view.outcome))}
              required
              {...outcomeProps}
              onChange={(value) => {
                outcomeProps.onChange(value);
                const allowed = exploitationsFor(value);
                form.setFieldValue('exploitationIndicated', allowed.length === 1 ? allowed[0] : '');
              }}
            />
            {exploitations.length > 0 && <Select label={t('fields.exploitationIndicated')} data={exploitations.map((e) => ({ value: e, label: text.exploitation(e) }))} required {...form.getInputProps('exploitationIndicated')} />}
            <TextInput type="date" label={t('fields.revisedOn')} required {...form.getInputProps('revisedOn')} />
            <Textarea label={t('fields.justification')} description={t('form.justificationNote')} required autosize minRows={2} {...form.getInputProps('justification')} />
          </>
        );
      }}
    </PersonCommandDialog>
  );
}

/**
 * The person referred on (`POST …/referrals`, If-Match): to a police unit (with the case to add
 * them to, or the offence a new case is opened for), to social affairs or a partner organisation
 * (a protection case is opened), or to the family. The fields follow the destination.
 */
export function ReferPersonDialog({ loaded, onClose }: PersonDialogProps) {
  const text = useIntakeText();
  const { t } = text;
  return (
    <PersonCommandDialog
      title={t('commands.refer')}
      loaded={loaded}
      initialValues={{ destination: '', referredOn: todayInCambodia(), organisation: '', policeUnit: '', policeCaseId: '', suspectedOffence: '' }}
      required={['destination', 'referredOn']}
      validate={(v) => ({
        ...(v.destination === 'police' && !v.policeUnit ? { policeUnit: t('form.required') } : {}),
        ...(v.destination === 'police' && !v.policeCaseId.trim() && !v.suspectedOffence ? { suspectedOffence: t('form.caseOrOffence') } : {}),
        ...((v.destination === 'social_affairs' || v.destination === 'partner_organisation') && !v.organisation ? { organisation: t('form.required') } : {}),
      })}
      send={(v, ifMatch, view) => {
        const police = v.destination === 'police';
        const organisation = v.destination === 'social_affairs' || v.destination === 'partner_organisation';
        const caseId = v.policeCaseId.trim();
        return send(
          '/api/intake/screenings/{personId}/referrals',
          { personId: view.personId },
          {
            destination: v.destination,
            referredOn: v.referredOn,
            ...(organisation ? { organisation: v.organisation } : {}),
            ...(police ? { policeUnit: v.policeUnit, ...(caseId ? { policeCaseId: caseId } : { suspectedOffence: v.suspectedOffence }) } : {}),
          },
          ifMatch,
        );
      }}
      onClose={onClose}
    >
      {(form, view) => {
        const v = form.getValues();
        const destinationProps = form.getInputProps('destination');
        return (
          <>
            <Select
              label={t('fields.destination')}
              description={view.outcome === 'not_identified' ? t('form.familyOnly') : undefined}
              data={text.options('destination', destinationsFor(view.outcome))}
              required
              {...destinationProps}
              onChange={(value) => {
                destinationProps.onChange(value);
                form.setFieldValue('organisation', '');
              }}
            />
            <TextInput type="date" label={t('fields.referredOn')} required {...form.getInputProps('referredOn')} />
            {v.destination === 'police' && (
              <>
                <Select label={t('fields.policeUnit')} data={POLICE_UNIT_CODES.map((c) => ({ value: c, label: text.policeUnit(c) }))} searchable required {...form.getInputProps('policeUnit')} />
                <TextInput label={t('fields.policeCaseId')} description={t('form.policeCaseNote')} autoComplete="off" {...form.getInputProps('policeCaseId')} />
                {!v.policeCaseId.trim() && <Select label={t('fields.suspectedOffence')} data={OFFENCE_CODES.map((c) => ({ value: c, label: text.offence(c) }))} searchable required {...form.getInputProps('suspectedOffence')} />}
              </>
            )}
            {v.destination === 'social_affairs' && <Select label={t('fields.organisation')} description={t('form.protectionCaseNote')} data={SOCIAL_AFFAIRS.map((o) => ({ value: o.code, label: text.organisation(o.code) }))} searchable required {...form.getInputProps('organisation')} />}
            {v.destination === 'partner_organisation' && <Select label={t('fields.organisation')} description={t('form.protectionCaseNote')} data={PARTNERS.map((o) => ({ value: o.code, label: text.organisation(o.code) }))} searchable required {...form.getInputProps('organisation')} />}
          </>
        );
      }}
    </PersonCommandDialog>
  );
}
