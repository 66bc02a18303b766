// <reper-pathway> printed from Chromium on A4 (after `npm run build`): every language and audience
// fits on one or two pages with every step's detail printed (the disclosures open themselves on
// paper) and the numbers on the sheet, under the strict CSP with Trusted Types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP } from '../../../scripts/static.mjs';
import { useServerAndBrowser } from '../helpers/setup.mjs';

const LANGS = ['ro', 'hu', 'en', 'uk'];
const ctx = useServerAndBrowser({
  handler: (req, res) => {
    const m = /^\/t\/pathway-(\w+)-(\w+)(-neutral)?\.html$/.exec(new URL(req.url, 'http://x').pathname);
    if (!m) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
    res.end(`<!doctype html><html lang="${m[1]}"><head><meta charset="utf-8"><title>print</title>
<script type="module" src="/cdn/pathway.js"></script></head>
<body><reper-pathway audience="${m[2]}"${m[3] ? ' neutral' : ''}></reper-pathway></body></html>`);
    return true;
  },
});

/** Page objects (`/Type /Page`, not `/Pages`) in a PDF. */
const pages = (pdf) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

for (const lang of LANGS) {
  for (const audience of ['general', 'professional']) {
    for (const neutral of ['', '-neutral']) {
      test(`${lang}, ${audience}${neutral ? ', neutral' : ''}: one or two A4 pages with every detail`, async () => {
        const page = await ctx.browser.newPage();
        try {
          await page.goto(`${ctx.server.url}/t/pathway-${lang}-${audience}${neutral}.html`, { waitUntil: 'networkidle0' });
          await page.waitForFunction(() => document.querySelector('reper-pathway')?.shadowRoot?.querySelector('h2'), { timeout: 10_000 });
          await page.emulateMediaType('print');
          const shown = await page.evaluate(() => {
            const root = document.querySelector('reper-pathway').shadowRoot;
            const visible = (e) => e.getBoundingClientRect().height > 0;
            return {
              details: [...root.querySelectorAll('.detail')].map(visible),
              toggles: [...root.querySelectorAll('.toggle')].some(visible),
              text: root.textContent,
            };
          });
          assert.deepEqual(shown.details, [true, true, true, true, true], 'every detail prints');
          assert.equal(shown.toggles, false, 'no buttons on paper');
          assert.match(shown.text, /0800 500 333/);
          assert.match(shown.text, /112/);
          const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
          const n = pages(pdf);
          assert.ok(n >= 1 && n <= 2, `${n} pages`);
        } finally {
          await page.close();
        }
      });
    }
  }
}
