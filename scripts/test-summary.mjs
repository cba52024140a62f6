// One closing line for the whole run, counted from the vitest and Playwright JSON reports.
import { readFileSync } from 'node:fs';

function countVitest(report) {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function countPlaywright(report) {
  const s = report.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

export function printSummary(files) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const file of files) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const counts = report.stats ? countPlaywright(report) : countVitest(report);
    for (const key of Object.keys(total)) total[key] += counts[key];
  }
  console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
}
