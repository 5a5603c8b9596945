/*
 * What free text the system stores: any script, in Unicode normal form C, without characters that
 * control a terminal or reorder what a reader sees. Khmer (its combining signs, COENG, and the
 * zero-width space it uses between words), Thai, Arabic and Hebrew (with their direction marks
 * U+200E/U+200F, which reorder nothing on their own), emoji sequences (ZWJ, variation selectors)
 * are all text and pass untouched.
 */

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls (NEL, CSI...). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/; // eslint-disable-line no-control-regex
/**
 * Bidirectional embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they make
 * text display in another order than it is stored ("Trojan Source", CVE-2021-42574).
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Half of a surrogate pair on its own (JSON can carry one as \ud800): not a character at all. */
const LONE_SURROGATE = /\p{Cs}/u;
/** What ends a line of text (control characters other than these are refused everywhere). */
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;

/** Why a text cannot be stored, in words that do not repeat it; undefined when it can. */
export function textProblemOf(text: string): string | undefined {
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired surrogate (not Unicode text)';
  if (CONTROL.test(text)) return 'contains a control character';
  if (BIDI_CONTROL.test(text)) return 'contains a bidirectional embedding, override or isolate character';
  return undefined;
}

/** The stored form: NFC, so the same name typed on two keyboards compares and sorts as one. */
export function normaliseText(text: string): string {
  return text.normalize('NFC');
}

/** Whether a text is one line: no tab, line or paragraph break. */
export function isSingleLine(text: string): boolean {
  return !LINE_BREAK_OR_TAB.test(text);
}
