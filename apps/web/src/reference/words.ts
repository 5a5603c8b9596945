/** Any feature's `t` (the namespace is given). */
type Translate = (key: string, options: { ns: string; defaultValue: string }) => string;

/*
 * The words of the reference codes every feature names (namespace `reference`): the lists
 * themselves are the server's (`@casetrail/kernel`, `@casetrail/enforcement-contracts`,
 * `@casetrail/court-contracts`); only their names in English and Khmer live in the app.
 * An unknown code (added on the server after this build) shows as itself.
 */

/** A province (or the capital) by its code, e.g. `battambang`. */
export function provinceName(t: Translate, code: string): string {
  return t(`province.${code}`, { ns: 'reference', defaultValue: code });
}

/** A national unit by its code, e.g. `ahtjp-national`; `fallback` for a code without words. */
export function nationalUnitName(t: Translate, code: string, fallback = code): string {
  return t(`nationalUnit.${code}`, { ns: 'reference', defaultValue: fallback });
}
