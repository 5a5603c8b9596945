import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { BODY_BROUGHT_BY, BODY_CAUSES, placesFor, SEXES, todayInCambodia, unitsFor } from './codes';
import { useScope } from './IntakeFilters';
import { RETURN_COUNTRIES } from './ReceptionFields';
import type { BodyFiguresView } from './types';
import { useIntakeText } from './useIntakeText';

export interface BodyValues extends Record<string, unknown> {
  place: string;
  receivedOn: string;
  receivedBy: string;
  broughtBy: string;
  countryOfDeath: string;
  sex: string;
  cause: string;
}

export const BODY_REQUIRED = ['place', 'receivedOn', 'receivedBy', 'broughtBy', 'countryOfDeath', 'sex', 'cause'] as const;

export function bodyValues(from?: BodyFiguresView, defaults: { place?: string; receivedBy?: string } = {}): BodyValues {
  return {
    place: from?.place ?? defaults.place ?? '',
    receivedOn: from?.receivedOn ?? todayInCambodia(),
    receivedBy: from?.receivedBy ?? defaults.receivedBy ?? '',
    broughtBy: from?.broughtBy ?? '',
    countryOfDeath: from?.countryOfDeath ?? '',
    sex: from?.sex ?? '',
    cause: from?.cause ?? '',
  };
}

export const bodyBody = (v: BodyValues) => ({ place: v.place, receivedOn: v.receivedOn, receivedBy: v.receivedBy, broughtBy: v.broughtBy, countryOfDeath: v.countryOfDeath, sex: v.sex, cause: v.cause });

/** The fields of a returned body (record and correction). No personal data. */
export function BodyFields<T extends BodyValues>({ form }: { form: UseFormReturnType<T> }) {
  const text = useIntakeText();
  const { t } = text;
  const scope = useScope();
  const f = form as unknown as UseFormReturnType<BodyValues>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select label={t('fields.place')} data={placesFor(scope).map((p) => ({ value: p.code, label: text.place(p.code) }))} searchable required {...f.getInputProps('place')} />
      <TextInput type="date" label={t('fields.receivedOn')} required {...f.getInputProps('receivedOn')} />
      <Select label={t('fields.receivedBy')} data={unitsFor(scope).map((u) => ({ value: u.code, label: text.unit(u.code) }))} searchable required {...f.getInputProps('receivedBy')} />
      <Select label={t('fields.broughtBy')} data={text.options('broughtBy', BODY_BROUGHT_BY)} required {...f.getInputProps('broughtBy')} />
      <Select label={t('fields.countryOfDeath')} data={RETURN_COUNTRIES.map((c) => ({ value: c, label: text.country(c) }))} searchable required {...f.getInputProps('countryOfDeath')} />
      <Select label={t('common:fields.sex')} data={SEXES.map((s) => ({ value: s, label: text.sex(s) }))} required {...f.getInputProps('sex')} />
      <Select label={t('fields.cause')} data={text.options('cause', BODY_CAUSES)} required {...f.getInputProps('cause')} />
    </SimpleGrid>
  );
}
