import { Card, Table, Title } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import type { ChartSeries } from './chartOptions';
import { describeChart } from './chartOptions';
import { StatisticsChart } from './StatisticsChart';

/** A titled chart with its numbers also as a small table (behind a disclosure; always printed). */
export function ChartCard({ title, categoryHeader, categories, series, option }: { title: string; categoryHeader: string; categories: string[]; series: ChartSeries[]; option: EChartsCoreOption }) {
  const { t, i18n } = useTranslation('statistics');
  const format = (n: number) => formatNumber(i18n.language, n);
  return (
    <Card withBorder padding="sm" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <StatisticsChart option={option} label={describeChart(title, categories, series, format)} />
      <details>
        <summary>{t('charts.dataTable')}</summary>
        <Table withTableBorder fz="sm" verticalSpacing={2}>
          <caption style={{ captionSide: 'top', textAlign: 'left' }}>{title}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{categoryHeader}</Table.Th>
              {series.map((s) => (
                <Table.Th key={s.name} scope="col" style={{ textAlign: 'right' }}>
                  {s.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.map((c, i) => (
              <Table.Tr key={c}>
                <Table.Th scope="row" fw={400}>
                  {c}
                </Table.Th>
                {series.map((s) => (
                  <Table.Td key={s.name} style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                    {format(s.values[i] ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Card>
  );
}
