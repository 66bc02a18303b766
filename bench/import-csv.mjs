// `reper import-csv` of a 10,000-row spreadsheet, as a maintainer runs it (DESIGN.md budget:
// ≤ 2 s and ≤ 300 MB). The sheet is `export-csv` of a generated feed of 10,000 services; each run
// is a fresh `node dist/cli/reper.js` process, process start included. The budgeted time is the
// process's CPU time (user + system, median of 3): on a shared machine the wall time also
// measures everyone else's load, so it is shown next to it with the load average. Memory is the
// peak resident set (the largest of the runs, from process.resourceUsage().maxRSS).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateFeed } from '../tests/fixtures/generate-feed.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli/reper.js');

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'reper-bench-csv-'));
  try {
    const feed = generateFeed(10000, 7);
    const { services: _s, ...envelope } = feed;
    void _s;
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    writeFileSync(join(dir, 'envelope.json'), JSON.stringify(envelope));
    const e = spawnSync(process.execPath, [CLI, 'export-csv', join(dir, 'feed.json'), '--out', join(dir, 'feed.csv')], { encoding: 'utf8' });
    if (e.status !== 0) throw new Error(`export-csv failed: ${e.stderr}`);
    const times = [];
    const cpu = [];
    let rss = 0;
    for (let i = 0; i < 3; i++) {
      const out = join(dir, `rss-${i}`);
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench/_maxrss.mjs'), CLI, 'import-csv', join(dir, 'feed.csv'), '--envelope', join(dir, 'envelope.json'), '--out', join(dir, 'back.json')], {
        encoding: 'utf8',
        env: { ...process.env, REPER_MAXRSS_OUT: out },
      });
      times.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(`import-csv failed: ${r.stderr.split('\n').slice(0, 3).join(' ')}`);
      const usage = JSON.parse(readFileSync(out, 'utf8'));
      rss = Math.max(rss, usage.maxRSS / 1024);
      cpu.push(usage.cpu / 1000);
    }
    const back = JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'));
    if (back.services.length !== 10000) throw new Error(`import-csv gave ${back.services.length} services`);
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const mb = (statSync(join(dir, 'feed.csv')).size / 1024 / 1024).toFixed(1);
    return [
      { figure: `reper import-csv of 10,000 rows (${mb} MB CSV): CPU time, median of 3`, value: cpu[1], unit: 'ms', budget: 2000, pass: cpu[1] <= 2000 },
      { figure: 'reper import-csv of 10,000 rows: wall time, median of 3', value: times[1], unit: 'ms', budget: null, pass: true, note: `load average ${loadavg()[0].toFixed(1)}` },
      { figure: 'reper import-csv of 10,000 rows: peak memory (max RSS)', value: rss, unit: 'MB', budget: 300, pass: rss <= 300 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
