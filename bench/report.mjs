// `reper report` of a generated 10,000-service feed with two kiosks' counters, as a maintainer runs
// it: `node dist/cli/reper.js report …`, wall-clock time of the whole process (Node start, read,
// validate, compute, write) for HTML and for CSV, median of 5 runs each (DESIGN.md budget ≤ 2 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateFeed } from '../tests/fixtures/generate-feed.mjs';

const CLI = resolve('dist/cli/reper.js');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'reper-bench-report-'));
  try {
    const feed = join(dir, 'feed.json');
    writeFileSync(feed, JSON.stringify(generateFeed(10000, 17)));
    const month = (n) => ({ sessions: n, finderOpens: n, categories: { shelter: n, legal: '<5' }, languages: { ro: n, hu: '<5' }, qrViews: '<5', pathwayViews: 0 });
    const counters = [1, 2].map((k) => {
      const path = join(dir, `kiosk-${k}.json`);
      const months = Object.fromEntries(Array.from({ length: 12 }, (_, m) => [`2026-${String(m + 1).padStart(2, '0')}`, month(10 * k + m)]));
      writeFileSync(path, JSON.stringify({ schema: 'reper-kiosk-counters/1', kiosk: `Chioșc ${k} (bench)`, months }));
      return ['--counters', path];
    });
    const time = (format) => {
      const times = [];
      for (let i = 0; i < 6; i++) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, [CLI, 'report', feed, '--year', '2026', '--today', '2026-12-01', '--format', format, '--out', join(dir, `out.${format}`), ...counters.flat()], { encoding: 'utf8' });
        const t = performance.now() - t0;
        if (r.status !== 0) throw new Error(`reper report failed: ${r.stderr.split('\n')[0]}`);
        if (i > 0) times.push(t); // the first run warms the file cache
      }
      return median(times) / 1000;
    };
    const html = time('html');
    const csv = time('csv');
    return [
      { figure: 'reper report of a 10,000-service feed, HTML, two kiosks (median, whole process)', value: html, unit: 's', budget: 2, pass: html <= 2 },
      { figure: 'reper report of a 10,000-service feed, CSV, two kiosks (median, whole process)', value: csv, unit: 's', budget: 2, pass: csv <= 2 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
