import type { ReactNode } from 'react';
import { Button, Group, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { formatNumber } from '../../i18n/format';
import { useStatisticsLabels } from './labels';
import { tabsFor, type StatisticsTab } from './access';
import { useStatisticsFilters } from './useStatisticsFilters';
import './statistics-print.css';

/**
 * What every statistics screen shares: the one h1, the tabs the reader's role may open, the
 * filters (kept in the address) and the actions (CSV, print). Controls are hidden in print.
 */
export function StatisticsFrame({ tab, withUnit = false, actions, intro, children }: { tab: StatisticsTab; withUnit?: boolean; actions?: ReactNode; intro?: ReactNode; children: ReactNode }) {
  const { t, i18n } = useTranslation('statistics');
  const { t: tc } = useTranslation();
  const { user } = useSession();
  const labels = useStatisticsLabels();
  const { filters, setFilters, provinces, national, years, units } = useStatisticsFilters();
  const carried = new URLSearchParams({ year: String(filters.year), ...(filters.province ? { province: filters.province } : {}) }).toString();
  const allProvinces = national ? t('filters.allProvinces') : t('filters.myProvinces', { provinces: provinces.map(labels.province).join(', ') });

  return (
    <Stack gap="md" className="statistics-screen">
      <div>
        <Title order={1}>{t(`tabs.${tab}`)}</Title>
        <Text c="dimmed" size="sm">
          {t('title')} · {t(`descriptions.${tab}`)}
        </Text>
      </div>
      <nav aria-label={t('tabs.label')} className="no-print">
        <Group gap="xs">
          {tabsFor(user.role).map((other) => (
            <Button key={other} component={Link} to={`/statistics/${other}?${carried}`} size="xs" variant={other === tab ? 'filled' : 'default'} aria-current={other === tab ? 'page' : undefined}>
              {t(`tabs.${other}`)}
            </Button>
          ))}
        </Group>
      </nav>
      <Group align="flex-end" gap="sm" className="no-print" role="group" aria-label={t('filters.label')}>
        <NativeSelect
          label={tc('fields.year')}
          value={String(filters.year)}
          onChange={(e) => setFilters({ ...filters, year: Number(e.currentTarget.value) })}
          data={years.map((y) => ({ value: String(y), label: formatNumber(i18n.language, y, { useGrouping: false }) }))}
          w={{ base: '100%', xs: 110 }}
        />
        <NativeSelect
          label={tc('fields.province')}
          value={filters.province ?? ''}
          onChange={(e) => setFilters({ ...filters, province: (e.currentTarget.value || undefined) as typeof filters.province })}
          data={[{ value: '', label: allProvinces }, ...provinces.map((p) => ({ value: p, label: labels.province(p) }))]}
          w={{ base: '100%', xs: 240 }}
        />
        {withUnit && (
          <NativeSelect
            label={tc('fields.unit')}
            value={filters.unit ?? ''}
            onChange={(e) => setFilters({ ...filters, unit: (e.currentTarget.value || undefined) as typeof filters.unit })}
            data={[{ value: '', label: t('filters.allUnits') }, ...units.map((u) => ({ value: u.code, label: labels.unit(u.code) }))]}
            w={{ base: '100%', xs: 320 }}
          />
        )}
        <Group gap="xs" ml={{ base: 0, sm: 'auto' }}>
          {actions}
          <Button variant="default" onClick={() => window.print()}>
            {tc('actions.print')}
          </Button>
        </Group>
      </Group>
      {intro}
      {children}
    </Stack>
  );
}

/** The switch that adds the previous year's figures and the change beside each figure. */
export function CompareSwitch({ checked, onChange, previousYear }: { checked: boolean; onChange: (value: boolean) => void; previousYear: number }) {
  const { t, i18n } = useTranslation('statistics');
  return (
    <Switch className="no-print" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} label={t('table.compare', { previousYear: formatNumber(i18n.language, previousYear, { useGrouping: false }) })} />
  );
}
