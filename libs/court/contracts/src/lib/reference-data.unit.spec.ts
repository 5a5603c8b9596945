import { PROVINCES } from '@casetrail/kernel';
import { COURTS, courtByCode, courtOfProvince, isCourtCode } from './courts';
import { CURRENCIES, currencyByCode, isCurrencyCode } from '@casetrail/kernel';
import {
  LEGAL_TIME_LIMITS,
  isPretrialDetentionLimitId,
  legalTimeLimitById,
  maximumPeriod,
  pretrialDetentionLimitFor,
} from './legal-time-limits';
import { courtFileStreamId, fileIdOfStream } from './court-file.stream';

const unique = (xs: string[]) => new Set(xs).size === xs.length;

describe('courts of first instance', () => {
  it('has one court per province, named as the courts are', () => {
    expect(COURTS).toHaveLength(PROVINCES.length);
    expect(unique(COURTS.map((c) => c.code))).toBe(true);
    expect(courtByCode('court-battambang')).toEqual({ code: 'court-battambang', province: 'battambang', name: 'Battambang Provincial Court of First Instance' });
    expect(courtByCode('court-phnom-penh')?.name).toBe('Phnom Penh Capital Court of First Instance');
    expect(courtOfProvince('kampot')?.code).toBe('court-kampot');
    expect(isCourtCode('battambang')).toBe(false);
    expect(isCourtCode('court-atlantis')).toBe(false);
  });
});

describe('currencies', () => {
  it('knows ISO 4217 codes with their minor-unit exponents', () => {
    expect(unique(CURRENCIES.map((c) => c.code))).toBe(true);
    expect(CURRENCIES.length).toBeGreaterThan(150);
    expect(currencyByCode('USD')?.exponent).toBe(2);
    expect(currencyByCode('KHR')?.exponent).toBe(2);
    expect(currencyByCode('THB')?.exponent).toBe(2);
    expect(currencyByCode('JPY')?.exponent).toBe(0);
    expect(currencyByCode('VND')?.exponent).toBe(0);
    expect(currencyByCode('KWD')?.exponent).toBe(3);
    expect(currencyByCode('CLF')?.exponent).toBe(4);
  });

  it('leaves out codes without a minor unit and lower-case spellings', () => {
    for (const code of ['XAU', 'XDR', 'XTS', 'XXX', 'usd', 'US$', '']) expect(isCurrencyCode(code)).toBe(false);
  });
});

describe('legal time limits (Code of Criminal Procedure, 2007)', () => {
  it('cites an article for every row and says what is unconfirmed when a row is not verified', () => {
    expect(unique(LEGAL_TIME_LIMITS.map((l) => l.id))).toBe(true);
    for (const l of LEGAL_TIME_LIMITS) {
      expect(l.article).toMatch(/^art\. \d+$/);
      expect(l.source.length).toBeGreaterThan(10);
      if (!l.verified) expect(l.unconfirmed?.length).toBeGreaterThan(20);
    }
  });

  it('holds the numbers of the brief', () => {
    expect(legalTimeLimitById('police_custody')).toMatchObject({ article: 'art. 96', period: { amount: 48, unit: 'hours' } });
    expect(maximumPeriod(legalTimeLimitById('pretrial_detention_adult_felony')!)).toEqual({ amount: 18, unit: 'months' });
    expect(maximumPeriod(legalTimeLimitById('pretrial_detention_adult_misdemeanour')!)).toEqual({ amount: 6, unit: 'months' });
    expect(legalTimeLimitById('judgment_after_immediate_appearance')).toMatchObject({ article: 'art. 304', period: { amount: 14, unit: 'days' }, verified: true });
  });

  it.each([
    [13, 'felony', 'pretrial_detention_minor_under_14'],
    [0, 'misdemeanour', 'pretrial_detention_minor_under_14'],
    [14, 'felony', 'pretrial_detention_minor_14_15_felony'],
    [15, 'misdemeanour', 'pretrial_detention_minor_14_15_misdemeanour'],
    [16, 'felony', 'pretrial_detention_minor_16_17_felony'],
    [17, 'misdemeanour', 'pretrial_detention_minor_16_17_misdemeanour'],
    [18, 'felony', 'pretrial_detention_adult_felony'],
    [70, 'misdemeanour', 'pretrial_detention_adult_misdemeanour'],
  ] as const)('chooses the row for age %i and a %s', (age, offenceClass, id) => {
    expect(pretrialDetentionLimitFor(age, offenceClass).id).toBe(id);
  });

  it('forbids detaining a child under 14 (no period) and knows the detention rows', () => {
    expect(pretrialDetentionLimitFor(13, 'felony').period).toBeNull();
    expect(isPretrialDetentionLimitId('pretrial_detention_adult_felony')).toBe(true);
    expect(isPretrialDetentionLimitId('pretrial_detention_minor_under_14')).toBe(false);
    expect(isPretrialDetentionLimitId('police_custody')).toBe(false);
  });
});

describe('court file stream id', () => {
  it('prefixes the file id with the context, for the bus to route', () => {
    expect(courtFileStreamId('PC-2020-001')).toBe('court-file-PC-2020-001');
    expect(courtFileStreamId('x').split('-')[0]).toBe('court');
    expect(fileIdOfStream('court-file-PC-2020-001')).toBe('PC-2020-001');
    expect(fileIdOfStream('enforcement-case-PC-2020-001')).toBeNull();
    expect(fileIdOfStream('court-file-')).toBeNull();
  });
});
