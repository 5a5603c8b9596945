// Prints the SOAK lines the fault and fuzz suites wrote (one per suite or role), then one line
// of totals: faults injected, events carried, and every loss or double application (all 0, or
// the suites failed). Suites name them their own way: `lost`/`missing` (a court file never
// opened), `applied-twice`/`duplicates` (a court file opened twice), `events`/`forwards`.
// Fails when no suite wrote a line.
const fs = require('node:fs');
const file = process.argv[2];
const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('SOAK ')) : [];
if (lines.length === 0) {
  console.log('no SOAK figures were written');
  process.exit(1);
}
const totals = { faults: 0, events: 0, lost: 0, 'applied-twice': 0, mismatches: 0, 'schemathesis-failures': 0 };
for (const line of lines) {
  console.log(line);
  const figures = Object.fromEntries([...line.matchAll(/(\S+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  const number = (key) => (Number.isFinite(Number(figures[key])) ? Number(figures[key]) : 0);
  totals.faults += number('kills');
  totals.events += number('acknowledged') + number('events') + number('forwards');
  totals.lost += number('lost') + number('missing');
  totals['applied-twice'] += number('applied-twice') + number('duplicates');
  totals.mismatches += number('mismatches');
  if (line.startsWith('SOAK schemathesis:')) totals['schemathesis-failures'] += number('failures');
}
console.log(`SOAK total: ${Object.entries(totals).map(([k, v]) => `${k}=${v}`).join(' ')}`);
