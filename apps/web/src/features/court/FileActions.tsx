import { useState, type ComponentType } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useSession } from '../../auth/AuthProvider';
import type { Role } from '../../auth/session';
import {
  AddPersonForm,
  AppealDecisionForm,
  ChargeForm,
  ClosingOrderForm,
  CompensationForm,
  DecideProsecutionForm,
  EndDetentionForm,
  ExtendDetentionForm,
  LodgeAppealForm,
  OrderDetentionForm,
  SuperviseForm,
  VerdictForm,
  type CommandFormProps,
} from './CommandForms';
import { useCourtText } from './useCourtText';
import type { LoadedFile, Stage } from './types';

interface Action {
  /** i18n key under `commands`. */
  key: string;
  Form: ComponentType<CommandFormProps>;
  /** Who may, in which stage (the API decides again; 403/409 otherwise). */
  allowed: Partial<Record<Role, readonly Stage[]>>;
  /** Shown only when the file has what the command needs. */
  when?: (file: LoadedFile) => boolean;
}

const AddAccused = (p: CommandFormProps) => <AddPersonForm {...p} kind="accused" />;
const AddVictim = (p: CommandFormProps) => <AddPersonForm {...p} kind="victim" />;
const hasAccused = (f: LoadedFile) => Object.keys(f.state.accused).length > 0;
const hasDetention = (f: LoadedFile) => Object.values(f.state.accused).some((a) => a.detentions.some((d) => d.endedOn === null));

/** The court's command routes (libs/court/api: court-file-commands.controller.ts), by role and stage. */
export const ACTIONS: readonly Action[] = [
  { key: 'decideProsecution', Form: DecideProsecutionForm, allowed: { prosecutor: ['prosecution'] } },
  { key: 'charge', Form: ChargeForm, allowed: { prosecutor: ['prosecution'], judge: ['investigation'] }, when: hasAccused },
  { key: 'addAccused', Form: AddAccused, allowed: { prosecutor: ['prosecution', 'investigation'], judge: ['prosecution', 'investigation'] } },
  { key: 'addVictim', Form: AddVictim, allowed: { prosecutor: ['prosecution', 'investigation', 'trial'], judge: ['prosecution', 'investigation', 'trial'] } },
  { key: 'orderDetention', Form: OrderDetentionForm, allowed: { judge: ['investigation'] }, when: hasAccused },
  { key: 'extendDetention', Form: ExtendDetentionForm, allowed: { judge: ['investigation'] }, when: hasDetention },
  { key: 'endDetention', Form: EndDetentionForm, allowed: { judge: ['investigation', 'trial'] }, when: hasDetention },
  { key: 'supervise', Form: SuperviseForm, allowed: { judge: ['investigation'] }, when: hasAccused },
  { key: 'closingOrder', Form: ClosingOrderForm, allowed: { judge: ['investigation'] } },
  { key: 'verdict', Form: VerdictForm, allowed: { judge: ['trial'] }, when: hasAccused },
  { key: 'compensation', Form: CompensationForm, allowed: { judge: ['trial'] }, when: (f) => Object.keys(f.state.victims).length > 0 },
  { key: 'lodgeAppeal', Form: LodgeAppealForm, allowed: { judge: ['trial'] } },
  { key: 'appealDecision', Form: AppealDecisionForm, allowed: { judge: ['trial'] }, when: (f) => f.state.appeals.some((a) => a.decision === null) },
];

export function actionsFor(role: Role, file: LoadedFile): Action[] {
  return ACTIONS.filter((a) => a.allowed[role]?.includes(file.state.stage) && (a.when?.(file) ?? true));
}

/** One clearly named button per command this user can record on the file now; each opens its form. */
export function FileActions({ file }: { file: LoadedFile }) {
  const { t } = useCourtText();
  const { user } = useSession();
  const [open, setOpen] = useState<string | null>(null);
  const actions = actionsFor(user.role, file);
  const current = actions.find((a) => a.key === open);
  if (actions.length === 0) return <Text c="dimmed">{t('file.noActions')}</Text>;
  return (
    <>
      <Group gap="sm" wrap="wrap">
        {actions.map((a) => (
          <Button key={a.key} variant="light" onClick={() => setOpen(a.key)}>
            {t(`commands.${a.key}.open`)}
          </Button>
        ))}
      </Group>
      <Modal opened={current !== undefined} onClose={() => setOpen(null)} title={current ? t(`commands.${current.key}.title`) : ''} size="lg" fullScreen={false} centered>
        {current && <current.Form file={file} onDone={() => setOpen(null)} onCancel={() => setOpen(null)} />}
      </Modal>
    </>
  );
}
