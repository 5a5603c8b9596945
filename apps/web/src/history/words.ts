import { currencyByCode } from '@casetrail/court-contracts';
import { organisationByCode } from '@casetrail/protection-contracts';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../i18n/format';
import { nationalUnitName, provinceName } from '../reference/words';

/**
 * Code values in words (namespace `history`, keys `codes.*`): provinces, units, courts, offences,
 * reasons and the like. An unknown code (added to the server after this screen) shows as itself,
 * so nothing is hidden.
 */
export interface Words {
  language: string;
  t: TFunction;
  date(value: unknown): string;
  dateTime(value: unknown): string;
  number(value: unknown): string;
  code(list: string, value: unknown): string;
  codes(list: string, values: unknown): string;
  province(code: unknown): string;
  unit(code: unknown): string;
  court(code: unknown): string;
  /** An organisation of social affairs (ministry, department) or a partner, by its code. */
  organisation(code: unknown): string;
  /** A code of the protection context's lists (namespace `protection`, keys `codes.*`). */
  protectionCode(list: string, value: unknown): string;
  nationality(code: unknown): string;
  role(role: unknown): string;
  sex(value: unknown): string;
  money(amount: unknown, currency: unknown): string;
  /** A `personal` part in words: the name and birth date, or why they are not shown. */
  personal(part: unknown): string;
}

const NATIONAL_UNITS = new Set(['ahtjp-national', 'anti-cyber-crime-national', 'gendarmerie-national']);

function text(value: unknown): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

export function makeWords(t: TFunction, language: string): Words {
  const code = (list: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    const v = String(value);
    return t(`codes.${list}.${v}`, { ns: 'history', defaultValue: v });
  };
  const province = (value: unknown): string => (value === null || value === undefined || value === '' ? '—' : provinceName(t, String(value)));
  const words: Words = {
    language,
    t,
    date: (value) => (typeof value === 'string' ? formatDate(language, value) : '—'),
    dateTime: (value) => (typeof value === 'string' ? formatDateTime(language, value) : '—'),
    number: (value) => (typeof value === 'number' ? formatNumber(language, value) : text(value)),
    code,
    codes: (list, values) => (Array.isArray(values) && values.length > 0 ? values.map((v) => code(list, v)).join('; ') : '—'),
    province,
    unit: (value) => {
      if (typeof value !== 'string' || value === '') return '—';
      if (NATIONAL_UNITS.has(value)) return nationalUnitName(t, value);
      const police = /^police-(.+)$/.exec(value);
      if (police) return t(police[1] === 'phnom-penh' ? 'codes.unitName.capitalPolice' : 'codes.unitName.provincialPolice', { ns: 'history', province: province(police[1]) });
      const gendarmerie = /^gendarmerie-(.+)$/.exec(value);
      if (gendarmerie) return t('codes.unitName.gendarmerie', { ns: 'history', province: province(gendarmerie[1]) });
      const court = /^court-(.+)$/.exec(value);
      if (court) return words.court(value);
      return words.organisation(value);
    },
    court: (value) => {
      if (typeof value !== 'string' || value === '') return '—';
      const p = /^court-(.+)$/.exec(value)?.[1] ?? value;
      return t(p === 'phnom-penh' ? 'codes.courtName.capital' : 'codes.courtName.provincial', { ns: 'history', province: province(p) });
    },
    organisation: (value) => {
      if (typeof value !== 'string' || value === '') return '—';
      const o = organisationByCode(value);
      if (!o) return value;
      if (o.kind === 'ministry') return t('organisation.mosvy', { ns: 'protection' });
      if (o.kind === 'partner_organisation') return o.name;
      return t(o.kind === 'municipal_department' ? 'organisation.municipal' : 'organisation.provincial', { ns: 'protection', province: province(o.province) });
    },
    protectionCode: (list, value) => (value === null || value === undefined || value === '' ? '—' : t(`codes.${list}.${String(value)}`, { ns: 'protection', defaultValue: String(value) })),
    nationality: (value) => code('nationality', value),
    role: (value) => {
      if (value === 'system') return t('codes.role.system', { ns: 'history' });
      return typeof value === 'string' ? t(`roles.${value}`, { ns: 'common', defaultValue: value }) : '—';
    },
    sex: (value) => (typeof value === 'string' ? t(`sex.${value}`, { ns: 'common', defaultValue: value }) : '—'),
    money: (amount, currency) => {
      if (typeof amount !== 'number' || typeof currency !== 'string') return '—';
      const exponent = currencyByCode(currency)?.exponent ?? 2;
      const value = amount / 10 ** exponent;
      return formatMoney(language, value, currency, exponent);
    },
    personal: (part) => {
      if (typeof part !== 'object' || part === null) return t('history.personal.none', { ns: 'history' });
      const p = part as Record<string, unknown>;
      if (p['restricted'] === true) return t('history.personal.restricted', { ns: 'history' });
      if (p['forgotten'] === true) return t('history.personal.forgotten', { ns: 'history' });
      const shown: string[] = [];
      if (typeof p['fullName'] === 'string') shown.push(t('history.personal.name', { ns: 'history', name: p['fullName'] }));
      if (typeof p['birthDate'] === 'string') shown.push(t('history.personal.birthDate', { ns: 'history', date: formatDate(language, p['birthDate']) }));
      return shown.length > 0 ? shown.join('; ') : t('history.personal.none', { ns: 'history' });
    },
  };
  return words;
}
