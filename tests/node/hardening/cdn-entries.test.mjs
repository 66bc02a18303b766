// Each cdn/ bundle loaded alone on a page (what a CMS editor pastes) defines its elements and
// throws nothing; cdn/reper.js (DESIGN.md: "every element") defines every website element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';

const ENTRIES = {
  'hotline.js': ['reper-hotline'],
  'exit.js': ['reper-exit'],
  'finder.js': ['reper-finder'],
  'qr.js': ['reper-qr'],
  'poster.js': ['reper-poster'],
  'pathway.js': ['reper-pathway'],
  'provider.js': ['reper-provider'],
  'kiosk.js': ['reper-kiosk'],
  'reper.js': ['reper-provider', 'reper-hotline', 'reper-exit', 'reper-finder', 'reper-qr', 'reper-poster', 'reper-pathway', 'reper-kiosk'],
};

let server;
let browser;
before(async () => {
  server = await startServer({
    root: '.',
    handler: (req, res) => {
      if (req.url !== '/blank.html') return false;
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>');
      return true;
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [entry, tags] of Object.entries(ENTRIES)) {
  test(`cdn/${entry} alone defines ${tags.join(', ')}`, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/blank.html`);
    const defined = await page.evaluate(async (url, tags) => {
      await import(url);
      return tags.filter((t) => customElements.get(t));
    }, `${server.url}/cdn/${entry}`, tags);
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(defined, tags);
  });
}
