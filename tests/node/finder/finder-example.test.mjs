// examples/finder.html end to end, in Chromium, against cdn/finder.js + cdn/provider.js (run after
// `npm run build`), served under a strict Content-Security-Policy with Trusted Types: the sample
// data shows, typing and filtering work, and the page leaves no trace — no history entry, no
// cookie or storage, no request carrying the query, nothing from any other origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { STRICT_CSP } from '../../../scripts/static.mjs';

const ctx = useServerAndBrowser({
  handler: async (req, res) => {
    if ((req.url ?? '').split('?')[0] !== '/examples/finder.html') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
    res.end(await readFile('examples/finder.html'));
    return true;
  },
});

/** Runs in the page: the list finder's shadow root state. */
const state = () => {
  const el = document.querySelector('#finder');
  const root = el.shadowRoot;
  return {
    count: el.resultCount,
    names: [...root.querySelectorAll('.result .name')].map((n) => n.textContent.trim()),
    notice: root.querySelector('.notice')?.textContent.trim() ?? '',
    // As written, not re-spaced: the CDN minifier once ate the space before "·".
    countText: root.querySelector('.count')?.textContent.trim() ?? '',
    query: root.querySelector('#q')?.value,
  };
};

test('examples/finder.html: sample data, search and filters under strict CSP, and no traces', async () => {
  const page = await ctx.browser.newPage();
  const errors = [];
  const foreign = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(ctx.server.url)) foreign.push(r.url());
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${ctx.server.url}/examples/finder.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('#finder')?.resultCount === 34, { timeout: 10_000 });

  const start = await page.evaluate(() => ({ history: history.length, href: location.href }));
  const first = await page.evaluate(state);
  assert.match(first.notice, /Date de probă/);
  assert.equal(first.names.length, 20);
  assert.equal(first.countText, '34 de servicii găsite · Se afișează 20 din 34');

  // Type like a person, with diacritics, then pick a filter.
  await page.evaluate(() => document.querySelector('#finder').shadowRoot.querySelector('#q').focus());
  await page.keyboard.type('adăpost turda', { delay: 5 });
  await page.waitForFunction(() => document.querySelector('#finder').resultCount < 34);
  const typed = await page.evaluate(state);
  assert.equal(typed.query, 'adăpost turda');
  assert.ok(typed.names.some((n) => n.includes('Adăpost de urgență pentru victime – B')), typed.names.join(' | '));
  await page.keyboard.press('Enter');
  await page.evaluate(async () => {
    const el = document.querySelector('#finder');
    window.__searches = [];
    el.addEventListener('reper-search', (e) => window.__searches.push(e.detail));
    const select = el.shadowRoot.querySelector('#f-category');
    select.value = 'shelter';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  });
  // The finder's debounced work after the filter has run: its reper-search, then the count
  // announcement in the live region (if that says the same count as before, the announcement
  // changes nothing).
  await page.waitForFunction(() => window.__searches.some((d) => d.category === 'shelter'), { timeout: 10_000 });
  await page.waitForFunction(
    () => {
      const el = document.querySelector('#finder');
      return new RegExp(`^${el.resultCount} \\D*găsit`).test(el.shadowRoot.querySelector('[role="status"]').textContent.trim());
    },
    { timeout: 10_000 },
  );

  const end = await page.evaluate(async () => ({
    history: history.length,
    href: location.href,
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    violations: window.__violations,
  }));
  assert.deepEqual(
    { history: end.history, href: end.href },
    start,
    'no history entry and no URL change while searching',
  );
  assert.equal(end.cookie, '');
  assert.equal(end.local + end.session + end.idb, 0);
  assert.deepEqual(end.violations, []);
  assert.deepEqual(foreign, []);
  for (const r of ctx.server.requests) {
    assert.doesNotMatch(decodeURIComponent(r.url), /turda|ad[aă]post/i, `query text in a request: ${r.url}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('examples/finder.html: the kiosk section offers a QR code of each phone', async () => {
  const page = await ctx.browser.newPage();
  await page.setViewport({ width: 1080, height: 1920 });
  await page.goto(`${ctx.server.url}/examples/finder.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('#kiosk')?.resultCount === 34, { timeout: 10_000 });
  await page.waitForFunction(() => customElements.get('reper-qr') !== undefined, { timeout: 10_000 });
  const qr = await page.evaluate(async () => {
    const el = document.querySelector('#kiosk');
    await el.updateComplete;
    const code = el.shadowRoot.querySelector('.result reper-qr');
    await code.updateComplete;
    return { value: code.getAttribute('value'), drawn: Boolean(code.shadowRoot?.querySelector('svg')) };
  });
  assert.deepEqual(qr, { value: 'tel:+40264000001', drawn: true });
  await page.close();
});
