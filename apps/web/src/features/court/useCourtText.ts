import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { provinceName } from '../../reference/words';
import { formatMoney, type PersonLabel } from './util';

/** The court's words for codes, persons, dates and money, in the current language. */
export function useCourtText() {
  const { t, i18n } = useTranslation('court');
  const language = i18n.language;
  /** A code in words: `group.code`, or the code itself when the list lacks it (a newer code). */
  const code = useCallback((group: string, value: string | null | undefined) => (value ? t(`${group}.${value}`, { defaultValue: value }) : '—'), [t]);
  const province = useCallback((p: string | null | undefined) => (p ? provinceName(t, p) : '—'), [t]);
  const court = useCallback((c: string | null | undefined) => (c ? t('courtName', { province: province(c.replace(/^court-/, '')) }) : '—'), [t, province]);
  const offences = useCallback((list: readonly string[]) => list.map((o) => code('offences', o)).join('; '), [code]);
  const person = useCallback(
    (label: PersonLabel | undefined, withName = true) => {
      if (!label) return t('person.unknown');
      const base = t(label.kind === 'accused' ? 'person.accused' : 'person.victim', { number: formatNumber(language, label.number) });
      if (!withName || label.name === 'none') return base;
      const name = label.name === 'restricted' ? t('person.restricted') : label.name === 'forgotten' ? t('person.forgotten') : label.name.fullName;
      return t('person.withName', { label: base, name });
    },
    [t, language],
  );
  return useMemo(
    () => ({
      t,
      language,
      code,
      province,
      court,
      offences,
      person,
      date: (d: string | null | undefined) => formatDate(language, d),
      dateTime: (d: string | null | undefined) => formatDateTime(language, d),
      number: (n: number | null | undefined) => formatNumber(language, n),
      money: (minor: number, currency: string) => formatMoney(language, minor, currency),
    }),
    [t, language, code, province, court, offences, person],
  );
}

export type CourtText = ReturnType<typeof useCourtText>;
