import type { UploadAnswer } from './upload-client';

const n = (value: number) => value.toLocaleString('en-US');

/** A file's lines of the summary: its counts, then its first refused rows (line, column, reason). */
export function formatSummary(file: string, answer: UploadAnswer, shownRefusals: number): string {
  const lines = [
    `${file}: ${n(answer.rows)} rows, ${n(answer.accepted)} recorded, ${n(answer.alreadyRecorded)} already recorded, ${n(answer.refused)} refused` +
      (answer.repeated ? ' (this file was uploaded before: its record; nothing appended)' : ''),
  ];
  for (const r of answer.refusals.slice(0, shownRefusals)) lines.push(`  line ${r.line}${r.field ? ` [${r.field}]` : ''}: ${r.reason}`);
  const more = answer.refused - Math.min(shownRefusals, answer.refusals.length);
  if (more > 0) lines.push(`  … and ${n(more)} more refused rows (GET /api/intake/uploads/${answer.uploadId})`);
  return lines.join('\n');
}

/** The last line: the folder's totals. */
export function formatTotals(answers: readonly UploadAnswer[], failedFiles: number): string {
  const sum = (f: (a: UploadAnswer) => number) => n(answers.reduce((t, a) => t + f(a), 0));
  return `${answers.length} file(s) uploaded${failedFiles ? `, ${failedFiles} failed` : ''}: ${sum((a) => a.rows)} rows, ${sum((a) => a.accepted)} recorded, ${sum((a) => a.alreadyRecorded)} already recorded, ${sum((a) => a.refused)} refused`;
}
