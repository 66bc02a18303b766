// Lighthouse (mobile, its default: a mid-range phone, simulated slow 4G and 4× CPU) on every
// example page: cumulative layout shift and total blocking time against the budgets in DESIGN.md
// (≤ 0.02, ≤ 100 ms), and the performance score as a figure. The elements that moved are named in
// the note, as Lighthouse reports them, so a regression says where to look.
// REPER_LIGHTHOUSE=school,hospital measures only those pages; REPER_LIGHTHOUSE_RUNS=5 loads each
// page five times (default 3).
import { readdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, requireChromium } from '../scripts/chromium.mjs';

const CLS_BUDGET = 0.02;
const TBT_BUDGET = 100;
const RUNS = Number(process.env.REPER_LIGHTHOUSE_RUNS ?? 3);

function pages() {
  const only = process.env.REPER_LIGHTHOUSE?.split(',').map((s) => s.trim());
  return readdirSync('examples')
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .filter((name) => !only || only.includes(name))
    .sort();
}

/** The selectors of the elements Lighthouse blames for layout shifts, most shift first. */
function shifted(lhr) {
  const items = lhr.audits['layout-shifts']?.details?.items ?? [];
  return [...new Set(items.map((i) => i.node?.selector).filter(Boolean))].slice(0, 3);
}

/** @param {{ baseUrl: string }} ctx */
export async function run({ baseUrl }) {
  // A Chromium of its own, as Lighthouse advises: the shared bench browser has run the kiosk soak
  // and the endless feed, and its leftovers (service worker, caches, GC flags) would be measured too.
  const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    return await measure(Number(new URL(browser.wsEndpoint()).port), baseUrl);
  } finally {
    await browser.close();
  }
}

async function measure(port, baseUrl) {
  const rows = [];
  for (const name of pages()) {
    // Lantern's simulated blocking time swings widely from one load to the next on a shared
    // 2-core machine (40–290 ms for the same build of csp.html): each page is loaded RUNS times and
    // the median report (by total blocking time) is the figure, as Lighthouse's docs advise.
    const reports = [];
    let failure;
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${baseUrl}/examples/${name}.html`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) failure = lhr?.runtimeError?.message ?? 'no report';
      else reports.push(lhr);
    }
    if (!reports.length) {
      rows.push({ figure: `lighthouse ${name}.html`, value: null, unit: '', budget: null, pass: false, note: failure });
      continue;
    }
    const tbtOf = (lhr) => lhr.audits['total-blocking-time'].numericValue;
    reports.sort((a, b) => tbtOf(a) - tbtOf(b));
    const lhr = reports[Math.floor(reports.length / 2)];
    const runs = reports.map((r) => Math.round(tbtOf(r))).join(', ');
    const cls = Math.max(...reports.map((r) => r.audits['cumulative-layout-shift'].numericValue));
    const tbt = tbtOf(lhr);
    const moved = shifted(lhr);
    const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
    rows.push({
      figure: `lighthouse mobile, examples/${name}.html: cumulative layout shift (worst of ${reports.length})`,
      value: cls,
      unit: '',
      budget: CLS_BUDGET,
      pass: cls <= CLS_BUDGET,
      note: moved.length ? `moved: ${moved.join(', ')}` : undefined,
    });
    rows.push({
      figure: `lighthouse mobile, examples/${name}.html: total blocking time (median of ${reports.length})`,
      value: tbt,
      unit: 'ms',
      budget: TBT_BUDGET,
      pass: tbt <= TBT_BUDGET,
      note: `runs: ${runs} ms`,
    });
    rows.push({ figure: `lighthouse mobile, examples/${name}.html: performance score (median run)`, value: score, unit: '/ 100', budget: null, pass: true });
  }
  return rows;
}
