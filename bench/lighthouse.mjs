// Lighthouse (mobile, its default: a mid-range phone, simulated slow 4G and 4× CPU) on every
// example page: cumulative layout shift and total blocking time against the budgets in DESIGN.md
// (≤ 0.02, ≤ 100 ms), and the performance score as a figure. The elements that moved are named in
// the note, as Lighthouse reports them, so a regression says where to look.
// REPER_LIGHTHOUSE=school,hospital measures only those pages.
import { readdirSync } from 'node:fs';
import lighthouse from 'lighthouse';

const CLS_BUDGET = 0.02;
const TBT_BUDGET = 100;

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

/** @param {{ browser: import('puppeteer-core').Browser, baseUrl: string }} ctx */
export async function run({ browser, baseUrl }) {
  const port = Number(new URL(browser.wsEndpoint()).port);
  const rows = [];
  for (const name of pages()) {
    const result = await lighthouse(`${baseUrl}/examples/${name}.html`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) {
      rows.push({ figure: `lighthouse ${name}.html`, value: null, unit: '', budget: null, pass: false, note: lhr?.runtimeError?.message ?? 'no report' });
      continue;
    }
    const cls = lhr.audits['cumulative-layout-shift'].numericValue;
    const tbt = lhr.audits['total-blocking-time'].numericValue;
    const moved = shifted(lhr);
    const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
    rows.push({
      figure: `lighthouse mobile, examples/${name}.html: cumulative layout shift`,
      value: cls,
      unit: '',
      budget: CLS_BUDGET,
      pass: cls <= CLS_BUDGET,
      note: moved.length ? `moved: ${moved.join(', ')}` : undefined,
    });
    rows.push({
      figure: `lighthouse mobile, examples/${name}.html: total blocking time`,
      value: tbt,
      unit: 'ms',
      budget: TBT_BUDGET,
      pass: tbt <= TBT_BUDGET,
    });
    rows.push({ figure: `lighthouse mobile, examples/${name}.html: performance score`, value: score, unit: '/ 100', budget: null, pass: true });
  }
  return rows;
}
