import { failureSection, failuresOf, type SchemathesisReport } from './schemathesis-report';

const report: SchemathesisReport = {
  schemathesis_version: '4.32.5',
  exit_code: 1,
  operations: { total: 2, selected: 2, tested: 2, errored: 0 },
  failures: [{ code: 'ST101', title: 'Server error', count: 1, operations: ['POST /api/things'] }],
  errors: [],
};

describe('schemathesis report', () => {
  it('names each failing check and operation', () => {
    expect(failuresOf(report)).toEqual(['ST101 Server error: POST /api/things (1×)']);
    expect(failuresOf({ ...report, failures: [], errors: [{ message: 'schema did not load' }] })).toEqual(['error: {"message":"schema did not load"}']);
  });

  it('cuts the FAILURES section out of the console output', () => {
    const out = ['header', '===== FAILURES =====', '_ POST /api/things _', 'curl ...', '===== WARNINGS =====', 'noise'].join('\n');
    expect(failureSection(out)).toBe('===== FAILURES =====\n_ POST /api/things _\ncurl ...\n');
  });
});
