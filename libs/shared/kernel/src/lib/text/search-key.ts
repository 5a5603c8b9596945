/**
 * The case-folded form of a text a list searches (a file reference): NFC, then lower case, the
 * same on both sides of the comparison. Read models store it beside the text and are searched
 * with the folded query, so the search is case-insensitive on every read-model adapter without
 * relying on a database's collation or regular-expression options.
 */
export function searchKeyOf(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** The longest reference search: a stored reference is at most 100 characters. */
export const REFERENCE_SEARCH_MAX_LENGTH = 100;

/**
 * What a reference search may hold: Latin letters and digits, Khmer (letters, signs, digits and
 * symbols), spaces and `- / . _ # : ( )`, 1 to 100 characters. The API validates `reference` with
 * it and documents it in the OpenAPI document, written so that JavaScript (with the `u` flag) and
 * Python (schemathesis) read it alike; the web app checks a search with it before sending it.
 */
export const REFERENCE_SEARCH_PATTERN = `^[A-Za-z0-9\\u1780-\\u17FF\\u19E0-\\u19FF /._#:()-]{1,${REFERENCE_SEARCH_MAX_LENGTH}}$`;
