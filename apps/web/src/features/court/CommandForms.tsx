import type { ReactNode } from 'react';
import { Button, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { useProblemOnForm } from '../../ui/useProblemOnForm';
import { useFileCommand } from './api';
import { CommandFeedback } from './CommandFeedback';
import {
  APPEAL_DECISIONS,
  APPELLANTS,
  CLOSING_OUTCOMES,
  CURRENCIES,
  CUSTODY,
  END_REASONS,
  EXPLOITATION_TYPES,
  NATIONALITIES,
  OFFENCE_CLASSES,
  OFFENCES,
  PROSECUTION_ACTIONS,
  RETENTION_REASONS,
  TRIAL_ROUTES,
  VERDICT_OUTCOMES,
} from './codes';
import { useCourtText, type CourtText } from './useCourtText';
import { labelsOfState, todayInCambodia, toMinorUnits } from './util';
import type { LoadedFile } from './types';

/** Every command form on a file: the file as loaded (its ETag is the If-Match) and what to do once recorded. */
export interface CommandFormProps {
  file: LoadedFile;
  onDone: () => void;
  onCancel: () => void;
}

function options(text: CourtText, group: string, codes: readonly string[]) {
  return codes.map((c) => ({ value: c, label: text.code(group, c) }));
}

function accusedOptions(text: CourtText, file: LoadedFile) {
  const labels = labelsOfState(file.state);
  return Object.keys(file.state.accused).map((id) => ({ value: id, label: text.person(labels.get(id)) }));
}

function victimOptions(text: CourtText, file: LoadedFile) {
  const labels = labelsOfState(file.state);
  return Object.keys(file.state.victims).map((id) => ({ value: id, label: text.person(labels.get(id)) }));
}

const required = (message: string) => (value: unknown) => (value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0) ? message : null);

/** The frame of a command form: its fields, what went wrong, and the buttons. */
function CommandFormFrame({
  name,
  command,
  file,
  unshown,
  onSubmit,
  onCancel,
  children,
}: {
  name: string;
  command: UseMutationResult<unknown, Error, never>;
  file: LoadedFile;
  unshown: string[];
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t: tc } = useTranslation();
  const { t } = useTranslation('court');
  return (
    <form onSubmit={onSubmit} aria-label={name} noValidate>
      <Stack>
        {children}
        <CommandFeedback error={command.error} file={file} unshownFields={unshown} onReloaded={() => command.reset()} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={command.isPending}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function useCommandForm<Values extends Record<string, unknown>>(initialValues: Values, validate: Partial<Record<keyof Values, (value: unknown, values: Values) => string | null>> = {}) {
  return useForm<Values>({ mode: 'controlled', initialValues, validate: validate as never });
}

const path = (file: LoadedFile) => ({ fileId: file.fileId });

export function AddPersonForm({ file, onDone, onCancel, kind }: CommandFormProps & { kind: 'accused' | 'victim' }) {
  const text = useCourtText();
  const { t } = text;
  const { t: tc } = useTranslation();
  const form = useCommandForm(
    { sex: '', nationality: 'KHM', birthDate: '', ageInYears: '' as number | string, addedOn: todayInCambodia(), fullName: '', exploitationType: '' },
    { sex: required(t('form.required')), nationality: required(t('form.required')), addedOn: required(t('form.required')), ...(kind === 'victim' ? { exploitationType: required(t('form.required')) } : {}) },
  );
  const command = useFileCommand(
    file,
    (body: Schemas['AddVictimDto'], headers) =>
      kind === 'victim'
        ? api.POST('/api/court/files/{fileId}/victims', { params: { path: path(file), header: headers }, body })
        : api.POST('/api/court/files/{fileId}/accused', { params: { path: path(file), header: headers }, body: { ...body, exploitationType: undefined } as Schemas['AddAccusedDto'] }),
    onDone,
  );
  const unshown = useProblemOnForm(form, command.error, (f) => (f === 'personal.fullName' ? 'fullName' : f));
  const submit = form.onSubmit((v) =>
    command.mutate({
      sex: v.sex as 'F' | 'M',
      nationality: v.nationality,
      addedOn: v.addedOn,
      ...(v.birthDate ? { birthDate: v.birthDate } : {}),
      ...(v.ageInYears !== '' ? { ageInYears: Number(v.ageInYears) } : {}),
      ...(v.fullName.trim() ? { personal: { fullName: v.fullName.trim() } } : {}),
      exploitationType: (kind === 'victim' ? v.exploitationType : undefined) as Schemas['AddVictimDto']['exploitationType'],
    }),
  );
  const title = t(kind === 'victim' ? 'commands.addVictim.title' : 'commands.addAccused.title');
  return (
    <CommandFormFrame name={title} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <TextInput label={t('commands.addAccused.fullName')} {...form.getInputProps('fullName')} autoComplete="off" />
      <Select label={tc('fields.sex')} data={[{ value: 'F', label: tc('sex.F') }, { value: 'M', label: tc('sex.M') }]} required {...form.getInputProps('sex')} />
      <Select label={tc('fields.nationality')} data={options(text, 'nationalities', NATIONALITIES)} searchable required {...form.getInputProps('nationality')} />
      <Text size="sm" c="dimmed">
        {t('commands.addAccused.ageHint')}
      </Text>
      <TextInput type="date" label={t('commands.addAccused.birthDate')} {...form.getInputProps('birthDate')} />
      <NumberInput label={t('commands.addAccused.ageInYears')} min={0} max={120} allowDecimal={false} {...form.getInputProps('ageInYears')} />
      <TextInput type="date" label={t('commands.addAccused.addedOn')} required {...form.getInputProps('addedOn')} />
      {kind === 'victim' && <Select label={t('commands.addVictim.exploitationType')} data={options(text, 'exploitation', EXPLOITATION_TYPES)} required {...form.getInputProps('exploitationType')} />}
    </CommandFormFrame>
  );
}

export function ChargeForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm({ personId: '', offences: [] as string[], chargedOn: todayInCambodia() }, { personId: required(t('form.required')), offences: required(t('form.required')), chargedOn: required(t('form.required')) });
  const command = useFileCommand(file, (body: Schemas['ChargePersonDto'], headers) => api.POST('/api/court/files/{fileId}/charges', { params: { path: path(file), header: headers }, body }), onDone);
  const unshown = useProblemOnForm(form, command.error, (f) => f.replace(/^offences\.\d+$/, 'offences'));
  const submit = form.onSubmit((v) => command.mutate({ personId: v.personId, offences: v.offences as Schemas['ChargePersonDto']['offences'], chargedOn: v.chargedOn }));
  return (
    <CommandFormFrame name={t('commands.charge.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('form.accused')} data={accusedOptions(text, file)} required {...form.getInputProps('personId')} />
      <MultiSelect label={t('commands.charge.offences')} data={options(text, 'offences', OFFENCES)} searchable required {...form.getInputProps('offences')} />
      <TextInput type="date" label={t('commands.charge.chargedOn')} required {...form.getInputProps('chargedOn')} />
    </CommandFormFrame>
  );
}

export function DecideProsecutionForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm(
    { action: '', decidedOn: todayInCambodia(), reason: '', trialRoute: '', appearedOn: '' },
    {
      action: required(t('form.required')),
      decidedOn: required(t('form.required')),
      reason: (v, values) => (values.action === 'retained_without_processing' && !v ? t('form.required') : null),
      trialRoute: (v, values) => (values.action === 'submitted_for_trial' && !v ? t('form.required') : null),
    },
  );
  const command = useFileCommand(file, (body: Schemas['DecideProsecutionDto'], headers) => api.POST('/api/court/files/{fileId}/prosecution-decision', { params: { path: path(file), header: headers }, body }), onDone);
  const unshown = useProblemOnForm(form, command.error);
  const values = form.getValues();
  const submit = form.onSubmit((v) =>
    command.mutate({
      action: v.action as Schemas['DecideProsecutionDto']['action'],
      decidedOn: v.decidedOn,
      ...(v.action === 'retained_without_processing' ? { reason: v.reason as Schemas['DecideProsecutionDto']['reason'] } : {}),
      ...(v.action === 'submitted_for_trial' ? { trialRoute: v.trialRoute as Schemas['DecideProsecutionDto']['trialRoute'] } : {}),
      ...(v.action === 'submitted_for_trial' && v.trialRoute === 'immediate_appearance' && v.appearedOn ? { appearedOn: v.appearedOn } : {}),
    }),
  );
  return (
    <CommandFormFrame name={t('commands.decideProsecution.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('commands.decideProsecution.action')} data={options(text, 'prosecutionActions', PROSECUTION_ACTIONS)} required {...form.getInputProps('action')} />
      <TextInput type="date" label={t('commands.decideProsecution.decidedOn')} required {...form.getInputProps('decidedOn')} />
      {values.action === 'retained_without_processing' && <Select label={t('commands.decideProsecution.reason')} data={options(text, 'retentionReasons', RETENTION_REASONS)} required {...form.getInputProps('reason')} />}
      {values.action === 'submitted_for_trial' && <Select label={t('commands.decideProsecution.trialRoute')} data={options(text, 'trialRoutes', TRIAL_ROUTES)} required {...form.getInputProps('trialRoute')} />}
      {values.action === 'submitted_for_trial' && values.trialRoute === 'immediate_appearance' && <TextInput type="date" label={t('commands.decideProsecution.appearedOn')} {...form.getInputProps('appearedOn')} />}
    </CommandFormFrame>
  );
}

export function OrderDetentionForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm({ personId: '', orderedOn: todayInCambodia(), offenceClass: '' }, { personId: required(t('form.required')), orderedOn: required(t('form.required')), offenceClass: required(t('form.required')) });
  const command = useFileCommand(
    file,
    ({ personId, ...body }: Schemas['OrderPreTrialDetentionDto'] & { personId: string }, headers) => api.POST('/api/court/files/{fileId}/accused/{personId}/detention', { params: { path: { ...path(file), personId }, header: headers }, body }),
    onDone,
  );
  const unshown = useProblemOnForm(form, command.error);
  const submit = form.onSubmit((v) => command.mutate({ personId: v.personId, orderedOn: v.orderedOn, offenceClass: v.offenceClass as 'felony' | 'misdemeanour' }));
  return (
    <CommandFormFrame name={t('commands.orderDetention.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('form.accused')} data={accusedOptions(text, file)} required {...form.getInputProps('personId')} />
      <TextInput type="date" label={t('commands.orderDetention.orderedOn')} required {...form.getInputProps('orderedOn')} />
      <Select label={t('commands.orderDetention.offenceClass')} data={options(text, 'offenceClasses', OFFENCE_CLASSES)} required {...form.getInputProps('offenceClass')} />
    </CommandFormFrame>
  );
}

export function ExtendDetentionForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm({ personId: '', extendedOn: todayInCambodia(), months: '' as number | string }, { personId: required(t('form.required')), extendedOn: required(t('form.required')) });
  const command = useFileCommand(
    file,
    ({ personId, ...body }: Schemas['ExtendPreTrialDetentionDto'] & { personId: string }, headers) =>
      api.POST('/api/court/files/{fileId}/accused/{personId}/detention/extensions', { params: { path: { ...path(file), personId }, header: headers }, body }),
    onDone,
  );
  const unshown = useProblemOnForm(form, command.error);
  const submit = form.onSubmit((v) => command.mutate({ personId: v.personId, extendedOn: v.extendedOn, ...(v.months !== '' ? { months: Number(v.months) } : {}) }));
  return (
    <CommandFormFrame name={t('commands.extendDetention.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('form.accused')} data={accusedOptions(text, file)} required {...form.getInputProps('personId')} />
      <TextInput type="date" label={t('commands.extendDetention.extendedOn')} required {...form.getInputProps('extendedOn')} />
      <NumberInput label={t('commands.extendDetention.months')} min={1} max={24} allowDecimal={false} {...form.getInputProps('months')} />
    </CommandFormFrame>
  );
}

export function EndDetentionForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm({ personId: '', endedOn: todayInCambodia(), reason: '' }, { personId: required(t('form.required')), endedOn: required(t('form.required')), reason: required(t('form.required')) });
  const command = useFileCommand(
    file,
    ({ personId, ...body }: Schemas['EndPreTrialDetentionDto'] & { personId: string }, headers) => api.POST('/api/court/files/{fileId}/accused/{personId}/detention/end', { params: { path: { ...path(file), personId }, header: headers }, body }),
    onDone,
  );
  const unshown = useProblemOnForm(form, command.error);
  const submit = form.onSubmit((v) => command.mutate({ personId: v.personId, endedOn: v.endedOn, reason: v.reason as Schemas['EndPreTrialDetentionDto']['reason'] }));
  return (
    <CommandFormFrame name={t('commands.endDetention.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('form.accused')} data={accusedOptions(text, file)} required {...form.getInputProps('personId')} />
      <TextInput type="date" label={t('commands.endDetention.endedOn')} required {...form.getInputProps('endedOn')} />
      <Select label={t('commands.endDetention.reason')} data={options(text, 'endReasons', END_REASONS)} required {...form.getInputProps('reason')} />
    </CommandFormFrame>
  );
}

export function SuperviseForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm({ personId: '', orderedOn: todayInCambodia() }, { personId: required(t('form.required')), orderedOn: required(t('form.required')) });
  const command = useFileCommand(
    file,
    ({ personId, ...body }: Schemas['PlaceUnderJudicialSupervisionDto'] & { personId: string }, headers) =>
      api.POST('/api/court/files/{fileId}/accused/{personId}/judicial-supervision', { params: { path: { ...path(file), personId }, header: headers }, body }),
    onDone,
  );
  const unshown = useProblemOnForm(form, command.error);
  const submit = form.onSubmit((v) => command.mutate({ personId: v.personId, orderedOn: v.orderedOn }));
  return (
    <CommandFormFrame name={t('commands.supervise.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('form.accused')} data={accusedOptions(text, file)} required {...form.getInputProps('personId')} />
      <TextInput type="date" label={t('commands.supervise.orderedOn')} required {...form.getInputProps('orderedOn')} />
    </CommandFormFrame>
  );
}

export function ClosingOrderForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm({ outcome: '', issuedOn: todayInCambodia() }, { outcome: required(t('form.required')), issuedOn: required(t('form.required')) });
  const command = useFileCommand(file, (body: Schemas['IssueClosingOrderDto'], headers) => api.POST('/api/court/files/{fileId}/closing-order', { params: { path: path(file), header: headers }, body }), onDone);
  const unshown = useProblemOnForm(form, command.error);
  const submit = form.onSubmit((v) => command.mutate({ outcome: v.outcome as Schemas['IssueClosingOrderDto']['outcome'], issuedOn: v.issuedOn }));
  return (
    <CommandFormFrame name={t('commands.closingOrder.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('commands.closingOrder.outcome')} data={options(text, 'closingOutcomes', CLOSING_OUTCOMES)} required {...form.getInputProps('outcome')} />
      <TextInput type="date" label={t('commands.closingOrder.issuedOn')} required {...form.getInputProps('issuedOn')} />
    </CommandFormFrame>
  );
}

/** Server field paths of a verdict to the form's flat fields. */
const verdictField = (f: string) => (f === 'fine.amount' ? 'fineAmount' : f === 'fine.currency' || f === 'fine' ? 'fineCurrency' : f);

export function VerdictForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm(
    { personId: '', outcome: '', deliveredOn: todayInCambodia(), termMonths: '' as number | string, custody: '', fineAmount: '' as number | string, fineCurrency: 'KHR' },
    {
      personId: required(t('form.required')),
      outcome: required(t('form.required')),
      deliveredOn: required(t('form.required')),
      fineAmount: (v, values) => (values.outcome === 'fine' && !(Number(v) > 0) ? t('form.positive') : null),
    },
  );
  const command = useFileCommand(
    file,
    ({ personId, ...body }: Schemas['DeliverVerdictDto'] & { personId: string }, headers) => api.POST('/api/court/files/{fileId}/accused/{personId}/verdict', { params: { path: { ...path(file), personId }, header: headers }, body }),
    onDone,
  );
  const unshown = useProblemOnForm(form, command.error, verdictField);
  const values = form.getValues();
  const withTerm = values.outcome === 'imprisonment' || values.outcome === 'suspended_sentence';
  const submit = form.onSubmit((v) =>
    command.mutate({
      personId: v.personId,
      outcome: v.outcome as Schemas['DeliverVerdictDto']['outcome'],
      deliveredOn: v.deliveredOn,
      ...((v.outcome === 'imprisonment' || v.outcome === 'suspended_sentence') && v.termMonths !== '' ? { termMonths: Number(v.termMonths) } : {}),
      ...(v.outcome === 'imprisonment' && v.custody ? { custody: v.custody as 'in_custody' | 'at_liberty' } : {}),
      ...((v.outcome === 'fine' || v.fineAmount !== '') && v.fineAmount !== '' ? { fine: { amount: toMinorUnits(Number(v.fineAmount), v.fineCurrency), currency: v.fineCurrency } } : {}),
    }),
  );
  return (
    <CommandFormFrame name={t('commands.verdict.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('form.accused')} data={accusedOptions(text, file)} required {...form.getInputProps('personId')} />
      <Select label={t('commands.verdict.outcome')} data={options(text, 'verdictOutcomes', VERDICT_OUTCOMES)} required {...form.getInputProps('outcome')} />
      <TextInput type="date" label={t('commands.verdict.deliveredOn')} required {...form.getInputProps('deliveredOn')} />
      {withTerm && <NumberInput label={t('commands.verdict.termMonths')} min={1} allowDecimal={false} {...form.getInputProps('termMonths')} />}
      {values.outcome === 'imprisonment' && <Select label={t('commands.verdict.custody')} data={options(text, 'custody', CUSTODY)} {...form.getInputProps('custody')} />}
      {(values.outcome === 'fine' || values.outcome === 'imprisonment' || values.outcome === 'suspended_sentence') && (
        <Group grow align="flex-start">
          <NumberInput label={t('commands.verdict.fineAmount')} min={0} decimalScale={2} thousandSeparator="," required={values.outcome === 'fine'} {...form.getInputProps('fineAmount')} />
          <Select label={t('commands.verdict.fineCurrency')} data={[...CURRENCIES]} allowDeselect={false} {...form.getInputProps('fineCurrency')} />
        </Group>
      )}
    </CommandFormFrame>
  );
}

export function CompensationForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm(
    { victimId: '', amount: '' as number | string, currency: 'KHR', awardedOn: todayInCambodia() },
    { victimId: required(t('form.required')), amount: (v) => (Number(v) > 0 ? null : t('form.positive')), awardedOn: required(t('form.required')) },
  );
  const command = useFileCommand(file, (body: Schemas['AwardCompensationDto'], headers) => api.POST('/api/court/files/{fileId}/compensation', { params: { path: path(file), header: headers }, body }), onDone);
  const unshown = useProblemOnForm(form, command.error);
  const submit = form.onSubmit((v) => command.mutate({ victimId: v.victimId, amount: toMinorUnits(Number(v.amount), v.currency), currency: v.currency, awardedOn: v.awardedOn }));
  return (
    <CommandFormFrame name={t('commands.compensation.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('form.victim')} data={victimOptions(text, file)} required {...form.getInputProps('victimId')} />
      <Group grow align="flex-start">
        <NumberInput label={t('commands.compensation.amount')} min={0} decimalScale={2} thousandSeparator="," required {...form.getInputProps('amount')} />
        <Select label={t('commands.compensation.currency')} data={[...CURRENCIES]} allowDeselect={false} {...form.getInputProps('currency')} />
      </Group>
      <TextInput type="date" label={t('commands.compensation.awardedOn')} required {...form.getInputProps('awardedOn')} />
    </CommandFormFrame>
  );
}

export function LodgeAppealForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const form = useCommandForm(
    { appellant: '', lodgedOn: todayInCambodia(), personId: '' },
    { appellant: required(t('form.required')), lodgedOn: required(t('form.required')), personId: (v, values) => (values.appellant === 'accused' && !v ? t('form.required') : null) },
  );
  const command = useFileCommand(file, (body: Schemas['LodgeAppealDto'], headers) => api.POST('/api/court/files/{fileId}/appeals', { params: { path: path(file), header: headers }, body }), onDone);
  const unshown = useProblemOnForm(form, command.error);
  const submit = form.onSubmit((v) => command.mutate({ appellant: v.appellant as Schemas['LodgeAppealDto']['appellant'], lodgedOn: v.lodgedOn, ...(v.personId ? { personId: v.personId } : {}) }));
  return (
    <CommandFormFrame name={t('commands.lodgeAppeal.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select label={t('commands.lodgeAppeal.appellant')} data={options(text, 'appellants', APPELLANTS)} required {...form.getInputProps('appellant')} />
      <TextInput type="date" label={t('commands.lodgeAppeal.lodgedOn')} required {...form.getInputProps('lodgedOn')} />
      <Select label={t('commands.lodgeAppeal.person')} data={accusedOptions(text, file)} clearable {...form.getInputProps('personId')} />
    </CommandFormFrame>
  );
}

export function AppealDecisionForm({ file, onDone, onCancel }: CommandFormProps) {
  const text = useCourtText();
  const { t } = text;
  const pending = file.state.appeals.filter((a) => a.decision === null);
  const form = useCommandForm(
    { appealNumber: pending[0] ? String(pending[0].appealNumber) : '', decision: '', decidedOn: todayInCambodia() },
    { appealNumber: required(t('form.required')), decision: required(t('form.required')), decidedOn: required(t('form.required')) },
  );
  const command = useFileCommand(
    file,
    ({ appealNumber, ...body }: Schemas['RecordAppealDecisionDto'] & { appealNumber: number }, headers) =>
      api.POST('/api/court/files/{fileId}/appeals/{appealNumber}/decision', { params: { path: { ...path(file), appealNumber }, header: headers }, body } as never),
    onDone,
  );
  const unshown = useProblemOnForm(form, command.error);
  const submit = form.onSubmit((v) => command.mutate({ appealNumber: Number(v.appealNumber), decision: v.decision as Schemas['RecordAppealDecisionDto']['decision'], decidedOn: v.decidedOn }));
  return (
    <CommandFormFrame name={t('commands.appealDecision.title')} command={command as never} file={file} unshown={unshown} onSubmit={submit} onCancel={onCancel}>
      <Select
        label={t('commands.appealDecision.appeal')}
        data={pending.map((a) => ({ value: String(a.appealNumber), label: t('commands.appealDecision.appealOption', { number: text.number(a.appealNumber), date: text.date(a.lodgedOn), appellant: text.code('appellants', a.appellant) }) }))}
        required
        {...form.getInputProps('appealNumber')}
      />
      <Select label={t('commands.appealDecision.decision')} data={options(text, 'appealDecisions', APPEAL_DECISIONS)} required {...form.getInputProps('decision')} />
      <TextInput type="date" label={t('commands.appealDecision.decidedOn')} required {...form.getInputProps('decidedOn')} />
    </CommandFormFrame>
  );
}
