import { useState } from 'react';
import { Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import type { paths } from '../../../api/schema';
import { formatNumber } from '../../../i18n/format';
import { QueryState } from '../../../ui/QueryState';
import { useIntakeText } from '../../intake/useIntakeText';
import { ChartCard } from '../charts/ChartCard';
import { barChartOption } from '../charts/chartOptions';
import { useChartText } from '../charts/useChartText';
import { CsvButton } from '../CsvButton';
import { FigureTable } from '../FigureTable';
import { useStatisticsLabels } from '../labels';
import { CompareSwitch, StatisticsFrame } from '../StatisticsFrame';
import { NUMBER_CELL, StatisticsTableShell } from '../StatisticsTableShell';
import { csvFileName, useStatisticsFilters, type StatisticsFilters } from '../useStatisticsFilters';
import { INTAKE_TABLES, intakeChart, intakeGroups, intakeSections, type IntakeAnswer, type IntakeTable, type ScreeningYieldAnswer, type YieldFigures } from './intakeTables';

type Filters = StatisticsFilters & { month?: number };

function queryOf(filters: Filters) {
  return { year: filters.year, ...(filters.month ? { month: filters.month } : {}), ...(filters.province ? { province: filters.province } : {}) };
}

// Each table is a GET route of the API's document: renaming one there fails this type.
type TableRoutes = { [T in IntakeTable]: NonNullable<paths[`/api/statistics/intake/${T}`]['get']> };
export type { TableRoutes };

// The intake tables by their path as a string (the statistics routes, libs/statistics/api: intake).
const get = api.GET as unknown as (path: string, init: { params: { query: Record<string, unknown> }; parseAs?: 'json' | 'blob' }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

async function fetchTable(table: IntakeTable, filters: Filters, csv = false): Promise<unknown> {
  return unwrap(await get(`/api/statistics/intake/${table}`, { params: { query: { ...queryOf(filters), ...(csv ? { format: 'csv' } : {}) } }, parseAs: csv ? 'blob' : 'json' }));
}

/** A row's code in words, by its breakdown: the intake screens' words, else the API's label. */
function useRowLabel() {
  const { t: ti } = useTranslation('intake');
  const text = useIntakeText();
  const labels = useStatisticsLabels();
  return (dimension: string, code: string, fallback: string): string => {
    if (!code) return fallback;
    if (code === 'none') return ti(`statistics.none.${dimension}`, { defaultValue: ti('statistics.none.default') });
    switch (dimension) {
      case 'embassy_country_reason': {
        const [country, reason] = code.split(':');
        return `${text.country(country)}: ${text.code('reason', reason)}`;
      }
      case 'place':
      case 'checkpoint':
        return text.place(code);
      case 'returned_by':
        return text.code('returnedBy', code);
      case 'reason':
        return text.code('reason', code);
      case 'received_by':
        return text.unit(code);
      case 'received_by_kind':
        return text.code('unitKind', code);
      case 'country':
      case 'country_returned_from':
      case 'country_of_death':
        return text.country(code);
      case 'outcome':
        return text.code('outcome', code);
      case 'exploitation_type':
        return text.exploitation(code);
      case 'brought_by':
        return text.code('broughtBy', code);
      case 'destination':
        return text.code('destination', code);
      case 'cause':
        return text.code('cause', code);
      case 'sex':
        return text.sex(code);
      case 'province':
        return labels.province(code);
      default:
        return fallback;
    }
  };
}

const useScopeOf = () => {
  const labels = useStatisticsLabels();
  return (data: { province: string | null; provinces?: string[] | null }) => labels.scope({ province: data.province, provinces: data.provinces ?? null });
};

/** One table with its chart (the first breakdown's first figure): this year, optionally the year before and the change. */
function IntakeSection({ table, filters, compare }: { table: IntakeTable; filters: Filters; compare: boolean }) {
  const { t, i18n } = useTranslation('statistics');
  const { t: ti } = useTranslation('intake');
  const scopeOf = useScopeOf();
  const rowLabel = useRowLabel();
  const chartText = useChartText();
  const query = useQuery({ queryKey: ['statistics', 'intake', table, queryOf(filters)], queryFn: async () => (await fetchTable(table, filters)) as IntakeAnswer });
  const yearText = (y: number) => formatNumber(i18n.language, y, { useGrouping: false });
  const period = (data: IntakeAnswer) => (filters.month ? `${ti(`statistics.months.${filters.month}`)} ${yearText(data.year)}` : yearText(data.year));
  return (
    <section aria-labelledby={`intake-${table}`}>
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={2} size="h4" id={`intake-${table}`}>
          {ti(`statistics.tables.${table}`)}
        </Title>
        <Group className="no-print">
          <CsvButton fileName={csvFileName(`intake-${table}`, filters).replace(/\.csv$/, filters.month ? `-${String(filters.month).padStart(2, '0')}.csv` : '.csv')} fetchCsv={async () => (await fetchTable(table, filters, true)) as Blob} />
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {ti(`statistics.notes.${table}`)}
      </Text>
      <QueryState query={query}>
        {(data) => {
          const dimension = data.dimensions[0];
          const figure = data.figures[0];
          const chart = dimension && figure ? intakeChart(data, dimension, figure, rowLabel, yearText) : { categories: [], series: [] };
          const caption = ti('statistics.caption', { table: ti(`statistics.tables.${table}`), period: period(data), scope: scopeOf(data) });
          return (
            <Stack gap="sm">
              <FigureTable caption={caption} rowHeader={ti('statistics.rowHeader')} groups={intakeGroups(data.figures, ti)} sections={intakeSections(data, rowLabel, ti, t('table.total'))} year={data.year} previousYear={data.previousYear} compare={compare} />
              {chart.categories.length > 0 && (
                <ChartCard
                  title={ti('statistics.chart', { what: ti(`statistics.figures.${figure}`, { defaultValue: figure }), by: ti(`statistics.dimensions.${dimension}`, { defaultValue: dimension }), year: yearText(data.year), previousYear: yearText(data.previousYear), scope: scopeOf(data) })}
                  categoryHeader={ti(`statistics.dimensions.${dimension}`, { defaultValue: dimension })}
                  {...chart}
                  option={barChartOption(chart.categories, chart.series, chartText)}
                />
              )}
            </Stack>
          );
        }}
      </QueryState>
    </section>
  );
}

const YIELD_FIGURES = ['returnees', 'suspectedVictims', 'perThousand'] as const;

/**
 * Beyond the report: suspected victims found per 1,000 people received, per place and month
 * (each place's months under it, the place's whole period in bold), and a chart of the places.
 */
function YieldSection({ filters, compare }: { filters: Filters; compare: boolean }) {
  const { t, i18n } = useTranslation('statistics');
  const { t: ti } = useTranslation('intake');
  const lang = i18n.language;
  const scopeOf = useScopeOf();
  const text = useIntakeText();
  const chartText = useChartText();
  const query = useQuery({ queryKey: ['statistics', 'intake', 'screening-yield', queryOf(filters)], queryFn: async () => (await fetchTable('screening-yield', filters)) as ScreeningYieldAnswer });
  const yearText = (y: number) => formatNumber(lang, y, { useGrouping: false });
  const value = (f: YieldFigures, key: (typeof YIELD_FIGURES)[number]) => (key === 'perThousand' ? formatNumber(lang, f.perThousand, { maximumFractionDigits: 2 }) : formatNumber(lang, f[key]));
  return (
    <section aria-labelledby="intake-screening-yield">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={2} size="h4" id="intake-screening-yield">
          {ti('statistics.tables.screening-yield')}
        </Title>
        <Group className="no-print">
          <CsvButton fileName={csvFileName('intake-screening-yield', filters)} fetchCsv={async () => (await fetchTable('screening-yield', filters, true)) as Blob} />
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {ti('statistics.notes.screening-yield')}
      </Text>
      <QueryState query={query}>
        {(data) => {
          const years = compare ? [data.year, data.previousYear] : [data.year];
          const places = data.rows.filter((r) => r.level === 'place' && r.place);
          const chartCategories = places.map((r) => text.place(r.place));
          const series = [
            { name: yearText(data.year), values: places.map((r) => r.current.perThousand ?? 0) },
            { name: yearText(data.previousYear), values: places.map((r) => r.previous.perThousand ?? 0) },
          ];
          const label = (r: ScreeningYieldAnswer['rows'][number]) => (r.level === 'total' ? t('table.total') : r.level === 'place' ? text.place(r.place) : text.month(r.month ?? 0));
          return (
            <Stack gap="sm">
              <StatisticsTableShell caption={ti('statistics.caption', { table: ti('statistics.tables.screening-yield'), period: filters.month ? `${ti(`statistics.months.${filters.month}`)} ${yearText(data.year)}` : yearText(data.year), scope: scopeOf(data) })} horizontalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" rowSpan={compare ? 2 : 1}>
                      {ti('statistics.yield.placeAndMonth')}
                    </Table.Th>
                    {years.map((y) =>
                      compare ? (
                        <Table.Th key={y} scope="colgroup" colSpan={YIELD_FIGURES.length} style={{ textAlign: 'center' }}>
                          {yearText(y)}
                        </Table.Th>
                      ) : (
                        YIELD_FIGURES.map((f) => (
                          <Table.Th key={`${y}-${f}`} scope="col" style={NUMBER_CELL}>
                            {ti(`statistics.yield.${f}`)}
                          </Table.Th>
                        ))
                      ),
                    )}
                  </Table.Tr>
                  {compare && (
                    <Table.Tr>
                      {years.flatMap((y) =>
                        YIELD_FIGURES.map((f) => (
                          <Table.Th key={`${y}-${f}`} scope="col" style={NUMBER_CELL}>
                            {ti(`statistics.yield.${f}`)}
                          </Table.Th>
                        )),
                      )}
                    </Table.Tr>
                  )}
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((r) => (
                    <Table.Tr key={`${r.level}-${r.place ?? ''}-${r.month ?? ''}`} fw={r.level === 'month' ? undefined : 700}>
                      <Table.Th scope="row" fw={r.level === 'month' ? 400 : 700} pl={r.level === 'month' ? 'lg' : undefined} style={{ minWidth: 200 }}>
                        {label(r)}
                      </Table.Th>
                      {years.flatMap((y) =>
                        YIELD_FIGURES.map((f) => (
                          <Table.Td key={`${y}-${f}`} style={NUMBER_CELL}>
                            {value(y === data.year ? r.current : r.previous, f)}
                          </Table.Td>
                        )),
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </StatisticsTableShell>
              {chartCategories.length > 0 && (
                <ChartCard
                  title={ti('statistics.yield.chart', { year: yearText(data.year), previousYear: yearText(data.previousYear), scope: scopeOf(data) })}
                  categoryHeader={ti('statistics.dimensions.place')}
                  categories={chartCategories}
                  series={series}
                  option={barChartOption(chartCategories, series, chartText)}
                />
              )}
            </Stack>
          );
        }}
      </QueryState>
    </section>
  );
}

/** Report II.D.1, returning workers: receptions, police receptions, screenings, bodies, and beyond the report the screening yield and the referral chain. */
export function IntakeStatisticsPage() {
  const { t: ti } = useTranslation('intake');
  const { filters } = useStatisticsFilters();
  const [params, setParams] = useSearchParams();
  const monthParam = Number(params.get('month'));
  const month = Number.isInteger(monthParam) && monthParam >= 1 && monthParam <= 12 ? monthParam : undefined;
  const all: Filters = { ...filters, ...(month ? { month } : {}) };
  const [compare, setCompare] = useState(false);
  const setMonth = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('month', value);
    else next.delete('month');
    setParams(next, { replace: true });
  };
  return (
    <StatisticsFrame
      tab="intake"
      intro={
        <Group className="no-print" align="flex-end" gap="md">
          <NativeSelect
            label={ti('statistics.month')}
            value={month ? String(month) : ''}
            onChange={(e) => setMonth(e.currentTarget.value)}
            data={[{ value: '', label: ti('statistics.wholeYear') }, ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: ti(`statistics.months.${i + 1}`) }))]}
            w={{ base: '100%', xs: 200 }}
          />
          <CompareSwitch checked={compare} onChange={setCompare} previousYear={filters.year - 1} />
        </Group>
      }
    >
      <Stack gap="xl">
        {INTAKE_TABLES.map((table) => (table === 'screening-yield' ? <YieldSection key={table} filters={all} compare={compare} /> : <IntakeSection key={table} table={table} filters={all} compare={compare} />))}
      </Stack>
    </StatisticsFrame>
  );
}
