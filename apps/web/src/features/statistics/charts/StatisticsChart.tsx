import { lazy, Suspense } from 'react';
import { Center, Loader } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useTranslation } from 'react-i18next';

const EChartCanvas = lazy(() => import('./EChartCanvas'));

/**
 * A chart with an accessible name: role="img" and a label that says what it shows and its values
 * (the same numbers are in a table beside it). The chart library loads on first use.
 */
export function StatisticsChart({ option, label, height = 280 }: { option: EChartsCoreOption; label: string; height?: number }) {
  const { t } = useTranslation();
  return (
    <div role="img" aria-label={label} className="statistics-chart" style={{ width: '100%', minHeight: height }}>
      <Suspense
        fallback={
          <Center h={height}>
            <Loader role="status" aria-label={t('states.loading')} />
          </Center>
        }
      >
        <EChartCanvas option={option} height={height} />
      </Suspense>
    </div>
  );
}
