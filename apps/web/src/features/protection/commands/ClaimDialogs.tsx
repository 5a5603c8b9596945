import { Group, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { postClaimStep, postStep } from '../api';
import { CURRENCIES, todayInCambodia } from '../codes';
import { outstandingOf, toMinorUnits } from '../money';
import type { CaseView, ClaimRecord } from '../types';
import { useProtectionText, type ProtectionText } from '../useProtectionText';
import { useOrganisationChoices } from './choices';
import { CommandDialog } from './CommandDialog';
import type { DialogProps } from './CaseCommandDialogs';

/*
 * Legal aid and compensation: a claim per court case, the court's award (amount in a currency),
 * money received in parts. Amounts are typed in major units and sent in integer minor units.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Claims in the order they were filed, each named by its number and what it is about. */
export function claimOptions(text: ProtectionText, view: CaseView, keep: (c: ClaimRecord) => boolean) {
  return Object.values(view.state.claims)
    .map((c, i) => ({ c, n: i + 1 }))
    .filter(({ c }) => keep(c))
    .map(({ c, n }) => ({ value: c.claimId, label: text.t('claims.option', { n: text.number(n), organisation: text.organisation(c.supportingOrganisation), date: text.date(c.filedOn) }) }));
}

export function ClaimDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const choices = useOrganisationChoices();
  return (
    <CommandDialog
      title={t('commands.fileClaim')}
      loaded={loaded}
      initialValues={{ supportingOrganisation: choices.defaultActor, filedOn: todayInCambodia(), courtFileId: '' }}
      required={['supportingOrganisation', 'filedOn']}
      validate={(v) => (v.courtFileId.trim() && !UUID.test(v.courtFileId.trim()) ? { courtFileId: t('form.invalidCourtFile') } : {})}
      send={(v, ifMatch, view) =>
        postStep(view.personId, 'claims', ifMatch, { supportingOrganisation: v.supportingOrganisation, filedOn: v.filedOn, ...(v.courtFileId.trim() ? { courtFileId: v.courtFileId.trim().toLowerCase() } : {}) })
      }
      onClose={onClose}
    >
      {(form) => (
        <>
          <Select label={t('fields.supportingOrganisation')} data={choices.actors} searchable required {...form.getInputProps('supportingOrganisation')} />
          <TextInput type="date" label={t('fields.filedOn')} required {...form.getInputProps('filedOn')} />
          <TextInput label={t('fields.courtFileId')} description={t('form.courtFileNote')} autoComplete="off" {...form.getInputProps('courtFileId')} />
        </>
      )}
    </CommandDialog>
  );
}

export function AwardDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const open = claimOptions(text, loaded.view, (c) => c.award === null);
  return (
    <CommandDialog
      title={t('commands.recordAward')}
      loaded={loaded}
      initialValues={{ claimId: open.length === 1 ? open[0].value : '', amount: '' as number | string, currency: 'USD', awardedOn: todayInCambodia() }}
      required={['claimId', 'amount', 'currency', 'awardedOn']}
      validate={(v) => (Number(v.amount) > 0 ? {} : { amount: t('form.positive') })}
      send={(v, ifMatch, view) =>
        postClaimStep(view.personId, v.claimId, 'award', ifMatch, { amount: toMinorUnits(Number(v.amount), v.currency), currency: v.currency, awardedOn: v.awardedOn })
      }
      onClose={onClose}
    >
      {(form, view) => (
        <>
          <Select label={t('fields.claim')} data={claimOptions(text, view, (c) => c.award === null)} required {...form.getInputProps('claimId')} />
          <Group grow align="flex-start">
            <NumberInput label={t('fields.amountAwarded')} description={t('form.amountNote')} min={0} decimalScale={2} thousandSeparator="," required {...form.getInputProps('amount')} />
            <Select label={t('fields.currency')} data={[...CURRENCIES]} allowDeselect={false} required {...form.getInputProps('currency')} />
          </Group>
          <TextInput type="date" label={t('fields.awardedOn')} required {...form.getInputProps('awardedOn')} />
        </>
      )}
    </CommandDialog>
  );
}

export function ReceiptDialog({ loaded, onClose }: DialogProps) {
  const text = useProtectionText();
  const { t } = text;
  const awarded = (c: ClaimRecord) => c.award !== null && outstandingOf(c) > 0;
  const open = claimOptions(text, loaded.view, awarded);
  const claimOf = (view: CaseView, id: string) => view.state.claims[id] as ClaimRecord | undefined;
  return (
    <CommandDialog
      title={t('commands.recordReceipt')}
      loaded={loaded}
      initialValues={{ claimId: open.length === 1 ? open[0].value : '', amount: '' as number | string, receivedOn: todayInCambodia() }}
      required={['claimId', 'amount', 'receivedOn']}
      validate={(v) => (Number(v.amount) > 0 ? {} : { amount: t('form.positive') })}
      send={(v, ifMatch, view) => {
        const currency = claimOf(view, v.claimId)?.award?.currency ?? 'USD';
        return postClaimStep(view.personId, v.claimId, 'receipts', ifMatch, { amount: toMinorUnits(Number(v.amount), currency), currency, receivedOn: v.receivedOn });
      }}
      onClose={onClose}
    >
      {(form, view) => {
        const claim = claimOf(view, form.getValues().claimId);
        return (
          <>
            <Select label={t('fields.claim')} data={claimOptions(text, view, awarded)} required {...form.getInputProps('claimId')} />
            {claim?.award && (
              <Text size="sm" aria-live="polite">
                {t('form.outstanding', { awarded: text.money(claim.award.amount, claim.award.currency), outstanding: text.money(outstandingOf(claim), claim.award.currency) })}
              </Text>
            )}
            <NumberInput
              label={claim?.award ? t('fields.amountReceivedIn', { currency: claim.award.currency }) : t('fields.amountReceived')}
              description={t('form.amountNote')}
              min={0}
              decimalScale={2}
              thousandSeparator=","
              required
              {...form.getInputProps('amount')}
            />
            <TextInput type="date" label={t('fields.receivedOn')} required {...form.getInputProps('receivedOn')} />
          </>
        );
      }}
    </CommandDialog>
  );
}
