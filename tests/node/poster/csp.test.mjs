// <reper-qr> and <reper-poster> need nothing unsafe: their example pages run under a strict
// Content-Security-Policy with Trusted Types enforced, with no violation, and the codes render.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { STRICT_CSP, serveStatic } from '../../../scripts/static.mjs';

const CSP = `${STRICT_CSP}; trusted-types lit-html`;

let server;
let browser;
before(async () => {
  server = await startServer({
    root: '.',
    handler: async (req, res) => {
      if (!new URL(req.url, 'http://x').pathname.endsWith('.html')) return false;
      await serveStatic('.', req, res, { 'Content-Security-Policy': CSP });
      return true;
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [page, tag] of [
  ['examples/qr.html', 'reper-qr'],
  ['examples/poster.html', 'reper-poster'],
]) {
  test(`${page} renders under a strict CSP with Trusted Types, without violations`, async () => {
    const tab = await browser.newPage();
    const violations = [];
    tab.on('console', (m) => {
      if (/Content Security Policy|Trusted Type/i.test(m.text())) violations.push(m.text());
    });
    tab.on('pageerror', (e) => violations.push(e.message));
    await tab.goto(`${server.url}/${page}`, { waitUntil: 'networkidle0' });
    const rendered = await tab.evaluate(async (tag) => {
      await customElements.whenDefined(tag);
      const els = [...document.querySelectorAll(tag)];
      await Promise.all(els.map((e) => e.updateComplete));
      const qrs = els.flatMap((e) => (tag === 'reper-qr' ? [e] : [...e.shadowRoot.querySelectorAll('reper-qr')]));
      await Promise.all(qrs.map((q) => q.updateComplete));
      return { elements: els.length, paths: qrs.filter((q) => q.shadowRoot.querySelector('svg path')?.getAttribute('d')).length, qrs: qrs.length };
    }, tag);
    await tab.close();
    assert.deepEqual(violations, []);
    assert.ok(rendered.elements > 0);
    assert.equal(rendered.paths, rendered.qrs, 'every code drew its modules');
  });
}
