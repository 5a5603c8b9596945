import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_POINTS, NATIONALITIES } from '@casetrail/kernel';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { provinceName } from '../../reference/words';
import { organisationOf } from './codes';
import { formatMinorUnits } from './money';
import type { PersonalView } from './types';
import { personalShown } from '../../ui/personalShown';

export interface Option {
  value: string;
  label: string;
}

/** The protection screens' words for codes, organisations, people, dates and money, in the current language. */
export function useProtectionText() {
  const { t, i18n } = useTranslation('protection');
  const language = i18n.language;
  return useMemo(() => {
    /** A code in words (`codes.<list>.<code>`), or the code itself when it is newer than this screen. */
    const code = (list: string, value: string | null | undefined) => (value ? t(`codes.${list}.${value}`, { defaultValue: value }) : '—');
    const province = (p: string | null | undefined) => (p ? provinceName(t, p) : '—');
    const organisation = (c: string | null | undefined) => {
      if (!c) return '—';
      const o = organisationOf(c);
      if (!o) return c;
      if (o.kind === 'ministry') return t('organisation.mosvy');
      if (o.kind === 'municipal_department') return t('organisation.municipal', { province: province(o.province) });
      if (o.kind === 'provincial_department') return t('organisation.provincial', { province: province(o.province) });
      // Partner organisations go by their own (proper) names in both languages.
      return o.name;
    };
    const country = (c: string | null | undefined) => (c ? t(`country.${c}`, { defaultValue: NATIONALITIES.find((n) => n.code === c)?.name ?? c }) : '—');
    const entryPoint = (c: string | null | undefined) => (c ? t(`entryPoint.${c}`, { defaultValue: ENTRY_POINTS.find((e) => e.code === c)?.name ?? c }) : '—');
    const date = (d: string | null | undefined) => formatDate(language, d);
    const number = (n: number | null | undefined) => formatNumber(language, n);
    /** The name and birth date as the API gave them, or why they are not shown. */
    const personal = (p: PersonalView | null | undefined) => personalShown(t, p);
    const options = (list: string, codes: readonly string[]): Option[] => codes.map((c) => ({ value: c, label: code(list, c) }));
    return {
      t,
      language,
      code,
      province,
      organisation,
      country,
      entryPoint,
      personal,
      options,
      date,
      number,
      year: (y: number) => formatNumber(language, y, { useGrouping: false }),
      dateTime: (d: string | null | undefined) => formatDateTime(language, d),
      money: (minor: number, currency: string) => formatMinorUnits(language, minor, currency),
      sex: (s: string | null | undefined) => (s ? t(`common:sex.${s}`, { defaultValue: s }) : '—'),
      organisationOptions: (codes: readonly { code: string }[]): Option[] => codes.map((o) => ({ value: o.code, label: organisation(o.code) })),
      caseLabel: (personId: string) => t('case.shortId', { id: personId.slice(0, 8) }),
    };
  }, [t, language]);
}

export type ProtectionText = ReturnType<typeof useProtectionText>;
