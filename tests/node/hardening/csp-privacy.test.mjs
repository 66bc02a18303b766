// Every website element on one page (examples/csp.html, each from its own cdn/ bundle) under the
// strict policy of the hardening issue — `default-src 'self'; script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'` plus the feed origin in connect-src — with the feed on a
// second origin. A scripted visit uses every element (hotline, finder, QR code, poster, exit info)
// and must cause no CSP or Trusted Types violation, leave no cookie, Web Storage, IndexedDB
// database, cache, service worker or history entry, and request nothing from any origin but the
// page's and the feed's. A deliberately leaky copy of the page proves each check can fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { startFeedServer, startPageServer, strictCsp, traces, watch } from './helpers.mjs';

let feed;
let other;
let site;
let browser;

const pointAtFeed = (html) => {
  const out = html.replace('src="data/cluj-sample.json"', `src="${feed.url}/examples/data/cluj-sample.json"`);
  assert.notEqual(out, html, 'examples/csp.html names its feed');
  return out;
};

// Everything the hardening tests forbid, in one external script (so only the leak breaks the rules).
const LEAK = (otherUrl) => `
document.cookie = 'tracked=1';
localStorage.setItem('query', 'shelter');
history.pushState({}, '', '#searched');
try { document.body.insertAdjacentHTML('beforeend', '<b>markup</b>'); } catch {}
fetch('${otherUrl}/pixel', { mode: 'no-cors' }).catch(() => {});
`;

before(async () => {
  feed = await startFeedServer();
  other = await startServer({
    handler: (req, res) => {
      res.writeHead(200, { 'access-control-allow-origin': '*' }).end('x');
      return true;
    },
  });
  site = await startPageServer({
    pages: {
      '/examples/csp.html': pointAtFeed,
      '/examples/csp-leaky.html': async () =>
        pointAtFeed(await readFile('examples/csp.html', 'utf8'))
          .replace('</head>', '<script type="module" src="/__leak.js"></script></head>')
          .replace('<main>', '<main><p style="color: red">inline style</p>'),
    },
    csp: (path) => strictCsp(feed.url, path.includes('leaky') ? other.url : ''),
    extra: (req, res, path) => {
      if (path !== '/__leak.js') return false;
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(LEAK(other.url));
      return true;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([feed?.close(), other?.close(), site?.close()]);
});

/** Uses every website element like a person would. Returns what the page showed. */
async function useEverything(page) {
  await page.waitForFunction(() => document.querySelector('#finder')?.resultCount === 34, { timeout: 15_000 });
  const shown = {};
  shown.hotline = await page.evaluate(() => document.querySelector('#hotline').shadowRoot.querySelector('[part="number"]')?.textContent.trim());
  shown.notice = await page.evaluate(() => document.querySelector('#finder').shadowRoot.querySelector('[part="notice"]')?.textContent.trim());

  // Finder: type, filter, tick, show more, clear.
  await page.evaluate(() => document.querySelector('#finder').shadowRoot.querySelector('#q').focus());
  await page.keyboard.type('consiliere', { delay: 5 });
  await page.waitForFunction(() => document.querySelector('#finder').resultCount < 34);
  shown.typed = await page.evaluate(() => document.querySelector('#finder').resultCount);
  await page.evaluate(async () => {
    const el = document.querySelector('#finder');
    window.__searches = [];
    el.addEventListener('reper-search', (e) => window.__searches.push(e.detail));
    const root = el.shadowRoot;
    const select = root.querySelector('#f-category');
    select.value = 'counselling';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    root.querySelector('label.check input').click();
    await el.updateComplete;
    root.querySelector('button.clear').click();
    await el.updateComplete;
    root.querySelector('.more')?.click();
    await el.updateComplete;
  });
  shown.cleared = await page.evaluate(() => document.querySelector('#finder').resultCount);

  // Quick exit: open "what quick exit cannot do" (leaving itself is tested with the exit element).
  shown.exitInfo = await page.evaluate(async () => {
    const exit = document.querySelector('#exit');
    await exit.updateComplete;
    exit.shadowRoot.querySelector('summary').click(); // opens the disclosure at once
    return exit.shadowRoot.querySelector('details').open;
  });

  // QR code and poster: drawn, and the poster laid out for print.
  shown.qr = await page.evaluate(async () => {
    const qr = document.querySelector('#qr');
    await qr.updateComplete;
    return Boolean(qr.shadowRoot.querySelector('svg path')?.getAttribute('d'));
  });
  await page.emulateMediaType('print');
  shown.poster = await page.evaluate(async () => {
    const poster = document.querySelector('#poster');
    await poster.updateComplete;
    const codes = [...poster.shadowRoot.querySelectorAll('reper-qr')];
    await Promise.all(codes.map((c) => c.updateComplete));
    return codes.length > 0 && codes.every((c) => c.shadowRoot.querySelector('svg path'));
  });
  await page.emulateMediaType(null);
  // The finder's debounced work has run out: the reper-search after "clear" (all 34 again) has
  // come, and "show more" announced at once what the debounced announcement would have.
  await page.waitForFunction(() => window.__searches.some((d) => d.results === 34), { timeout: 10_000 });
  return shown;
}

test('examples/csp.html: every website element works under the strict CSP with Trusted Types, and leaves no trace', async () => {
  const page = await browser.newPage();
  const found = await watch(page, [site.url, feed.url]);
  await page.goto(`${site.url}/examples/csp.html`, { waitUntil: 'networkidle0' });
  const before = await page.evaluate(() => ({ history: history.length, href: location.href }));
  const shown = await useEverything(page);
  const after = await traces(page);
  await page.close();

  assert.deepEqual(
    shown,
    { hotline: '0800 500 333', notice: shown.notice, typed: shown.typed, cleared: 34, exitInfo: true, qr: true, poster: true },
    'every element rendered and responded',
  );
  assert.match(shown.notice ?? '', /Date de probă/, 'the signed sample feed came from the feed origin');
  assert.ok(shown.typed > 0 && shown.typed < 34);

  assert.deepEqual([...after.violations, ...found.violations], [], 'no CSP or Trusted Types violation');
  assert.deepEqual(found.errors, [], 'no page error');
  assert.equal(after.cookie, '');
  assert.deepEqual(after.browserCookies, []);
  assert.equal(after.localStorage + after.sessionStorage, 0, 'no Web Storage');
  assert.deepEqual(after.indexedDB, [], 'no IndexedDB database');
  assert.deepEqual(after.caches, [], 'no Cache Storage on a website');
  assert.equal(after.serviceWorkers, 0);
  assert.deepEqual({ history: after.history, href: after.href }, before, 'no history entry, no URL change');
  assert.deepEqual(found.foreign, [], 'no request to any origin but the page and the feed');

  const feedRequests = feed.requests.map((r) => r.url);
  assert.ok(feedRequests.includes('/examples/data/cluj-sample.json'), feedRequests.join(' '));
  assert.ok(feedRequests.includes('/examples/data/cluj-sample.json.sig'), 'the signature was checked');
  for (const r of feed.requests) {
    assert.equal(r.headers.cookie, undefined, 'no cookie sent to the feed');
    assert.equal(r.headers.referer, undefined, 'no Referer sent to the feed');
  }
  for (const r of site.requests) assert.doesNotMatch(decodeURIComponent(r.url), /consiliere/i, `query text in a request: ${r.url}`);
});

test('control: a leaky copy of the page is caught by every one of these checks', async () => {
  const page = await browser.newPage();
  const found = await watch(page, [site.url, feed.url]);
  await page.goto(`${site.url}/examples/csp-leaky.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('#finder')?.resultCount === 34, { timeout: 15_000 });
  await new Promise((r) => setTimeout(r, 300));
  const after = await traces(page);
  await page.close();
  const violations = [...after.violations, ...found.violations].join('\n');
  assert.match(violations, /style-src/, 'the inline style attribute is reported');
  assert.match(violations, /trusted-types|require-trusted-types-for|TrustedHTML/i, 'the markup sink is reported');
  assert.equal(after.cookie, 'tracked=1');
  assert.equal(after.localStorage, 1);
  assert.match(after.href, /#searched$/);
  assert.ok(found.foreign.some((u) => u.startsWith(other.url)), 'the request to a third origin is seen');
});
