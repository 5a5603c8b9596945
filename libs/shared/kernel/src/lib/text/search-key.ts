/**
 * The case-folded form of a text a list searches (a file reference): NFC, then lower case, the
 * same on both sides of the comparison. Read models store it beside the text and are searched
 * with the folded query, so the search is case-insensitive on every read-model adapter without
 * relying on a database's collation or regular-expression options.
 */
export function searchKeyOf(text: string): string {
  return text.normalize('NFC').toLowerCase();
}
