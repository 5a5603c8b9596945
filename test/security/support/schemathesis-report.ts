/** The parts of Schemathesis's JSON run report (`--report json`, 4.x) the spec reads. */
export interface SchemathesisReport {
  schemathesis_version: string;
  exit_code: number;
  operations: { total: number; selected: number; tested: number; errored: number };
  failures: { code: string; title: string; count: number; operations: string[] }[];
  errors: unknown[];
  test_cases?: { generated: number; with_failures: number; errored: number };
  phases?: Record<string, { status: string; skip_reason: string | null }>;
}

/** One line per failing check and operation, e.g. `ST101 Server error: POST /api/enforcement/cases`. */
export function failuresOf(report: SchemathesisReport): string[] {
  const failures = report.failures.flatMap((f) => f.operations.map((operation) => `${f.code} ${f.title}: ${operation} (${f.count}×)`));
  const errors = report.errors.map((e) => `error: ${JSON.stringify(e).slice(0, 500)}`);
  return [...failures, ...errors];
}

/** The FAILURES part of the console output: each case with its response and a curl to reproduce. */
export function failureSection(stdout: string): string {
  const start = stdout.search(/^=+ FAILURES =+$/m);
  const end = stdout.search(/^=+ (WARNINGS|SUMMARY) =+$/m);
  if (start < 0) return stdout.slice(-4000);
  return stdout.slice(start, end > start ? end : undefined);
}
