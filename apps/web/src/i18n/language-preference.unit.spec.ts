/** @jest-environment jest-fixed-jsdom */
import { languageKeyOf, languageOf, lastUsedLanguage, rememberLanguage } from './language-preference';

describe('the remembered language', () => {
  beforeEach(() => localStorage.clear());

  it('is kept per user under a key that does not show the user id', () => {
    rememberLanguage('km', 'police-officer-42');
    rememberLanguage('en', 'judge-7');
    expect([languageOf('police-officer-42'), languageOf('judge-7'), languageOf('someone-else')]).toEqual(['km', 'en', null]);
    const stored = JSON.stringify({ ...localStorage });
    expect(stored).not.toContain('police-officer-42');
    expect(languageKeyOf('police-officer-42')).toMatch(/^casetrail\.language\.[0-9a-f]{16}$/);
  });

  it('starts the sign-in page in the last language used here', () => {
    expect(lastUsedLanguage()).toBe('en');
    rememberLanguage('km');
    expect(lastUsedLanguage()).toBe('km');
  });
});
