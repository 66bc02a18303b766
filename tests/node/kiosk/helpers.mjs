// Shared set-up for the kiosk's end-to-end tests: a feed server whose answers a test can change,
// signing with a throwaway Ed25519 key, and small page helpers that read the kiosk's shadow DOM.
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const SAMPLE = JSON.parse(readFileSync('examples/data/cluj-sample.json', 'utf8'));

export function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { publicKeyB64: raw.toString('base64'), sign: (bytes) => sign(null, bytes, privateKey).toString('base64') };
}

/**
 * A mutable feed at /t/feed.json (+ .sig) and kiosk pages at /kiosk/t-<name>.html whose configs
 * are /t/<name>.json. Answers 304 to a matching If-None-Match, like any static server.
 */
export function feedHandler() {
  const state = { body: Buffer.from(JSON.stringify(SAMPLE)), etag: '"v1"', sig: undefined, status: 200, configs: {}, feedHits: 0, heartbeats: [], swSuffix: '' };
  const handler = (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/t/feed.json') {
      state.feedHits++;
      if (state.status !== 200) return res.writeHead(state.status).end('nope'), true;
      if (req.headers['if-none-match'] === state.etag) return res.writeHead(304, { ETag: state.etag }).end(), true;
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: state.etag, 'Cache-Control': 'no-cache' }).end(state.body);
      return true;
    }
    if (url.pathname === '/t/feed.json.sig') {
      if (!state.sig) return res.writeHead(404).end(), true;
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(state.sig);
      return true;
    }
    if (url.pathname === '/t/heartbeat' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        state.heartbeats.push({ body: JSON.parse(body), headers: req.headers });
        res.writeHead(204).end();
      });
      return true;
    }
    if (url.pathname === '/kiosk/sw.js' && state.swSuffix) {
      // A "new version" of the service worker: the same script with something appended.
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-cache' });
      res.end(readFileSync('kiosk/sw.js', 'utf8') + `\n// ${state.swSuffix}\n`);
      return true;
    }
    const config = url.pathname.match(/^\/t\/([\w-]+)\.json$/);
    if (config && state.configs[config[1]]) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(state.configs[config[1]]));
      return true;
    }
    const page = url.pathname.match(/^\/kiosk\/t-([\w-]+)\.html$/);
    if (page) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="ro"><head><meta charset="utf-8"><title>kiosk test</title>
<link rel="stylesheet" href="kiosk.css"><script type="module" src="../cdn/kiosk.js"></script></head>
<body><reper-kiosk config="/t/${page[1]}.json"${page[1].startsWith('sw') ? ' service-worker="sw.js"' : ''}><p>0800 500 333</p></reper-kiosk></body></html>`);
      return true;
    }
    return false;
  };
  return { state, handler };
}

export const baseConfig = (extra = {}) => ({
  feedUrl: '/t/feed.json',
  refreshMinutes: 60,
  idleSeconds: 60,
  languages: ['ro', 'hu', 'en', 'uk'],
  defaultLanguage: 'ro',
  resources: [{ label: 'Linia națională', url: 'tel:0800500333' }],
  ...extra,
});

/** Opens a kiosk page and collects its reper-sync, reper-kiosk-reset and reper-search events. */
export async function openKiosk(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1080, height: 1920 });
  await page.evaluateOnNewDocument(() => {
    window.__events = [];
    for (const type of ['reper-sync', 'reper-kiosk-reset', 'reper-search']) {
      addEventListener(type, (e) => window.__events.push({ type, detail: e.detail }));
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const k = document.querySelector('reper-kiosk');
    return k?.shadowRoot?.querySelector('.frame:not(.loading)');
  });
  return page;
}

export const events = (page, type) => page.evaluate((t) => window.__events.filter((e) => e.type === t).map((e) => e.detail), type);

export const waitForEvent = (page, type, count = 1) =>
  page.waitForFunction((t, n) => window.__events.filter((e) => e.type === t).length >= n, { timeout: 20000 }, type, count);

/** The kiosk's visible text, through its shadow root and those of the elements inside it. */
export const kioskText = (page) =>
  page.evaluate(() => {
    const walk = (root) => {
      let out = '';
      for (const node of root.childNodes) {
        if (node.nodeType === 3) out += node.textContent;
        else if (node.nodeType === 1) {
          if (node.shadowRoot) out += ' ' + walk(node.shadowRoot);
          else out += ' ' + walk(node);
        }
      }
      return out;
    };
    return walk(document.querySelector('reper-kiosk').shadowRoot).replace(/\s+/g, ' ');
  });

export const view = (page) =>
  page.evaluate(() => {
    const frame = document.querySelector('reper-kiosk').shadowRoot.querySelector('.frame');
    return [...frame.classList].find((c) => c.startsWith('view-'))?.slice(5);
  });

/** Runs `fn(kiosk)` in the page. */
export const onKiosk = (page, fn, ...args) => page.evaluate((src, ...a) => new Function('k', '...a', `return (${src})(k, ...a)`)(document.querySelector('reper-kiosk'), ...a), fn.toString(), ...args);

/**
 * Waits until the feed server has more than `n` heartbeats: the kiosk sends its first 5 s after
 * start, so this polls for up to 30 s.
 */
export async function heartbeatAfter(state, n = 0) {
  for (let i = 0; i < 300 && state.heartbeats.length <= n; i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(state.heartbeats.length > n, 'a heartbeat was posted');
}

/**
 * Waits until the kiosk and every Reper element inside it show what they were last told: elements
 * loaded on demand defined, their texts loaded (the pathway's), every lit update rendered, a frame
 * painted. What a screen reader or axe then reads is what a person sees.
 */
export const kioskRendered = (page) =>
  page.evaluate(async () => {
    const inside = (root) => [...root.querySelectorAll('*')].flatMap((el) => [...(el.localName.startsWith('reper-') ? [el] : []), ...(el.shadowRoot ? inside(el.shadowRoot) : [])]);
    const kiosk = document.querySelector('reper-kiosk');
    for (let round = 0; round < 50; round++) {
      const els = [kiosk, ...inside(kiosk.shadowRoot)];
      await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(els.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => r()));
      const now = [kiosk, ...inside(kiosk.shadowRoot)];
      if (now.length === els.length && !now.some((el) => el.isUpdatePending)) return;
    }
    throw new Error('the kiosk kept re-rendering');
  });
