import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from './format';

// Khmer is formatted by the app, the same in every browser (Debian's Chromium has no Khmer ICU data).
describe('numbers and dates in English and Khmer', () => {
  it('writes numbers with Khmer digits and separators in Khmer', () => {
    expect([formatNumber('km', 1234), formatNumber('km', 1234.5, { maximumFractionDigits: 1 }), formatPercent('km', -0.083), formatNumber('km', null)]).toEqual(['១.២៣៤', '១.២៣៤,៥', '-៨,៣%', '—']);
    expect([formatNumber('en', 1234), formatPercent('en', 0.125)]).toEqual(['1,234', '+12.5%']);
  });

  it('writes domain dates with Khmer month names, and instants in Cambodian time', () => {
    expect(formatDate('km', '2020-03-17')).toBe('១៧ មីនា ២០២០');
    expect(formatDate('en', '2020-03-17')).toBe('17 Mar 2020');
    // 20:30 UTC on 31 December is 03:30 on 1 January in Phnom Penh (UTC+7).
    expect(formatDateTime('km', '2019-12-31T20:30:00Z')).toBe('១ មករា ២០២០ ០៣:៣០');
    expect(formatDateTime('en', '2019-12-31T20:30:00Z')).toBe('1 Jan 2020, 03:30');
  });

  it('writes money with the currency and its decimals', () => {
    expect([formatMoney('en', 1500, 'USD', 2), formatMoney('km', 4000000, 'KHR', 0)]).toEqual(['US$1,500.00', '៤.០០០.០០០ KHR']);
  });
});
