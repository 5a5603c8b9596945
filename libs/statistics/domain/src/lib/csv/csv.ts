/** RFC 4180 CSV: CRLF line ends; a field with a comma, quote or line break is quoted. */
export type CsvValue = string | number | null;

/** The UTF-8 byte order mark, so spreadsheet programs read Khmer and other non-ASCII text right. */
export const UTF8_BOM = '\uFEFF';

export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header + records, BOM first, each line ending in CRLF. */
export function toCsv(header: readonly string[], records: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...records].map((fields) => fields.map(csvField).join(','));
  return UTF8_BOM + lines.map((line) => `${line}\r\n`).join('');
}
