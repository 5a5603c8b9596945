import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { formatNumber } from '../../../i18n/format';
import { QueryState } from '../../../ui/QueryState';
import { CsvButton } from '../CsvButton';
import { FigureTable } from '../FigureTable';
import { useStatisticsLabels } from '../labels';
import { CompareSwitch, StatisticsFrame } from '../StatisticsFrame';
import { csvFileName, useStatisticsFilters, type StatisticsFilters } from '../useStatisticsFilters';
import { courtGroups, courtSections, type CourtTable, type CourtTableKind } from './courtTable';

function query(filters: StatisticsFilters) {
  return { year: filters.year, ...(filters.province ? { province: filters.province } : {}) };
}

async function fetchCourtTable(kind: CourtTableKind, filters: StatisticsFilters): Promise<CourtTable> {
  const params = { query: query(filters) };
  if (kind === 'prosecution') return unwrap(await api.GET('/api/statistics/prosecution', { params })) as CourtTable;
  if (kind === 'investigating-judges') return unwrap(await api.GET('/api/statistics/investigating-judges', { params })) as CourtTable;
  return unwrap(await api.GET('/api/statistics/trial', { params })) as CourtTable;
}

async function fetchCourtCsv(kind: CourtTableKind, filters: StatisticsFilters): Promise<Blob> {
  const params = { query: { ...query(filters), format: 'csv' as const } };
  const options = { params, parseAs: 'blob' as const };
  if (kind === 'prosecution') return unwrap(await api.GET('/api/statistics/prosecution', options)) as Blob;
  if (kind === 'investigating-judges') return unwrap(await api.GET('/api/statistics/investigating-judges', options)) as Blob;
  return unwrap(await api.GET('/api/statistics/trial', options)) as Blob;
}

/** Report II.C.2.1 §1–3: prosecution, investigating judges, trial, per offence category, with the year before and the change. */
export function CourtTablePage({ kind }: { kind: CourtTableKind }) {
  const { t, i18n } = useTranslation('statistics');
  const labels = useStatisticsLabels();
  const { filters } = useStatisticsFilters();
  const [compare, setCompare] = useState(false);
  const table = useQuery({ queryKey: ['statistics', kind, query(filters)], queryFn: () => fetchCourtTable(kind, filters) });
  const yearText = (y: number) => formatNumber(i18n.language, y, { useGrouping: false });

  return (
    <StatisticsFrame tab={kind} actions={<CsvButton fileName={csvFileName(kind, filters)} fetchCsv={() => fetchCourtCsv(kind, filters)} />}>
      <QueryState query={table}>
        {(data) => (
          <Stack gap="xs">
            <CompareSwitch checked={compare} onChange={setCompare} previousYear={data.previousYear} />
            <FigureTable
              caption={t('court.caption', { table: t(`tabs.${kind}`), year: yearText(data.year), previousYear: yearText(data.previousYear), scope: labels.scope(data) })}
              rowHeader={t('table.category')}
              groups={courtGroups(data.figures, t)}
              sections={courtSections(data, labels.category, t)}
              year={data.year}
              previousYear={data.previousYear}
              compare={compare}
            />
          </Stack>
        )}
      </QueryState>
    </StatisticsFrame>
  );
}
