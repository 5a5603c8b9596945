import { UnprocessableEntityException } from '@nestjs/common';
import { parse } from 'csv-parse';
import { stream as excelStream, type CellValue } from 'exceljs';
import { createReadStream } from 'node:fs';

/** The two file types an upload takes, by their media types. */
export type UploadFormat = 'csv' | 'xlsx';
export const CSV_MEDIA_TYPE = 'text/csv';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One row of a file: its line (the spreadsheet's row number; 1 is the header) and its cells as text. */
export interface FileRow {
  line: number;
  /** Trimmed; '' for an empty cell. */
  cells: string[];
}

/**
 * The rows of a spooled file, header first, one at a time: neither reader holds the file in
 * memory. CSV: `csv-parse`, streaming (BOM dropped, cells trimmed, blank lines skipped, rows of
 * any length: a row longer than the header is refused by the caller, a shorter one has empty
 * cells). A line is csv-parse's count of the line a record ends on: the file's line for every row
 * without a line break inside quotes.
 */
export async function* fileRows(path: string, format: UploadFormat): AsyncGenerator<FileRow> {
  yield* format === 'csv' ? csvRows(path) : xlsxRows(path);
}

async function* csvRows(path: string): AsyncGenerator<FileRow> {
  const parser = createReadStream(path).pipe(parse({ bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, cells: record };
    }
  } catch (error) {
    // csv-parse's message quotes the record it stopped at; the line alone says where to look.
    const line = (error as { lines?: unknown }).lines;
    throw new UnprocessableEntityException(`The file is not valid CSV${typeof line === 'number' ? ` at line ${line}` : ''} (an unclosed quote?); rows before it were processed`);
  }
}

/**
 * XLSX: exceljs's streaming `WorkbookReader`, the first worksheet, its first row the header.
 * exceljs rather than SheetJS: exceljs is kept up on npm and reads a sheet row by row from a
 * stream; SheetJS's npm release is frozen at 0.18.5 (newer ones only from its own CDN) and reads
 * a whole workbook into memory. Shared strings are cached (one copy of each distinct text) and
 * styles too, so that a cell formatted as a date comes as a date.
 */
async function* xlsxRows(path: string): AsyncGenerator<FileRow> {
  const workbook = new excelStream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        // `values` is 1-based (index 0 unused), with holes for empty cells.
        const values = (row.values as CellValue[]).slice(1);
        const cells = Array.from(values, textOfCell);
        if (cells.some((c) => c !== '')) yield { line: row.number, cells };
      }
      // The first sheet only: later sheets (notes, lists of codes) are not rows of the upload.
      return;
    }
  } catch (error) {
    if (error instanceof UnprocessableEntityException) throw error;
    throw new UnprocessableEntityException('The file is not a readable XLSX workbook; rows before the fault were processed');
  }
}

/** A cell as the text a CSV would hold: dates as YYYY-MM-DD, numbers as typed, formulas by their result. */
export function textOfCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('result' in value) return textOfCell(value.result as CellValue);
  if ('text' in value) return textOfCell(value.text as CellValue);
  // An error cell (#N/A, …) holds no value.
  return '';
}
