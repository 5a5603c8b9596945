import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useSession } from '../../auth/AuthProvider';
import { COUNTRY_CODES, placeOf, placesFor, RETURNED_BY, RETURN_REASONS, todayInCambodia, unitsFor } from './codes';
import { useScope } from './IntakeFilters';
import type { ReceptionFiguresView } from './types';
import { useIntakeText } from './useIntakeText';

/** A reception's figures as a form holds them (the counts as four fields). */
export interface ReceptionValues extends Record<string, unknown> {
  place: string;
  receivedOn: string;
  receivedBy: string;
  returnedBy: string;
  countryReturnedFrom: string;
  reason: string;
  men: number | string;
  women: number | string;
  boys: number | string;
  girls: number | string;
}

export const RECEPTION_REQUIRED = ['place', 'receivedOn', 'receivedBy', 'returnedBy', 'countryReturnedFrom', 'reason'] as const;
export const COUNT_FIELDS = ['men', 'women', 'boys', 'girls'] as const;

/** `counts.men` (the API's field) is the form's `men`. */
export const countField = (field: string) => field.replace(/^counts\./, '');

/** Returned from: anywhere but Cambodia. */
export const RETURN_COUNTRIES = COUNTRY_CODES.filter((c) => c !== 'KHM' && c !== 'XXA');

export function receptionValues(from?: ReceptionFiguresView, defaults: { place?: string; receivedBy?: string } = {}): ReceptionValues {
  return {
    place: from?.place ?? defaults.place ?? '',
    receivedOn: from?.receivedOn ?? todayInCambodia(),
    receivedBy: from?.receivedBy ?? defaults.receivedBy ?? '',
    returnedBy: from?.returnedBy ?? '',
    countryReturnedFrom: from?.countryReturnedFrom ?? '',
    reason: from?.reason ?? '',
    men: from?.counts.men ?? 0,
    women: from?.counts.women ?? 0,
    boys: from?.counts.boys ?? 0,
    girls: from?.counts.girls ?? 0,
  };
}

export function receptionBody(v: ReceptionValues) {
  return {
    place: v.place,
    receivedOn: v.receivedOn,
    receivedBy: v.receivedBy,
    returnedBy: v.returnedBy,
    countryReturnedFrom: v.countryReturnedFrom,
    reason: v.reason,
    counts: { men: Number(v.men) || 0, women: Number(v.women) || 0, boys: Number(v.boys) || 0, girls: Number(v.girls) || 0 },
  };
}

/** At least one person in all (the decider's rule, checked before sending). */
export function countsProblem(v: ReceptionValues, message: string): Partial<Record<string, string>> {
  return COUNT_FIELDS.reduce((sum, f) => sum + (Number(v[f]) || 0), 0) > 0 ? {} : { men: message };
}

/** The place's and the user's own unit, when they have one: what a form starts with. */
export function useRecordingDefaults(): { place?: string; receivedBy?: string } {
  const { user } = useSession();
  const scope = useScope();
  const places = placesFor(scope);
  const units = unitsFor(scope);
  return {
    ...(places.length === 1 ? { place: places[0].code } : {}),
    ...(user.unit && units.some((u) => u.code === user.unit) ? { receivedBy: user.unit } : {}),
  };
}

/** The fields of a reception (record and correction): where, when, by whom, from where, why, and how many. */
export function ReceptionFields<T extends ReceptionValues>({ form }: { form: UseFormReturnType<T> }) {
  const text = useIntakeText();
  const { t } = text;
  const scope = useScope();
  const f = form as unknown as UseFormReturnType<ReceptionValues>;
  const placeProps = f.getInputProps('place');
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('fields.place')}
          data={placesFor(scope).map((p) => ({ value: p.code, label: text.place(p.code) }))}
          searchable
          required
          {...placeProps}
          onChange={(value) => {
            placeProps.onChange(value);
            // An embassy's people return from the embassy's country.
            const place = placeOf(value);
            if (place?.kind === 'embassy' && place.country) f.setFieldValue('countryReturnedFrom', place.country);
          }}
        />
        <TextInput type="date" label={t('fields.receivedOn')} required {...f.getInputProps('receivedOn')} />
        <Select label={t('fields.receivedBy')} data={unitsFor(scope).map((u) => ({ value: u.code, label: text.unit(u.code) }))} searchable required {...f.getInputProps('receivedBy')} />
        <Select label={t('fields.returnedBy')} data={text.options('returnedBy', RETURNED_BY)} required {...f.getInputProps('returnedBy')} />
        <Select label={t('fields.countryReturnedFrom')} data={RETURN_COUNTRIES.map((c) => ({ value: c, label: text.country(c) }))} searchable required {...f.getInputProps('countryReturnedFrom')} />
        <Select label={t('fields.reason')} data={text.options('reason', RETURN_REASONS)} required {...f.getInputProps('reason')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" role="group" aria-label={t('reception.persons')}>
        {COUNT_FIELDS.map((c) => (
          <NumberInput key={c} label={t(`fields.${c}`)} min={0} max={100000} allowDecimal={false} allowNegative={false} thousandSeparator={false} {...f.getInputProps(c)} />
        ))}
      </SimpleGrid>
    </>
  );
}
