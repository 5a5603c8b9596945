import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { StatisticsFilters } from '../useStatisticsFilters';
import type { LawEnforcementTable } from './lawEnforcementTable';

function query(filters: StatisticsFilters) {
  return { year: filters.year, ...(filters.province ? { province: filters.province } : {}), ...(filters.unit ? { unit: filters.unit } : {}) };
}

function options(filters: StatisticsFilters) {
  return {
    queryKey: ['statistics', 'law-enforcement', query(filters)] as const,
    queryFn: async (): Promise<LawEnforcementTable> => unwrap(await api.GET('/api/statistics/law-enforcement', { params: { query: query(filters) } })) as LawEnforcementTable,
  };
}

export function useLawEnforcementTable(filters: StatisticsFilters) {
  return useQuery(options(filters));
}

/** The tables of several years (same province and unit), for the trend. */
export function useLawEnforcementTables(filters: StatisticsFilters, years: number[]) {
  return useQueries({ queries: years.map((year) => options({ ...filters, year })) });
}

/** The same table as the API's CSV (UTF-8 with BOM), with the same filters. */
export async function fetchLawEnforcementCsv(filters: StatisticsFilters): Promise<Blob> {
  return unwrap(await api.GET('/api/statistics/law-enforcement', { params: { query: { ...query(filters), format: 'csv' } }, parseAs: 'blob' })) as Blob;
}
