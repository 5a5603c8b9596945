import { useState } from 'react';
import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ENTRY_POINTS, NATIONALITIES } from '@casetrail/kernel';
import { api, unwrap } from '../../../api/client';
import { formatNumber } from '../../../i18n/format';
import { QueryState } from '../../../ui/QueryState';
import { formatMinorUnits } from '../../protection/money';
import { useProtectionText } from '../../protection/useProtectionText';
import { ChartCard } from '../charts/ChartCard';
import { barChartOption } from '../charts/chartOptions';
import { useChartText } from '../charts/useChartText';
import { CsvButton } from '../CsvButton';
import { FigureTable } from '../FigureTable';
import { useStatisticsLabels } from '../labels';
import { CompareSwitch, StatisticsFrame } from '../StatisticsFrame';
import { NUMBER_CELL, StatisticsTableShell } from '../StatisticsTableShell';
import { csvFileName, useStatisticsFilters, type StatisticsFilters } from '../useStatisticsFilters';
import {
  breakdownChart,
  breakdownGroups,
  breakdownSections,
  CHART_OF,
  compensationChart,
  type BreakdownTable,
  type BreakdownTableKind,
  type CompensationTable,
  type IntegrationDurations,
  type ProtectionTab,
} from './protectionTables';

function queryOf(filters: StatisticsFilters) {
  return { year: filters.year, ...(filters.province ? { province: filters.province } : {}) };
}

/** One table of the section, as JSON or (csv) as the CSV file the API writes. */
async function fetchTable(path: ProtectionTab, filters: StatisticsFilters, csv = false): Promise<unknown> {
  const params = { query: { ...queryOf(filters), ...(csv ? { format: 'csv' as const } : {}) } };
  const parseAs = csv ? ('blob' as const) : ('json' as const);
  switch (path) {
    case 'received':
      return unwrap(await api.GET('/api/statistics/protection/received', { params, parseAs }));
    case 'shelter-admissions':
      return unwrap(await api.GET('/api/statistics/protection/shelter-admissions', { params, parseAs }));
    case 'compensation':
      return unwrap(await api.GET('/api/statistics/protection/compensation', { params, parseAs }));
    case 'integrations':
      return unwrap(await api.GET('/api/statistics/protection/integrations', { params, parseAs }));
    case 'follow-ups':
      return unwrap(await api.GET('/api/statistics/protection/follow-ups', { params, parseAs }));
    case 'integration-durations':
      return unwrap(await api.GET('/api/statistics/protection/integration-durations', { params: { query: queryOf(filters) } }));
  }
}

function useProtectionTable<T>(path: ProtectionTab, filters: StatisticsFilters) {
  return useQuery({ queryKey: ['statistics', 'protection', path, queryOf(filters)], queryFn: async () => (await fetchTable(path, filters)) as T });
}

async function fetchCsv(path: ProtectionTab, filters: StatisticsFilters): Promise<Blob> {
  return (await fetchTable(path, filters, true)) as Blob;
}

/** A row's code in words: the protection context's lists, the kinds of organisation, else the API's label. */
function useRowLabel() {
  const { t } = useTranslation('statistics');
  const { t: tp } = useTranslation('protection');
  return (dimension: string, code: string, fallback: string): string => {
    if (code === 'none') return t('protection.none');
    switch (dimension) {
      case 'channel':
        return tp(`codes.channel.${code}`, { defaultValue: fallback });
      case 'exploitation_type':
        return tp(`codes.exploitation.${code}`, { defaultValue: fallback });
      case 'outcome':
        return tp(`codes.followUpOutcome.${code}`, { defaultValue: fallback });
      case 'entry_point':
        return tp(`entryPoint.${code}`, { defaultValue: ENTRY_POINTS.find((e) => e.code === code)?.name ?? fallback });
      case 'country_returned_from':
        return tp(`country.${code}`, { defaultValue: NATIONALITIES.find((n) => n.code === code)?.name ?? fallback });
      case 'sent_by':
      case 'integrated_by':
      case 'visited_by':
        return t(`protection.kinds.${code}`, { defaultValue: fallback });
      default:
        return fallback;
    }
  };
}

/** One breakdown table (II.D.1–3) with its chart: this year, optionally the year before and the change. */
function BreakdownSection({ kind, filters, compare }: { kind: BreakdownTableKind; filters: StatisticsFilters; compare: boolean }) {
  const { t, i18n } = useTranslation('statistics');
  const labels = useStatisticsLabels();
  const rowLabel = useRowLabel();
  const chartText = useChartText();
  const table = useProtectionTable<BreakdownTable>(kind, filters);
  const yearText = (y: number) => formatNumber(i18n.language, y, { useGrouping: false });
  return (
    <section aria-labelledby={`protection-${kind}`}>
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={2} size="h4" id={`protection-${kind}`}>
          {t(`protection.tables.${kind}`)}
        </Title>
        <Group className="no-print">
          <CsvButton fileName={csvFileName(`protection-${kind}`, filters)} fetchCsv={() => fetchCsv(kind, filters)} />
        </Group>
      </Group>
      <QueryState query={table}>
        {(data) => {
          const chart = breakdownChart(data, CHART_OF[kind].dimension, CHART_OF[kind].figure, rowLabel, yearText);
          const caption = t('protection.caption', { table: t(`protection.tables.${kind}`), year: yearText(data.year), scope: labels.scope(data) });
          return (
            <Stack gap="sm">
              <FigureTable caption={caption} rowHeader={t('protection.rowHeader')} groups={breakdownGroups(data.figures, t)} sections={breakdownSections(data, rowLabel, t)} year={data.year} previousYear={data.previousYear} compare={compare} />
              {chart.categories.length > 0 && (
                <ChartCard
                  title={t('protection.chart', { what: t(`protection.chartOf.${kind}`), year: yearText(data.year), previousYear: yearText(data.previousYear), scope: labels.scope(data) })}
                  categoryHeader={t(`protection.dimensions.${CHART_OF[kind].dimension}`)}
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

/** Legal aid and compensation per supporting organisation: counts, and amounts per currency (never converted). */
function CompensationSection({ filters, compare }: { filters: StatisticsFilters; compare: boolean }) {
  const { t, i18n } = useTranslation('statistics');
  const lang = i18n.language;
  const labels = useStatisticsLabels();
  const chartText = useChartText();
  const table = useProtectionTable<CompensationTable>('compensation', filters);
  const words = useProtectionText();
  const yearText = (y: number) => formatNumber(lang, y, { useGrouping: false });
  const organisation = (code: string | null, fallback: string) => (code ? words.organisation(code) : fallback);
  const money = (amounts: Record<string, number>, currency: string) => formatMinorUnits(lang, amounts[currency] ?? 0, currency);
  return (
    <section aria-labelledby="protection-compensation">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={2} size="h4" id="protection-compensation">
          {t('protection.tables.compensation')}
        </Title>
        <Group className="no-print">
          <CsvButton fileName={csvFileName('protection-compensation', filters)} fetchCsv={() => fetchCsv('compensation', filters)} />
        </Group>
      </Group>
      <QueryState query={table}>
        {(data) => {
          const years = compare ? [data.year, data.previousYear] : [data.year];
          const of = (r: CompensationTable['rows'][number], y: number) => (y === data.year ? r.current : r.previous);
          const chart = compensationChart(data, organisation, { awarded: t('protection.compensation.victimsAwarded'), received: t('protection.compensation.victimsReceived') });
          return (
            <Stack gap="sm">
              <StatisticsTableShell caption={t('protection.caption', { table: t('protection.tables.compensation'), year: yearText(data.year), scope: labels.scope(data) })} horizontalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" rowSpan={2}>
                      {t('protection.compensation.organisation')}
                    </Table.Th>
                    {years.map((y) => (
                      <Table.Th key={y} scope="colgroup" colSpan={data.figures.length + data.currencies.length * 2} style={{ textAlign: 'center' }}>
                        {yearText(y)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                  <Table.Tr>
                    {years.flatMap((y) => [
                      ...data.figures.map((f) => (
                        <Table.Th key={`${y}-${f}`} scope="col" style={NUMBER_CELL}>
                          {t(`protection.compensation.${f}`, { defaultValue: f })}
                        </Table.Th>
                      )),
                      ...data.currencies.flatMap((c) => [
                        <Table.Th key={`${y}-a-${c}`} scope="col" style={NUMBER_CELL}>
                          {t('protection.compensation.awarded', { currency: c })}
                        </Table.Th>,
                        <Table.Th key={`${y}-r-${c}`} scope="col" style={NUMBER_CELL}>
                          {t('protection.compensation.received', { currency: c })}
                        </Table.Th>,
                      ]),
                    ])}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((r) => (
                    <Table.Tr key={r.organisation ?? 'total'} fw={r.level === 'total' ? 700 : undefined}>
                      <Table.Th scope="row" fw={r.level === 'total' ? 700 : 400} style={{ minWidth: 200 }}>
                        {r.level === 'total' ? t('table.total') : organisation(r.organisation, r.label)}
                      </Table.Th>
                      {years.flatMap((y) => [
                        ...data.figures.map((f) => (
                          <Table.Td key={`${y}-${f}`} style={NUMBER_CELL}>
                            {formatNumber(lang, of(r, y).counts[f])}
                          </Table.Td>
                        )),
                        ...data.currencies.flatMap((c) => [
                          <Table.Td key={`${y}-a-${c}`} style={NUMBER_CELL}>
                            {money(of(r, y).awarded, c)}
                          </Table.Td>,
                          <Table.Td key={`${y}-r-${c}`} style={NUMBER_CELL}>
                            {money(of(r, y).received, c)}
                          </Table.Td>,
                        ]),
                      ])}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </StatisticsTableShell>
              <Text size="xs" c="dimmed">
                {t('protection.compensation.note')}
              </Text>
              {chart.categories.length > 0 && (
                <ChartCard
                  title={t('protection.compensation.chart', { year: yearText(data.year), scope: labels.scope(data) })}
                  categoryHeader={t('protection.compensation.organisation')}
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

const DURATION_VALUES = ['count', 'medianDays', 'p90Days'] as const;

/** Time from rescue (and from reception) to integration per province: median and 90th percentile in days. */
function DurationsSection({ filters }: { filters: StatisticsFilters }) {
  const { t, i18n } = useTranslation('statistics');
  const lang = i18n.language;
  const labels = useStatisticsLabels();
  const table = useProtectionTable<IntegrationDurations>('integration-durations', filters);
  return (
    <section aria-labelledby="protection-durations">
      <Title order={2} size="h4" id="protection-durations" mb="xs">
        {t('protection.tables.integration-durations')}
      </Title>
      <QueryState query={table}>
        {(data) => (
          <Stack gap="xs">
            <StatisticsTableShell caption={t('protection.caption', { table: t('protection.tables.integration-durations'), year: formatNumber(lang, data.year, { useGrouping: false }), scope: labels.scope(data) })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" rowSpan={2}>
                    {t('table.province')}
                  </Table.Th>
                  {data.measures.map((m) => (
                    <Table.Th key={m} scope="colgroup" colSpan={3} style={{ textAlign: 'center' }}>
                      {t(`protection.measures.${m}`, { defaultValue: m })}
                    </Table.Th>
                  ))}
                </Table.Tr>
                <Table.Tr>
                  {data.measures.flatMap((m) =>
                    DURATION_VALUES.map((v) => (
                      <Table.Th key={`${m}-${v}`} scope="col" style={NUMBER_CELL}>
                        {t(`durations.${v}`)}
                      </Table.Th>
                    )),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => (
                  <Table.Tr key={r.province ?? 'total'} fw={r.level === 'total' ? 700 : undefined}>
                    <Table.Th scope="row" fw={r.level === 'total' ? 700 : 400}>
                      {r.level === 'total' ? t('table.total') : labels.province(r.province ?? r.label)}
                    </Table.Th>
                    {data.measures.flatMap((m) =>
                      DURATION_VALUES.map((v) => (
                        <Table.Td key={`${m}-${v}`} style={NUMBER_CELL}>
                          {formatNumber(lang, r.current[m]?.[v])}
                        </Table.Td>
                      )),
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </StatisticsTableShell>
            <Text size="xs" c="dimmed">
              {t('protection.durationsNote')}
            </Text>
          </Stack>
        )}
      </QueryState>
    </section>
  );
}

/** Report II.D, victim protection and reintegration: every table of the section on one page, with charts, CSV and print. */
export function ProtectionStatisticsPage() {
  const { filters } = useStatisticsFilters();
  const [compare, setCompare] = useState(false);
  return (
    <StatisticsFrame tab="protection">
      <CompareSwitch checked={compare} onChange={setCompare} previousYear={filters.year - 1} />
      <Stack gap="xl">
        <BreakdownSection kind="received" filters={filters} compare={compare} />
        <BreakdownSection kind="shelter-admissions" filters={filters} compare={compare} />
        <CompensationSection filters={filters} compare={compare} />
        <BreakdownSection kind="integrations" filters={filters} compare={compare} />
        <BreakdownSection kind="follow-ups" filters={filters} compare={compare} />
        <DurationsSection filters={filters} />
      </Stack>
    </StatisticsFrame>
  );
}
