// A test runner reporter that counts passed, failed and skipped tests over every
// browser group and writes them to $TEST_COUNTS_FILE, for `npm test`'s summary line.
// Outside a terminal (CI logs), where the progress bar is off, it prints the counts.
import {writeFileSync} from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter(file = process.env.TEST_COUNTS_FILE) {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0, filesFailedToLoad: 0};
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that could not load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.filesFailedToLoad++;
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
      if (!process.stdout.isTTY) {
        console.log(`browser tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped, ${totals.filesFailedToLoad} files failed to load`);
      }
    },
  };
}
