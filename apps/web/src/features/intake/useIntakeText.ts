import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nationalityName } from '@casetrail/kernel';
import { intakeUnitByCode } from '@casetrail/intake-contracts';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { makeWords } from '../../history/words';
import { provinceName } from '../../reference/words';
import { placeOf } from './codes';
import type { PersonalView } from './types';
import { personalShown } from '../../ui/personalShown';

export interface Option {
  value: string;
  label: string;
}

/**
 * The intake screens' words for codes, places, units, people, dates and numbers, in the current
 * language. Codes the other contexts name (police units, organisations, offences, countries) are
 * named as their own screens name them.
 */
export function useIntakeText() {
  const { t, i18n } = useTranslation('intake');
  const { t: th } = useTranslation('history');
  const language = i18n.language;
  return useMemo(() => {
    const words = makeWords(th, language);
    /** A code in words (`codes.<list>.<code>`), or the code itself when it is newer than this screen. */
    const code = (list: string, value: string | null | undefined) => (value ? t(`codes.${list}.${value}`, { defaultValue: value }) : '—');
    const province = (p: string | null | undefined) => (p ? provinceName(t, p) : '—');
    /** A country by its name (a person's nationality is `nationality`). */
    const country = (c: string | null | undefined) => (c ? t(`country.${c}`, { ns: 'protection', defaultValue: nationalityName(c) ?? c }) : '—');
    const place = (c: string | null | undefined) => {
      if (!c) return '—';
      const p = placeOf(c);
      if (!p) return c;
      if (p.kind === 'embassy') return t('place.embassy', { country: country(p.country) });
      return t(`entryPoint.${c}`, { ns: 'protection', defaultValue: p.name });
    };
    /** A receiving unit: the ministry of foreign affairs, a police commissariat, the border liaison office, social affairs. */
    const unit = (c: string | null | undefined) => {
      if (!c) return '—';
      const u = intakeUnitByCode(c);
      if (!u) return c;
      if (u.kind === 'foreign_affairs') return t('unit.mofaic');
      if (u.kind === 'border_liaison') return t('unit.borderLiaison');
      if (u.kind === 'police_commissariat') return t(u.province === 'phnom-penh' ? 'unit.capitalCommissariat' : 'unit.provincialCommissariat', { province: province(u.province) });
      return words.organisation(c);
    };
    /** The name and birth date as the API gave them, or why they are not shown. */
    const personal = (p: PersonalView | null | undefined) => personalShown(t, p);
    const options = (list: string, codes: readonly string[]): Option[] => codes.map((c) => ({ value: c, label: code(list, c) }));
    return {
      t,
      language,
      code,
      province,
      country,
      place,
      unit,
      personal,
      options,
      nationality: (c: string | null | undefined) => (c ? words.nationality(c) : '—'),
      policeUnit: (c: string | null | undefined) => (c ? words.unit(c) : '—'),
      organisation: (c: string | null | undefined) => (c ? words.organisation(c) : '—'),
      offence: (c: string | null | undefined) => (c ? words.code('offence', c) : '—'),
      exploitation: (c: string | null | undefined) => (c ? t(`codes.exploitation.${c}`, { ns: 'protection', defaultValue: c }) : '—'),
      ageBand: (c: string | null | undefined) => (c ? t(`codes.ageBand.${c}`, { ns: 'protection', defaultValue: c }) : '—'),
      sex: (s: string | null | undefined) => (s ? t(`common:sex.${s}`, { defaultValue: s }) : '—'),
      date: (d: string | null | undefined) => formatDate(language, d),
      dateTime: (d: string | null | undefined) => formatDateTime(language, d),
      number: (n: number | null | undefined) => formatNumber(language, n),
      year: (y: number) => formatNumber(language, y, { useGrouping: false }),
      month: (m: number) => t(`months.${m}`),
      shortId: (id: string) => id.slice(0, 8),
    };
  }, [t, th, language]);
}

export type IntakeText = ReturnType<typeof useIntakeText>;
