// Every example that shows services or help content has a quick exit that stays in reach: first in
// <body> it is a bar at the top of the window; pasted into the content (school, municipality) it
// sits in the window's bottom corner however far a phone scrolls. On the municipality page, Shift
// pressed three times while typing in the finder leaves. Runs against cdn/ (after `npm run build`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';

const PLACED = {
  'hospital.html': 'top',
  'finder.html': 'top',
  'hotline.html': 'top',
  'qr.html': 'top',
  'poster.html': 'top',
  'react.html': 'top',
  'two-copies.html': 'corner',
  'csp.html': 'top',
  'school.html': 'corner',
  'municipality.html': 'corner',
};

let server;
let browser;
before(async () => {
  server = await startServer({ root: '.' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens an example at 320 × 640; the neutral destination is answered locally (no network). */
async function open(file) {
  const page = await browser.newPage();
  await page.setViewport({ width: 320, height: 640 });
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url().startsWith('https://www.meteoromania.ro/')) {
      r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="ro"><title>Vremea</title><p>VREMEA</p></html>' });
    } else if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) r.abort();
    else r.continue();
  });
  await page.goto(`${server.url}/examples/${file}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('reper-exit')?.shadowRoot?.querySelector('[part="button"]'));
  return page;
}

for (const [file, placed] of Object.entries(PLACED)) {
  test(`${file}: its quick exit is ${placed === 'top' ? 'a bar at the top of the window' : 'in the bottom corner'} and still in reach after scrolling 3,000 px on a phone`, async () => {
    const page = await open(file);
    try {
      const seen = await page.evaluate(async () => {
        const exits = [...document.querySelectorAll('reper-exit')].filter((e) => e.getAttribute('variant') !== 'skiplink');
        const main = exits[0];
        window.scrollTo(0, Math.min(3000, document.documentElement.scrollHeight));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const r = main.shadowRoot.querySelector('[part="button"]').getBoundingClientRect();
        return { placed: main.hasAttribute('corner') ? 'corner' : 'top', top: r.top, bottom: r.bottom, height: r.height, scrolled: window.scrollY };
      });
      assert.equal(seen.placed, placed);
      assert.ok(seen.height >= 48, `thumb-sized (${seen.height} px)`);
      assert.ok(seen.top >= 0 && seen.bottom <= 640, `in the window after scrolling ${seen.scrolled} px: ${seen.top}–${seen.bottom}`);
    } finally {
      await page.close();
    }
  });
}

test('react.html: once React has hydrated, its quick exit still leaves, to the neutral page', async () => {
  const page = await open('react.html');
  try {
    await page.waitForFunction(() => document.querySelector('#react-finder')?.resultCount > 1, { timeout: 10_000 });
    const left = page.waitForNavigation();
    await page.evaluate(() => document.querySelector('reper-exit').shadowRoot.querySelector('[part="button"]').click());
    await left;
    assert.equal(page.url(), 'https://www.meteoromania.ro/');
  } finally {
    await page.close();
  }
});

test('municipality.html: Shift × 3 while typing in the finder leaves, and what was typed goes nowhere', async () => {
  const page = await open('municipality.html');
  try {
    await page.waitForFunction(() => document.querySelector('reper-finder')?.shadowRoot?.querySelector('input[type="search"]'));
    const search = await page.evaluateHandle(() => document.querySelector('reper-finder').shadowRoot.querySelector('input[type="search"]'));
    await search.type('adapost Turda');
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    const before = await page.evaluate(() => history.length);
    await Promise.all([page.waitForNavigation(), (async () => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); })()]);
    assert.equal(page.url(), 'https://www.meteoromania.ro/');
    assert.equal(await page.evaluate(() => history.length), before, 'no history entry added');
    assert.ok(!requested.some((u) => /adapost|Turda/.test(u)), 'the query is in no request');
  } finally {
    await page.close();
  }
});
