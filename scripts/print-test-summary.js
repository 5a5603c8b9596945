// Prints "N passed, N failed" from jest's JSON results, alone on the last line.
// A run that executed no test, or whose results are missing, fails.
const fs = require('node:fs');
const file = process.argv[2];
if (!fs.existsSync(file)) {
  console.log('jest wrote no results (it did not run)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const r = JSON.parse(fs.readFileSync(file, 'utf8'));
const failedSuites = r.numFailedTestSuites || 0;
const failed = (r.numFailedTests || 0) + (r.numRuntimeErrorTestSuites || 0);
const passed = r.numPassedTests || 0;
if (r.numPendingTests || r.numTodoTests) console.log(`${r.numPendingTests + r.numTodoTests} tests were skipped or todo`);
if (failedSuites) console.log(`${failedSuites} suites failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSuites > 0 || passed === 0 ? 1 : 0);
