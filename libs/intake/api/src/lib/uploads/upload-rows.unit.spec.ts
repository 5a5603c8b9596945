import { Workbook } from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileRows, textOfCell, type FileRow } from './upload-rows';

describe('the rows of a file', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'casetrail-rows-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function rowsOf(name: string, format: 'csv' | 'xlsx'): Promise<FileRow[]> {
    const rows: FileRow[] = [];
    for await (const row of fileRows(join(dir, name), format)) rows.push(row);
    return rows;
  }

  it('reads a CSV with a BOM, CRLF line ends, quoted commas and blank lines, each row with its line', async () => {
    writeFileSync(join(dir, 'a.csv'), '\uFEFFreference,place\r\n R-1 , poipet \r\n\r\n"R-2, bis",doung\r\nR-3\r\n');
    expect(await rowsOf('a.csv', 'csv')).toEqual([
      { line: 1, cells: ['reference', 'place'] },
      { line: 2, cells: ['R-1', 'poipet'] },
      { line: 4, cells: ['R-2, bis', 'doung'] },
      { line: 5, cells: ['R-3'] },
    ]);
  });

  it('reads the first sheet of a workbook by its row numbers, skipping empty rows, as text', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Receptions');
    sheet.addRow(['reference', 'received_on', 'men']);
    sheet.addRow(['R-1', new Date(Date.UTC(2020, 3, 2)), 12]);
    sheet.addRow([]);
    sheet.addRow(['R-3', '2020-04-03', { formula: '2+3', result: 5 }]);
    workbook.addWorksheet('Notes').addRow(['not', 'rows']);
    await workbook.xlsx.writeFile(join(dir, 'a.xlsx'));
    expect(await rowsOf('a.xlsx', 'xlsx')).toEqual([
      { line: 1, cells: ['reference', 'received_on', 'men'] },
      { line: 2, cells: ['R-1', '2020-04-02', '12'] },
      { line: 4, cells: ['R-3', '2020-04-03', '5'] },
    ]);
  });

  it('turns any cell into the text a CSV would hold', () => {
    expect(textOfCell(null)).toBe('');
    expect(textOfCell(undefined)).toBe('');
    expect(textOfCell('  x ')).toBe('x');
    expect(textOfCell(7)).toBe('7');
    expect(textOfCell(true)).toBe('true');
    expect(textOfCell(new Date(Date.UTC(2020, 0, 31)))).toBe('2020-01-31');
    expect(textOfCell({ richText: [{ text: 'po' }, { text: 'ipet' }] })).toBe('poipet');
    expect(textOfCell({ text: 'link', hyperlink: 'https://example.org' })).toBe('link');
    expect(textOfCell({ error: '#N/A' } as never)).toBe('');
  });
});
