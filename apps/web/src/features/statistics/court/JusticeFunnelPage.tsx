import { Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { formatDate, formatNumber, formatPercent } from '../../../i18n/format';
import { QueryState } from '../../../ui/QueryState';
import { useStatisticsLabels } from '../labels';
import { StatisticsFrame } from '../StatisticsFrame';
import { NUMBER_CELL, StatisticsTableShell } from '../StatisticsTableShell';
import { useStatisticsFilters } from '../useStatisticsFilters';

/** What became of the police cases forwarded in the year, per province of the police case, as of today. */
export function JusticeFunnelPage() {
  const { t, i18n } = useTranslation('statistics');
  const labels = useStatisticsLabels();
  const { filters } = useStatisticsFilters();
  const lang = i18n.language;
  const query = { year: filters.year, ...(filters.province ? { province: filters.province } : {}) };
  const funnel = useQuery({
    queryKey: ['statistics', 'justice-funnel', query],
    queryFn: async () => unwrap(await api.GET('/api/statistics/justice-funnel', { params: { query } })),
  });
  return (
    <StatisticsFrame tab="justice-funnel">
      <QueryState query={funnel}>
        {(data) => (
          <StatisticsTableShell
            caption={t('funnel.caption', {
              year: formatNumber(lang, data.year, { useGrouping: false }),
              asOf: formatDate(lang, data.asOf),
              scope: labels.scope(data),
            })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" rowSpan={2}>
                  {t('table.province')}
                </Table.Th>
                {data.steps.map((s) => (
                  <Table.Th key={s} scope="colgroup" colSpan={2} style={{ textAlign: 'center' }}>
                    {t(`funnel.steps.${s}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
              <Table.Tr>
                {data.steps.flatMap((s) => [
                  <Table.Th key={`${s}-n`} scope="col" style={NUMBER_CELL}>
                    {t('funnel.count')}
                  </Table.Th>,
                  <Table.Th key={`${s}-p`} scope="col" style={NUMBER_CELL}>
                    {t('funnel.percent')}
                  </Table.Th>,
                ])}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => (
                <Table.Tr key={r.province ?? 'total'} fw={r.level === 'total' ? 700 : undefined}>
                  <Table.Th scope="row" fw={r.level === 'total' ? 700 : 400}>
                    {r.level === 'total' ? t('table.total') : labels.province(r.province ?? r.label)}
                  </Table.Th>
                  {data.steps.flatMap((s) => [
                    <Table.Td key={`${s}-n`} style={NUMBER_CELL}>
                      {formatNumber(lang, r.counts[s])}
                    </Table.Td>,
                    <Table.Td key={`${s}-p`} style={NUMBER_CELL}>
                      {formatPercent(
                        lang,
                        r.percentOfForwarded[s] === null ? null : r.percentOfForwarded[s]! / 100,
                      ).replace(/^\+/, '')}
                    </Table.Td>,
                  ])}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </StatisticsTableShell>
        )}
      </QueryState>
    </StatisticsFrame>
  );
}
