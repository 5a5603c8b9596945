import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { isNational } from '../../auth/session';
import { currentYearInCambodia, FIRST_YEAR } from './access';
import { isProvinceCode, isUnitCode, PROVINCE_CODES, UNITS, type ProvinceCode, type UnitCode, type UnitOption } from './reference';

export interface StatisticsFilters {
  year: number;
  province?: ProvinceCode;
  unit?: UnitCode;
}

/**
 * The year, province and unit of a statistics screen, kept in the address (codes only, so a
 * table can be bookmarked and shared). A province outside the reader's scope is not offered; the
 * API refuses it anyway (404), and without a province it covers only the reader's provinces.
 */
export function useStatisticsFilters() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const national = isNational(user);
  const lastYear = currentYearInCambodia();

  const provinces = useMemo<ProvinceCode[]>(() => (national ? [...PROVINCE_CODES] : PROVINCE_CODES.filter((p) => user.provinces.includes(p))), [national, user.provinces]);

  const filters = useMemo<StatisticsFilters>(() => {
    const yearParam = Number(params.get('year'));
    const year = Number.isInteger(yearParam) && yearParam >= FIRST_YEAR && yearParam <= lastYear ? yearParam : lastYear;
    const provinceParam = params.get('province');
    const province = isProvinceCode(provinceParam) && provinces.includes(provinceParam) ? provinceParam : undefined;
    const unitParam = params.get('unit');
    const unit = isUnitCode(unitParam) && unitsFor(province, provinces).some((u) => u.code === unitParam) ? unitParam : undefined;
    return { year, province, unit };
  }, [params, provinces, lastYear]);

  const setFilters = useCallback(
    (next: StatisticsFilters) => {
      const out = new URLSearchParams();
      out.set('year', String(next.year));
      if (next.province) out.set('province', next.province);
      if (next.unit && unitsFor(next.province, provinces).some((u) => u.code === next.unit)) out.set('unit', next.unit);
      setParams(out, { replace: true });
    },
    [setParams, provinces],
  );

  const years = useMemo(() => Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => lastYear - i), [lastYear]);

  return { filters, setFilters, provinces, national, years, units: unitsFor(filters.province, provinces) };
}

/** The units whose cases can be in the chosen province (national units act anywhere). */
export function unitsFor(province: ProvinceCode | undefined, provinces: readonly ProvinceCode[]): UnitOption[] {
  return UNITS.filter((u) => u.province === null || (province ? u.province === province : provinces.includes(u.province)));
}

/** `law-enforcement-2020-battambang-police-battambang.csv` */
export function csvFileName(stem: string, filters: StatisticsFilters): string {
  return [stem, String(filters.year), filters.province, filters.unit].filter(Boolean).join('-') + '.csv';
}
