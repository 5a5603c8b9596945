/**
 * Numbers, dates and times in the reader's language. English goes through Intl (en-GB). Khmer is
 * written here: Chromium builds such as Debian's ship ICU data without the Khmer locale (Intl falls
 * back to English there: "Mar 17, 2020", "1,234"), so Khmer digits, separators and month names
 * would depend on the browser. Here they do not.
 */

/** Cambodia's time zone: the domain's dates and times are Cambodian. */
export const TIME_ZONE = 'Asia/Phnom_Penh';

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
export const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'] as const;

/** Western digits as Khmer digits (០–៩); everything else unchanged. */
export function khmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => KHMER_DIGITS[Number(d)]);
}

/** An en-US number as Khmer writes it: `.` groups thousands, `,` marks decimals, Khmer digits (CLDR km). */
function khmerNumber(english: string): string {
  return khmerDigits(english.replace(/[.,]/g, (c) => (c === ',' ? '.' : ',')));
}

/** The locale tag for Intl where the app still hands a locale to a library (charts). */
export function intlLocale(language: string): string {
  return language === 'km' ? 'km-KH' : 'en-GB';
}

export function formatNumber(language: string, value: number | null | undefined, options?: Intl.NumberFormatOptions): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (language === 'km') return khmerNumber(new Intl.NumberFormat('en-US', options).format(value));
  return new Intl.NumberFormat('en-GB', options).format(value);
}

export function formatPercent(language: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatNumber(language, value, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}

/** An amount in major units of a currency, with the currency's own decimals. */
export function formatMoney(language: string, value: number, currency: string, decimals: number): string {
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (language === 'km') return `${formatNumber(language, value, digits)} ${currency}`;
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency, ...digits }).format(value);
  } catch {
    return `${formatNumber(language, value, digits)} ${currency}`;
  }
}

/** A domain date (YYYY-MM-DD, a Cambodian calendar day) in words. */
export function formatDate(language: string, date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number);
  if (language === 'km') return `${khmerDigits(String(d))} ${KHMER_MONTHS[m - 1]} ${khmerDigits(String(y))}`;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant (ISO date-time) in Cambodian time. */
export function formatDateTime(language: string, instant: string | null | undefined): string {
  if (!instant) return '—';
  const when = new Date(instant);
  if (language !== 'km') return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(when);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(when)
      .map((p) => [p.type, p.value]),
  );
  return `${formatDate('km', `${parts['year']}-${parts['month']}-${parts['day']}`)} ${khmerDigits(`${parts['hour']}:${parts['minute']}`)}`;
}
