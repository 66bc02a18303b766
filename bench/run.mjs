// `npm run bench`: builds, then measures every figure with a budget in DESIGN.md and prints one
// table (figure, value, budget, pass/fail). Also writes bench/results.md so that a change's effect
// can be compared. Timings are medians in Chromium on this machine: read them as figures, not as
// test assertions. Exit code 1 when a budget fails.
import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static.mjs';

const server = createServer((req, res) => serveStatic('.', req, res).catch((e) => res.writeHead(500).end(String(e))));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: requireChromium(),
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

const order = ['sizes.mjs'];
const modules = [
  ...order,
  ...readdirSync('bench')
    .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !order.includes(f) && !f.startsWith('_'))
    .sort(),
];
const rows = [];
for (const m of modules) {
  try {
    const mod = await import(`./${m}`);
    if (typeof mod.run !== 'function') continue;
    for (const r of await mod.run({ browser, baseUrl })) rows.push(r);
  } catch (e) {
    rows.push({ figure: `${m} failed to run`, value: null, unit: '', budget: null, pass: false, note: String(e?.message ?? e).split('\n')[0] });
  }
}
const chromium = await browser.version();
await browser.close();
server.close();

const fmt = (v, unit) => (v == null ? '—' : `${unit === '' ? v.toFixed(3) : unit === 'KB' ? v.toFixed(1) : unit === '%' ? v.toFixed(2) : v < 10 ? v.toFixed(2) : v.toFixed(1)} ${unit}`);
const table = [
  ['figure', 'value', 'budget', 'result'],
  ...rows.map((r) => [
    r.figure,
    fmt(r.value, r.unit),
    r.budget == null ? '—' : `≤ ${r.budget} ${r.unit}`,
    (r.budget == null && r.pass ? 'info' : r.pass ? 'pass' : 'FAIL') + (r.note ? ` (${r.note})` : ''),
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
const md = [line(table[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...table.slice(1).map(line)].join('\n');
console.log(md);
writeFileSync(
  'bench/results.md',
  `# Bench results\n\n\`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${chromium}.\n` +
    'Sizes are min+gzip (KB = 1,000 bytes); timings are medians in headless Chromium on a 2-core machine.\n\n' +
    md +
    '\n',
);
const failed = rows.filter((r) => !r.pass);
if (failed.length) {
  console.log(`\n${failed.length} budget(s) failed.`);
  process.exit(1);
}
