// Prints the unit-test totals as one plain closing line ("N passed, N failed, N skipped"), read from
// the JSON report that `npm run test:unit` writes, so a CI log ends with the count it proved.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync('node_modules/.cache/pengaduan/vitest.json', 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
if (report.numFailedTests > 0 || report.numTotalTests === 0) process.exit(1);
