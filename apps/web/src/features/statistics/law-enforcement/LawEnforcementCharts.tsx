import { useMemo } from 'react';
import { SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ChartCard } from '../charts/ChartCard';
import { barChartOption, lineChartOption } from '../charts/chartOptions';
import { useChartText } from '../charts/useChartText';
import { useStatisticsLabels } from '../labels';
import { FIRST_YEAR } from '../access';
import type { StatisticsFilters } from '../useStatisticsFilters';
import { byAgeBand, byCategory, byHandOver, trend, trendYears } from './lawEnforcementCharts';
import type { LawEnforcementFigure, LawEnforcementTable } from './lawEnforcementTable';
import { useLawEnforcementTables } from './useLawEnforcementTable';

const TREND_YEARS = 6;

/** The law-enforcement figures as charts, each with its numbers as a table too. */
export function LawEnforcementCharts({ table, filters }: { table: LawEnforcementTable; filters: StatisticsFilters }) {
  const { t, i18n } = useTranslation('statistics');
  const labels = useStatisticsLabels();
  const text = useChartText();
  const figureName = (f: LawEnforcementFigure) => t(`charts.figures.${f}`);
  const yearText = (y: number) => formatNumber(i18n.language, y, { useGrouping: false });
  const year = yearText(table.year);
  const scope = labels.scope(table);

  const years = trendYears(filters.year, TREND_YEARS, FIRST_YEAR + 1);
  const trendQueries = useLawEnforcementTables(filters, years);
  const trendTables = trendQueries.flatMap((q) => (q.data ? [q.data] : []));
  const trendError = trendQueries.find((q) => q.isError)?.error;

  const category = byCategory(table, labels.category, figureName);
  const age = byAgeBand(table, t('charts.figures.victims'), figureName);
  const handOver = byHandOver(table, t('charts.figures.victims'), figureName);
  const overYears = trend(trendTables, yearText, figureName);

  const options = useMemo(
    () => ({
      category: barChartOption(category.categories, category.series, text),
      age: barChartOption(age.categories, age.series, text),
      handOver: barChartOption(handOver.categories, handOver.series, text),
      trend: lineChartOption(overYears.categories, overYears.series, text),
    }),
    // The data objects are rebuilt each render; their JSON is what changes the charts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [JSON.stringify([category, age, handOver, overYears]), text],
  );

  return (
    <section aria-labelledby="statistics-charts-heading">
      <Title order={2} size="h4" id="statistics-charts-heading" mb="sm">
        {t('charts.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChartCard title={t('charts.byCategory', { year, scope })} categoryHeader={t('charts.category')} {...category} option={options.category} />
        <ChartCard title={t('charts.byAgeBand', { year, scope })} categoryHeader={t('charts.ageBand')} {...age} option={options.age} />
        <ChartCard title={t('charts.byHandOver', { year, scope })} categoryHeader={t('charts.destination')} {...handOver} option={options.handOver} />
        <div>
          <ChartCard title={t('charts.trend', { from: overYears.categories[0] ?? year, to: year, scope })} categoryHeader={t('charts.year')} {...overYears} option={options.trend} />
          {trendError ? <ProblemAlert error={trendError} /> : null}
        </div>
      </SimpleGrid>
    </section>
  );
}
