// Runs every test after `npm run lint` and `npm run build` (see package.json "test"):
//   1. browser tests (tests/browser/**/*.test.ts) with @web/test-runner in Chromium;
//   2. Node tests (tests/node/**/*.test.mjs): the CLI, and end-to-end flows that drive Chromium.
// Prints one closing line "tests: N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { requireChromium } from './chromium.mjs';

requireChromium();
const only = process.argv[2]; // optional: "browser" or "node"
let passed = 0;
let failed = 0;
let ok = true;

if (only !== 'node') {
  rmSync('.wtr-count.json', { force: true });
  const r = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'], {
    stdio: 'inherit',
  });
  if (existsSync('.wtr-count.json')) {
    const c = JSON.parse(readFileSync('.wtr-count.json', 'utf8'));
    passed += c.passed;
    failed += c.failed;
    rmSync('.wtr-count.json', { force: true });
  }
  if (r.status !== 0) {
    ok = false;
    if (failed === 0) failed = 1;
  }
}

if (only !== 'browser') {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'helpers' && name !== 'fixtures') walk(p);
      } else if (name.endsWith('.test.mjs')) files.push(p);
    }
  };
  if (existsSync('tests/node')) walk('tests/node');
  if (files.length) {
    const r = spawnSync(
      process.execPath,
      ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter=./scripts/node-count.mjs', '--test-reporter-destination=stdout', '--test-reporter-destination=.node-count.json', ...files],
      { stdio: 'inherit' },
    );
    if (existsSync('.node-count.json')) {
      const c = JSON.parse(readFileSync('.node-count.json', 'utf8'));
      passed += c.passed;
      failed += c.failed;
      rmSync('.node-count.json', { force: true });
    }
    if (r.status !== 0) {
      ok = false;
      if (failed === 0) failed = 1;
    }
  }
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
