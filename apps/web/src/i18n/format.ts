/** Cambodia's time zone: the domain's dates and times are Cambodian. */
export const TIME_ZONE = 'Asia/Phnom_Penh';

/** The locale tag for Intl: Khmer with Khmer digits, or English. */
export function intlLocale(language: string): string {
  return language === 'km' ? 'km-KH-u-nu-khmr' : 'en-GB';
}

export function formatNumber(language: string, value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(intlLocale(language), options).format(value);
}

export function formatPercent(language: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/** A domain date (YYYY-MM-DD, a Cambodian calendar day) in words. */
export function formatDate(language: string, date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant (ISO date-time) in Cambodian time. */
export function formatDateTime(language: string, instant: string | null | undefined): string {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(instant));
}
