import type { Request, Response } from 'express';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * A table answered as JSON or as a CSV attachment, the same way on every statistics route:
 * `format` wins; otherwise the Accept header, JSON when it allows both or says nothing we serve.
 */
export function answerTable<T extends { year: number }>(
  table: T,
  options: { format: 'json' | 'csv' | undefined; req: Request; res: Response; fileStem: string; toCsv: (table: T) => string },
): T | string {
  const { format, req, res } = options;
  res.setHeader('Vary', 'Accept');
  const csv = format !== undefined ? format === 'csv' : req.accepts(['application/json', 'text/csv']) === 'text/csv';
  if (!csv) return table;
  res.setHeader('Content-Type', CSV_CONTENT_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${options.fileStem}-${table.year}.csv"`);
  return options.toCsv(table);
}
