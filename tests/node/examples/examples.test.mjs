// Every example page (examples/*.html) in Chromium, against the built cdn/ (run after
// `npm run build`), served under the strict Content-Security-Policy of `npm start` plus Trusted
// Types: axe finds no violations (shadow DOM included), nothing overflows at 320 px, the console
// stays clean, no CSP violation, every reper-* element on the page is defined and rendered, and a
// page that shows the Cluj sample says it is sample data. Then what each site example promises.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { STRICT_CSP } from '../../../scripts/static.mjs';

const CSP = STRICT_CSP;

// The React example is built by scripts/build-examples.mjs from dist/: its bundle and its page,
// examples/react.html, with the app pre-rendered. Rebuild both so that a stale build is never what
// is tested, before listing the pages (react.html is generated).
{
  const r = spawnSync(process.execPath, ['scripts/build-examples.mjs'], { stdio: 'inherit' });
  assert.equal(r.status, 0, 'scripts/build-examples.mjs failed');
}

const PAGES = readdirSync('examples')
  .filter((f) => f.endsWith('.html'))
  .sort();

let server;
let browser;

before(async () => {
  server = await startServer({
    root: '.',
    handler: async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (!/^\/examples\/[\w-]+\.html$/.test(path) && path !== '/examples/') return false;
      const file = path === '/examples/' ? 'examples/index.html' : path.slice(1);
      if (!existsSync(file)) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
      res.end(await readFile(file));
      return true;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page with listeners for errors, foreign requests and CSP violations. */
async function open(path, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const errors = [];
  const foreign = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.goto(`${server.url}/examples/${path}`, { waitUntil: 'networkidle0' });
  // Every Reper element on the page (light DOM and inside Reper shadow roots) has rendered.
  await page
    .waitForFunction(
      () => {
        const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('reper-'));
        return all.every((e) => customElements.get(e.localName) && e.shadowRoot && e.shadowRoot.childElementCount > 0);
      },
      { timeout: 10_000 },
    )
    .catch(() => {});
  // Lit renders on a microtask; feeds load over the network: let the page settle.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  return { page, errors, foreign };
}

/** The page's undefined or unrendered reper-* elements. */
const undefinedElements = () =>
  [...document.querySelectorAll('*')]
    .filter((e) => e.localName.startsWith('reper-'))
    .filter((e) => !customElements.get(e.localName) || !e.shadowRoot)
    .map((e) => e.localName);

/** Text a user sees, shadow roots included. */
const deepText = () => {
  const walk = (root) => {
    let s = '';
    for (const n of root.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) s += n.textContent;
      else if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.localName === 'slot') s += n.assignedNodes({ flatten: true }).map((a) => (a.nodeType === Node.TEXT_NODE ? a.textContent : walk(a))).join('');
        else if (n.shadowRoot) s += walk(n.shadowRoot);
        else s += walk(n);
      }
    }
    return s;
  };
  return walk(document.body).replace(/\s+/g, ' ');
};

async function axe(page) {
  // Loaded from the same origin (script-src 'self'), through a Trusted Types policy of the test's own.
  await page.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const policy = window.trustedTypes.createPolicy('examples-test-axe', { createScriptURL: (u) => u });
        const script = document.createElement('script');
        script.onload = resolve;
        script.onerror = reject;
        script.src = policy.createScriptURL(url);
        document.head.append(script);
      }),
    `${server.url}/node_modules/axe-core/axe.min.js`,
  );
  return page.evaluate(async () => {
    // axe walks open shadow roots by default.
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

for (const file of PAGES) {
  test(`examples/${file}: axe-clean, strict CSP, clean console, every element defined`, async () => {
    const { page, errors, foreign } = await open(file);
    try {
      assert.deepEqual(await page.evaluate(undefinedElements), [], 'reper-* elements that never defined or rendered');
      const violations = await page.evaluate(() => window.__violations);
      assert.deepEqual(violations, [], 'CSP violations');
      assert.deepEqual(errors, [], 'console errors');
      assert.deepEqual(foreign, [], 'requests to other origins');
      const text = await page.evaluate(deepText);
      if (await page.evaluate(() => document.documentElement.outerHTML.includes('cluj-sample.json'))) {
        assert.match(text, /Date de probă|sample/i, 'a page showing the Cluj sample must say so');
      }
      assert.deepEqual(await axe(page), [], 'axe violations');
    } finally {
      await page.close();
    }
  });

  test(`examples/${file}: usable at 320 px (no horizontal scrolling)`, async () => {
    const { page } = await open(file, { width: 320, height: 800 });
    try {
      const over = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        wide: [...document.body.querySelectorAll('*')]
          .filter((e) => {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.right <= 321) return false;
            // Inside a scrolling box (code samples) is fine.
            for (let p = e.parentElement; p; p = p.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return false;
            }
            return true;
          })
          .slice(0, 5)
          .map((e) => `${e.localName}${e.id ? '#' + e.id : ''}.${e.className}`),
      }));
      assert.ok(over.scroll <= 320, `page is ${over.scroll}px wide at 320px: ${over.wide.join(', ')}`);
    } finally {
      await page.close();
    }
  });
}

test('school.html: one script tag, children numbers and a working quick exit from a WordPress block', async () => {
  const html = await readFile('examples/school.html', 'utf8');
  const block = html.slice(html.indexOf('Custom HTML" block: start'), html.indexOf('Custom HTML" block: end'));
  assert.equal((block.match(/<script\b/g) ?? []).length, 1, 'the block holds exactly one script tag');
  assert.ok(!/<style\b|\sstyle=/.test(html), 'no inline style');
  const { page } = await open('school.html');
  try {
    const seen = await page.evaluate(() => {
      const hotline = document.querySelector('.wp-block-html reper-hotline');
      const exit = document.querySelector('.wp-block-html reper-exit');
      return {
        audience: hotline.getAttribute('audience'),
        tels: [...hotline.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
        exit: exit.shadowRoot.querySelector('[part~="button"]')?.textContent.trim(),
      };
    });
    assert.equal(seen.audience, 'children');
    for (const tel of ['tel:0800500333', 'tel:112', 'tel:119', 'tel:116111']) assert.ok(seen.tels.includes(tel), `${tel} in ${seen.tels}`);
    assert.match(seen.exit ?? '', /Ieși/);
  } finally {
    await page.close();
  }
});

test('school.html without JavaScript: the fallback shows every number as a tel: link', async () => {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  try {
    await page.goto(`${server.url}/examples/school.html`, { waitUntil: 'networkidle0' });
    const tels = await page.evaluate(() => [...document.querySelectorAll('.wp-block-html a[href^="tel:"]')].map((a) => a.getAttribute('href')));
    assert.deepEqual(tels, ['tel:0800500333', 'tel:119', 'tel:116111', 'tel:112']);
  } finally {
    await page.close();
  }
});

test('hospital.html: the signed Cluj sample loads in the finder, and the QR code is drawn', async () => {
  const { page } = await open('hospital.html');
  try {
    await page.waitForFunction(() => document.querySelector('reper-finder').resultCount > 1, { timeout: 10_000 });
    const seen = await page.evaluate(() => ({
      results: document.querySelector('reper-finder').resultCount,
      svg: !!document.querySelector('reper-qr').shadowRoot.querySelector('svg'),
      qrName: document.querySelector('reper-qr').shadowRoot.querySelector('[role="img"], svg')?.getAttribute('aria-label') ?? '',
    }));
    assert.ok(seen.results >= 30, `results: ${seen.results}`);
    assert.ok(seen.svg);
  } finally {
    await page.close();
  }
});

test('municipality.html: the city theme, neutral wording and the Turda preset reach the elements', async () => {
  const { page } = await open('municipality.html');
  try {
    await page.waitForFunction(() => document.querySelector('reper-finder').resultCount > 0, { timeout: 10_000 });
    const seen = await page.evaluate(() => {
      const finder = document.querySelector('reper-finder');
      const hotline = document.querySelector('reper-hotline');
      return {
        brand: getComputedStyle(document.documentElement).getPropertyValue('--reper-color-brand').trim(),
        locality: finder.shadowRoot.querySelector('#f-locality')?.value,
        hotline: hotline.shadowRoot.textContent.replace(/\s+/g, ' '),
      };
    });
    assert.equal(seen.brand, '#0b5563');
    assert.equal(seen.locality, 'Turda');
    assert.doesNotMatch(seen.hotline, /violen/i, 'neutral wording does not name violence');
    assert.match(seen.hotline, /0800 500 333/);
  } finally {
    await page.close();
  }
});

test('react.html: the server sends the app pre-rendered: the helpline is in the HTML, inside the elements, before any script runs', async () => {
  const response = await fetch(`${server.url}/examples/react.html`);
  assert.equal(response.status, 200);
  const html = await response.text();
  const app = html.match(/<div id="app">([\s\S]*?)<\/div>\s*<h2>/)?.[1] ?? '';
  assert.match(app, /<reper-provider\b[^>]*\bsrc="data\/cluj-sample\.json"/, 'the provider is in the server HTML');
  assert.match(app, /<reper-hotline\b[^>]*>(?:(?!<\/reper-hotline>)[\s\S])*<a href="tel:0800500333">0800 500 333<\/a>/, 'the number inside <reper-hotline>');
  assert.match(app, /<reper-finder\b[^>]*>(?:(?!<\/reper-finder>)[\s\S])*0800 500 333/, 'the number inside <reper-finder>');
  assert.match(app, /<select>[\s\S]*<option value="en" lang="en" selected="">/, "the controls, in the app's first state");
  assert.doesNotMatch(app, /<noscript>|<!--reper:react-app-->/);
  // The quick exit is in the HTML too, first in <body>, with its fallback link.
  assert.match(html, /<body>\s*(?:<!--[\s\S]*?-->\s*)*<reper-exit><a href="https:\/\/www\.meteoromania\.ro\/" rel="noreferrer">/);
  assert.match(html, /<link rel="stylesheet" href="\.\.\/themes\/fallback\.css" \/>/);
  // The generated page is the template with the app in it.
  const template = await readFile('examples/react/page.html', 'utf8');
  assert.ok(template.includes('<div id="app"><!--reper:react-app--></div>'));
});

test('react.html: React hydrates the server-rendered elements (no client re-render), the page does not move while scripts arrive late, and the kiosk-only QR code is not loaded', async () => {
  const page = await browser.newPage();
  // Lighthouse's phone: 412 px wide.
  await page.setViewport({ width: 412, height: 823 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  // The bundle arrives after the first paint, as on a slow phone network.
  await page.setRequestInterception(true);
  const requested = [];
  page.on('request', (r) => {
    requested.push(new URL(r.url()).pathname);
    if (r.url().endsWith('/examples/react/client.js')) setTimeout(() => r.continue(), 600);
    else r.continue();
  });
  await page.evaluateOnNewDocument(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // 'interactive' comes after parsing and before the deferred module scripts run.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') window.__parsed = [...document.querySelectorAll('#app *')];
    });
  });
  try {
    await page.goto(`${server.url}/examples/react.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#react-finder')?.resultCount > 1, { timeout: 10_000 });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const seen = await page.evaluate(() => ({
      parsed: window.__parsed.length,
      same: window.__parsed.every((e) => e.isConnected) && [...document.querySelectorAll('#app *')].every((e) => window.__parsed.includes(e)),
      upgraded: ['reper-provider', 'reper-hotline', 'reper-finder'].every((t) => document.querySelector(`#app ${t}`)?.shadowRoot),
      shift: window.__shift,
    }));
    assert.ok(seen.parsed > 10, `parsed app: ${seen.parsed} elements`);
    assert.ok(seen.same, 'React kept every element of the server HTML in #app (hydration matched) and added none');
    assert.ok(seen.upgraded);
    assert.ok(seen.shift <= 0.02, `cumulative layout shift ${seen.shift.toFixed(3)} (budget 0.02)`);
    assert.deepEqual(errors, [], 'hydration errors');
    // The bundle is split: what this page never runs is not fetched (the finder's kiosk-only QR code).
    assert.ok(requested.some((p) => /^\/examples\/react\/chunks\/hydrate-/.test(p)), 'React is a chunk of its own');
    assert.deepEqual(requested.filter((p) => /\/qr[-.]/.test(p)), [], 'the QR code is not loaded');
  } finally {
    await page.close();
  }
});

test('react.html: React 19 sets properties, listens to reper-search and calls reset() through a ref', async () => {
  const { page, errors } = await open('react.html');
  try {
    await page.waitForFunction(() => document.querySelector('#react-finder')?.resultCount > 1, { timeout: 10_000 });
    // Typing in the finder: React's onreper-search handler writes to the log.
    await page.evaluate(() => document.querySelector('#react-finder').shadowRoot.querySelector('input[type="search"]').focus());
    await page.keyboard.type('turda', { delay: 5 });
    await page.waitForFunction(() => /reper-search events: [1-9]/.test(document.querySelector('#react-log').textContent), { timeout: 5000 });
    const log = await page.evaluate(() => document.querySelector('#react-log').textContent);
    assert.doesNotMatch(log, /turda/i, 'the event carries no query text');
    // The neutral checkbox sets the provider's `neutral` property: the hotline stops naming violence.
    const before = await page.evaluate(() => document.querySelector('reper-hotline').shadowRoot.textContent);
    assert.match(before, /violence/i);
    await page.click('input[type="checkbox"]');
    await page.waitForFunction(() => !/violence/i.test(document.querySelector('reper-hotline').shadowRoot.textContent));
    assert.equal(await page.evaluate(() => document.querySelector('reper-provider').neutral), true);
    // The language select sets `lang`.
    await page.select('select', 'ro');
    await page.waitForFunction(() => document.querySelector('reper-hotline').shadowRoot.querySelector('[lang="ro"]'));
    // The reset button calls finder.reset() through a ref: the query is gone.
    await page.click('.react-controls button');
    await page.waitForFunction(() => document.querySelector('#react-finder').shadowRoot.querySelector('input[type="search"]').value === '');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('index.html links every site example', async () => {
  const html = await readFile('examples/index.html', 'utf8');
  for (const name of ['school', 'hospital', 'municipality', 'react']) assert.match(html, new RegExp(`href="${name}\\.html"`));
});
