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

/** The website elements (DESIGN.md budgets): everything but the kiosk. */
const ELEMENTS = ['hotline', 'exit', 'finder', 'qr', 'poster', 'provider'];

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
  row('cdn/exit.js with its dependencies', ['exit'], 12);
  row('cdn/hotline.js with its dependencies', ['hotline'], 12);
  row('cdn/hotline.js + cdn/exit.js', ['hotline', 'exit'], 18);
  row(`all website elements (${ELEMENTS.join(', ')})`, ELEMENTS, 60);
  const kioskFiles = ['kiosk/index.html', 'kiosk/kiosk.css'].map((f) => join(root, f)).filter(existsSync);
  pathwayRows(root, rows);
  row('kiosk page (service worker excluded)', ['kiosk'], 100, kioskFiles);
  // The directory editor is its own page and script: reported, not part of any website budget.
  const editorFiles = ['editor/editor.js', 'editor/index.html', 'editor/editor.css'].map((f) => join(root, f));
  if (editorFiles.every(existsSync)) {
    const bytes = editorFiles.reduce((sum, f) => sum + gz(f), 0);
    rows.push({ figure: 'directory editor page (editor/: script, page, styles)', value: bytes / 1000, unit: 'KB', budget: null, pass: true });
  }
  for (const f of readdirSync(join(root, 'cdn')).filter((f) => f.endsWith('.js')).sort()) {
    row(`cdn/${f} alone`, [f.slice(0, -3)], null);
  }
  return rows;
}

/**
 * `<reper-pathway>` loads its texts one language at a time (lazily imported chunks, which the
 * closure above does not count). Its budget row counts what a page really downloads: the entry, its
 * static imports and the largest language-and-audience chunk.
 */
function pathwayRows(root, rows) {
  const entry = join(root, 'cdn', 'pathway.js');
  const figure = 'cdn/pathway.js with its dependencies and its largest language + audience texts';
  if (!existsSync(entry)) {
    rows.push({ figure, value: null, unit: 'KB', budget: 15, pass: false, note: 'missing: cdn/pathway.js' });
    return;
  }
  const DYNAMIC = /import\(\s*["'](\.[^"']+)["']\s*\)/g;
  const statics = closure(entry);
  const langs = new Set();
  for (const f of statics) for (const m of readFileSync(f, 'utf8').matchAll(DYNAMIC)) langs.add(normalize(join(dirname(f), m[1])));
  // What a language adds: its chunk and whatever it imports that the entry did not already load.
  const adds = (f) => [...closure(f)].filter((p) => !statics.has(p)).reduce((sum, p) => sum + gz(p), 0);
  const largest = Math.max(0, ...[...langs].filter((f) => !statics.has(f)).map(adds));
  const bytes = bytesOf([entry]) + largest;
  rows.push({ figure, value: bytes / 1000, unit: 'KB', budget: 15, pass: bytes <= 15_000, note: langs.size ? undefined : 'no language chunks found' });
}

export async function run() {
  return sizeRows();
}
