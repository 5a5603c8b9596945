/* Component tests of the statistics screens (never imported by the app). */

/**
 * The cell at a row (its row header's text) and a column (the texts of its distinct header cells,
 * top to bottom), following rowspan and colspan as a screen reader does.
 */
export function cellAt(table: HTMLTableElement, rowHeader: string, columnPath: string[]): HTMLTableCellElement {
  const grid: HTMLTableCellElement[][] = [];
  Array.from(table.rows).forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of Array.from(row.cells)) {
      while (grid[r][c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cell.colSpan; dc++) grid[r + dr][c + dc] = cell;
      }
      c += cell.colSpan;
    }
  });
  const headerRows = table.tHead?.rows.length ?? 0;
  const text = (cell: Element | undefined) => cell?.textContent?.trim() ?? '';
  const headersOf = (c: number) => [...new Set(grid.slice(0, headerRows).map((cells) => cells[c]))].map(text);
  const columns = grid[0].map((_, c) => c).filter((c) => headersOf(c).join(' › ') === columnPath.join(' › '));
  if (columns.length === 0) throw new Error(`No column ${columnPath.join(' › ')}`);
  const rowIndex = grid.findIndex((cells, r) => r >= headerRows && text(cells[0]) === rowHeader && cells[0].tagName === 'TH' && cells[0].getAttribute('scope') === 'row');
  if (rowIndex < 0) throw new Error(`No row ${rowHeader}`);
  return grid[rowIndex][columns[0]];
}
