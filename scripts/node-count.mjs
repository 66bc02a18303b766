// A node:test reporter that writes how many tests passed and failed, for scripts/test.mjs.
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  for await (const event of source) {
    // Count leaf tests only (suites report as tests with nested children in node 20).
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite' && !event.data.skip) passed++;
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') failed++;
  }
  yield JSON.stringify({ passed, failed });
}
