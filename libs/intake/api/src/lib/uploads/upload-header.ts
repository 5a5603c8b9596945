import { DomainRuleViolation } from '@casetrail/event-sourcing';
import { UPLOAD_FORMATS, type UploadKind } from '@casetrail/intake-contracts';

/** Column letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * The columns of a file, checked against its published format (`UPLOAD_FORMATS`) before any row
 * is read: an unknown column would drop its data silently, a missing one would refuse every row.
 * Names are matched without case or surrounding spaces. Empty header cells at the end are
 * ignored (a spreadsheet's formatted but unused columns).
 *
 * The problem names a missing column by its published name, and an unknown one by its place
 * (`column D`), never by its text: a file sent without its header has a row of data there, a
 * person's name perhaps, and an answer repeats no input (422, code `UPLOAD_HEADER`).
 *
 * @returns the column name of each cell position.
 */
export function checkUploadHeader(kind: UploadKind, header: readonly string[]): string[] {
  const format = UPLOAD_FORMATS[kind];
  const known = new Set([...format.required, ...format.optional]);
  const names = header.map((cell) => cell.trim().toLowerCase());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const problems: string[] = [];
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const where = `column ${columnLetter(i)}`;
    if (name === '') problems.push(`${where} has no name`);
    else if (!known.has(name)) problems.push(`${where} is not a column of ${kind}`);
    else if (seen.has(name)) problems.push(`${where} repeats the column ${name}`);
    seen.add(name);
  });
  const missing = format.required.filter((name) => !seen.has(name));
  if (missing.length > 0) problems.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (problems.length > 0) {
    throw new DomainRuleViolation(
      'UPLOAD_HEADER',
      `The first row must name the columns of ${kind} (required: ${format.required.join(', ')}${format.optional.length ? `; optional: ${format.optional.join(', ')}` : ''}): ${problems.join('; ')}`,
      'unprocessable',
    );
  }
  return names;
}
