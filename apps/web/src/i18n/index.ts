import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './locales/en/common.json';
import enPolice from './locales/en/police.json';
import enCourt from './locales/en/court.json';
import enProtection from './locales/en/protection.json';
import enStatistics from './locales/en/statistics.json';
import enAudit from './locales/en/audit.json';
import enAdmin from './locales/en/admin.json';
import enReference from './locales/en/reference.json';
import enHistory from './locales/en/history.json';
import kmCommon from './locales/km/common.json';
import kmPolice from './locales/km/police.json';
import kmCourt from './locales/km/court.json';
import kmProtection from './locales/km/protection.json';
import kmStatistics from './locales/km/statistics.json';
import kmAudit from './locales/km/audit.json';
import kmAdmin from './locales/km/admin.json';
import kmReference from './locales/km/reference.json';
import kmHistory from './locales/km/history.json';

export const LANGUAGES = ['en', 'km'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One namespace per feature, `reference` for the codes all of them name, `history` for records' histories in words; every key exists in both languages (a unit test checks it). */
export const resources = {
  en: { common: enCommon, police: enPolice, court: enCourt, protection: enProtection, statistics: enStatistics, audit: enAudit, admin: enAdmin, reference: enReference, history: enHistory },
  km: { common: kmCommon, police: kmPolice, court: kmCourt, protection: kmProtection, statistics: kmStatistics, audit: kmAudit, admin: kmAdmin, reference: kmReference, history: kmHistory },
} as const;

/**
 * Namespaces loaded with the screens that use them, not before the first screen (the initial
 * JavaScript has a budget): both languages at once, so switching language needs no request.
 */
export const LAZY_NAMESPACES = {
  intake: () => Promise.all([import('./locales/en/intake.json'), import('./locales/km/intake.json')]),
} as const;

/** Loads a lazy namespace once (a route's `lazy` awaits it before its screen renders). */
export async function loadNamespace(ns: keyof typeof LAZY_NAMESPACES): Promise<void> {
  if (i18n.hasResourceBundle('en', ns)) return;
  const [en, km] = await LAZY_NAMESPACES[ns]();
  i18n.addResourceBundle('en', ns, en.default, true, true);
  i18n.addResourceBundle('km', ns, km.default, true, true);
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'km';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: Object.keys(resources.en),
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export default i18n;
