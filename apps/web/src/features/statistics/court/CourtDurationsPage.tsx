import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { formatNumber } from '../../../i18n/format';
import { QueryState } from '../../../ui/QueryState';
import { useStatisticsLabels } from '../labels';
import { StatisticsFrame } from '../StatisticsFrame';
import { NUMBER_CELL, StatisticsTableShell } from '../StatisticsTableShell';
import { useStatisticsFilters } from '../useStatisticsFilters';

const VALUES = ['count', 'medianDays', 'p90Days'] as const;

/** Median and 90th percentile (days) of the court stages that ended in the year, per province of the court. */
export function CourtDurationsPage() {
  const { t, i18n } = useTranslation('statistics');
  const labels = useStatisticsLabels();
  const { filters } = useStatisticsFilters();
  const lang = i18n.language;
  const query = { year: filters.year, ...(filters.province ? { province: filters.province } : {}) };
  const durations = useQuery({
    queryKey: ['statistics', 'court-durations', query],
    queryFn: async () => unwrap(await api.GET('/api/statistics/court-durations', { params: { query } })),
  });
  return (
    <StatisticsFrame tab="court-durations">
      <QueryState query={durations}>
        {(data) => (
          <>
            <StatisticsTableShell
              caption={t('durations.caption', {
                year: formatNumber(lang, data.year, { useGrouping: false }),
                scope: labels.scope(data),
              })}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" rowSpan={2}>
                    {t('table.province')}
                  </Table.Th>
                  {data.measures.map((m) => (
                    <Table.Th key={m} scope="colgroup" colSpan={3} style={{ textAlign: 'center' }}>
                      {t(`durations.measures.${m}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
                <Table.Tr>
                  {data.measures.flatMap((m) =>
                    VALUES.map((v) => (
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
                      VALUES.map((v) => (
                        <Table.Td key={`${m}-${v}`} style={NUMBER_CELL}>
                          {formatNumber(lang, r.durations[m][v])}
                        </Table.Td>
                      )),
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </StatisticsTableShell>
            <Text size="xs" c="dimmed">
              {t('durations.note')}
            </Text>
          </>
        )}
      </QueryState>
    </StatisticsFrame>
  );
}
