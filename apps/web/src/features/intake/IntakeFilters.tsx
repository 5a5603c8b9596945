import { Select, SimpleGrid, Title } from '@mantine/core';
import { useSession } from '../../auth/AuthProvider';
import { isNational } from '../../auth/session';
import { useUrlFilters } from '../../ui/useUrlFilters';
import type { ListFilters } from './api';
import { placesFor, PROVINCE_CODES, SCREENING_OUTCOMES, unitsFor } from './codes';
import { useIntakeText } from './useIntakeText';

export const PAGE_SIZE = 20;
export type FilterName = 'year' | 'month' | 'province' | 'place' | 'receivedBy' | 'outcome';

const oneOf = (list: readonly string[], value: string | null): string | undefined => (value && list.includes(value) ? value : undefined);

/** The filters of a list as the address holds them, each checked against its list (anything else is dropped). */
export function filtersOf(params: URLSearchParams, names: readonly FilterName[], scope: readonly string[] | '*'): ListFilters {
  const out: ListFilters = { page: Math.max(1, Number(params.get('page')) || 1), pageSize: PAGE_SIZE };
  const year = Number(params.get('year'));
  const month = Number(params.get('month'));
  if (names.includes('year') && Number.isInteger(year) && year >= 1990 && year <= 2100) out['year'] = year;
  if (names.includes('month') && out['year'] && Number.isInteger(month) && month >= 1 && month <= 12) out['month'] = month;
  const pick = (name: FilterName, list: readonly string[]) => {
    const v = names.includes(name) ? oneOf(list, params.get(name)) : undefined;
    if (v) out[name] = v;
  };
  pick('province', scope === '*' ? PROVINCE_CODES : PROVINCE_CODES.filter((p) => scope.includes(p)));
  pick(
    'place',
    placesFor(scope).map((p) => p.code),
  );
  pick(
    'receivedBy',
    unitsFor(scope).map((u) => u.code),
  );
  pick('outcome', SCREENING_OUTCOMES);
  return out;
}

/** The reader's provinces, or every province for a national reader. */
export function useScope(): readonly string[] | '*' {
  const { user } = useSession();
  return isNational(user) ? '*' : user.provinces;
}

/** A list's filters in the address and as controls: year, then month (with a year), province, place, receiving unit, outcome. */
export function useIntakeFilters(names: readonly FilterName[]) {
  const scope = useScope();
  const { params, setFilter, setPage } = useUrlFilters<FilterName>();
  const filters = filtersOf(params, names, scope);
  return { filters, setFilter, setPage, scope, names };
}

export function IntakeFilterControls({ id, filters, setFilter, scope, names }: { id: string } & ReturnType<typeof useIntakeFilters>) {
  const text = useIntakeText();
  const { t } = text;
  const thisYear = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
  const years = Array.from({ length: thisYear - 1999 }, (_, i) => thisYear - i);
  const provinces = scope === '*' ? PROVINCE_CODES : PROVINCE_CODES.filter((p) => scope.includes(p));
  const str = (v: unknown) => (v === undefined ? null : String(v));
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="xs">
        {t('list.filters')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: names.length }} spacing="sm">
        {names.includes('year') && (
          <Select label={t('common:fields.year')} placeholder={t('common:fields.any')} data={years.map((y) => ({ value: String(y), label: text.year(y) }))} value={str(filters['year'])} onChange={(v) => setFilter('year', v)} clearable searchable />
        )}
        {names.includes('month') && (
          <Select
            label={t('list.month')}
            placeholder={t('common:fields.any')}
            description={filters['year'] ? undefined : t('list.monthNeedsYear')}
            disabled={!filters['year']}
            data={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: text.month(i + 1) }))}
            value={str(filters['month'])}
            onChange={(v) => setFilter('month', v)}
            clearable
          />
        )}
        {names.includes('province') && provinces.length > 1 && (
          <Select label={t('common:fields.province')} placeholder={t('common:fields.any')} data={provinces.map((p) => ({ value: p, label: text.province(p) }))} value={str(filters['province'])} onChange={(v) => setFilter('province', v)} clearable searchable />
        )}
        {names.includes('place') && (
          <Select label={t('fields.place')} placeholder={t('common:fields.any')} data={placesFor(scope).map((p) => ({ value: p.code, label: text.place(p.code) }))} value={str(filters['place'])} onChange={(v) => setFilter('place', v)} clearable searchable />
        )}
        {names.includes('receivedBy') && (
          <Select label={t('fields.receivedBy')} placeholder={t('common:fields.any')} data={unitsFor(scope).map((u) => ({ value: u.code, label: text.unit(u.code) }))} value={str(filters['receivedBy'])} onChange={(v) => setFilter('receivedBy', v)} clearable searchable />
        )}
        {names.includes('outcome') && (
          <Select label={t('fields.outcome')} placeholder={t('common:fields.any')} data={text.options('outcome', SCREENING_OUTCOMES)} value={str(filters['outcome'])} onChange={(v) => setFilter('outcome', v)} clearable />
        )}
      </SimpleGrid>
    </section>
  );
}
