import { isLanguage, type Language } from './index';

/**
 * The language is remembered per user in this browser. The key is a hash of the user id, so the
 * storage holds no name or id in plain, only "someone here prefers Khmer". (FNV-1a, not a
 * cryptographic hash: Web Crypto is missing on plain-http office networks, and a language is no
 * secret.)
 */
const LAST_USED = 'casetrail.language';

export function languageKeyOf(userId: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(`casetrail-language:${userId}`)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `${LAST_USED}.${hash.toString(16).padStart(16, '0')}`;
}

export function lastUsedLanguage(): Language {
  const stored = localStorage.getItem(LAST_USED);
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('km') ? 'km' : 'en';
}

export function languageOf(userId: string): Language | null {
  const stored = localStorage.getItem(languageKeyOf(userId));
  return isLanguage(stored) ? stored : null;
}

export function rememberLanguage(language: Language, userId?: string): void {
  localStorage.setItem(LAST_USED, language);
  if (userId) localStorage.setItem(languageKeyOf(userId), language);
}
