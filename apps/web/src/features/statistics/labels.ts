import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nationalUnitName, provinceName } from '../../reference/words';
import { UNITS, type UnitCode } from './reference';

/** Codes as words in the current language; an unknown code falls back to the API's English label, then the code. */
export function useStatisticsLabels() {
  const { t, i18n } = useTranslation('statistics');
  const province = useCallback((code: string) => provinceName(t, code), [t]);
  const unit = useCallback(
    (code: UnitCode | string) => {
      const u = UNITS.find((x) => x.code === code);
      if (!u) return code;
      if (u.kind === 'national') return nationalUnitName(t, u.code);
      return t(`units.${u.kind}`, { province: province(u.province ?? '') });
    },
    [t, province],
  );
  const offence = useCallback((code: string | null, fallback: string) => (code ? t(`offences.${code}`, { defaultValue: fallback }) : fallback), [t]);
  const category = useCallback((code: string | null, fallback: string) => (code ? t(`categories.${code}`, { defaultValue: fallback }) : fallback), [t]);
  /** What the figures cover: the province asked for, the reader's provinces, or the whole country. */
  const scope = useCallback(
    (answer: { province: string | null; provinces: string[] | null }) => {
      if (answer.province) return province(answer.province);
      if (answer.provinces) return answer.provinces.map(province).join(', ');
      return t('scope.national');
    },
    [t, province],
  );
  return useMemo(() => ({ province, unit, offence, category, scope, language: i18n.language }), [province, unit, offence, category, scope, i18n.language]);
}
