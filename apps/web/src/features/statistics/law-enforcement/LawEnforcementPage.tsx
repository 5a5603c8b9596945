import { useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { QueryState } from '../../../ui/QueryState';
import { CsvButton } from '../CsvButton';
import { FigureTable } from '../FigureTable';
import { useStatisticsLabels } from '../labels';
import { CompareSwitch, StatisticsFrame } from '../StatisticsFrame';
import { csvFileName, useStatisticsFilters } from '../useStatisticsFilters';
import { LawEnforcementCharts } from './LawEnforcementCharts';
import { lawEnforcementGroups, lawEnforcementSections, nationalitiesText } from './lawEnforcementTable';
import { fetchLawEnforcementCsv, useLawEnforcementTable } from './useLawEnforcementTable';

/** Report II.C.1.1: suppression and victim rescues per offence, with the year before and the change. */
export function LawEnforcementPage() {
  const { t, i18n } = useTranslation('statistics');
  const labels = useStatisticsLabels();
  const { filters } = useStatisticsFilters();
  const table = useLawEnforcementTable(filters);
  const [compare, setCompare] = useState(true);
  const lang = i18n.language;
  const yearText = (y: number) => formatNumber(lang, y, { useGrouping: false });

  return (
    <StatisticsFrame tab="law-enforcement" withUnit actions={<CsvButton fileName={csvFileName('law-enforcement', filters)} fetchCsv={() => fetchLawEnforcementCsv(filters)} />}>
      <QueryState query={table}>
        {(data) => (
          <Stack gap="lg">
            <Stack gap="xs">
              <CompareSwitch checked={compare} onChange={setCompare} previousYear={data.previousYear} />
              <FigureTable
                caption={t('lawEnforcement.caption', {
                  year: yearText(data.year),
                  previousYear: yearText(data.previousYear),
                  scope: labels.scope(data) + (data.unitCode ? ` · ${labels.unit(data.unitCode)}` : ''),
                })}
                rowHeader={t('table.offence')}
                groups={lawEnforcementGroups(data.figures, t)}
                sections={lawEnforcementSections(data, labels, t, (counts) => nationalitiesText(counts, (n) => formatNumber(lang, n)))}
                year={data.year}
                previousYear={data.previousYear}
                compare={compare}
                extraColumn={t('lawEnforcement.nationalities')}
              />
              <Text size="xs" c="dimmed">
                {t('lawEnforcement.note')}
              </Text>
            </Stack>
            <LawEnforcementCharts table={data} filters={filters} />
          </Stack>
        )}
      </QueryState>
    </StatisticsFrame>
  );
}
