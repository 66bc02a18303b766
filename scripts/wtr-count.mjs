// A web-test-runner reporter that writes how many tests passed and failed, for scripts/test.mjs.
import { writeFileSync, mkdirSync } from 'node:fs';

export function countingReporter(file = '.wtr-count.json') {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      let fileErrors = 0;
      for (const s of sessions) {
        walk(s.testResults);
        if (!s.passed && (s.errors?.length ?? 0) > 0) fileErrors += s.errors.length;
      }
      mkdirSync('.', { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed: failed + fileErrors, skipped }));
    },
  };
}
