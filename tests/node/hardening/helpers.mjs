// Shared by the hardening end-to-end tests: a page server that serves examples under the strict
// CSP of the hardening issue, a separate "feed origin" server (another port: another origin) with
// CORS, and a recorder of everything a page does that a watched person could be hurt by.
import { readFile } from 'node:fs/promises';
import { startServer } from '../helpers/server.mjs';
import { serveStatic } from '../../../scripts/static.mjs';

/** The policy the issue names, plus the feed origin in connect-src. */
export const strictCsp = (feedOrigin, extraConnect = '') =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    `connect-src 'self' ${feedOrigin}${extraConnect ? ` ${extraConnect}` : ''}`,
  ].join('; ');

/**
 * The feed origin: serves the repository's examples/data with CORS (credentials never needed),
 * answers CORS preflights (unless `preflight: false`), and lets a test take over some paths
 * (`handler(req, res)` → true when it answered).
 */
export function startFeedServer(handler, { preflight = true } = {}) {
  return startServer({
    root: '.',
    handler: async (req, res) => {
      // A cross-origin revalidation sends If-None-Match, which needs a CORS preflight. With
      // `preflight: false` the host behaves like a plain static server that refuses OPTIONS.
      if (req.method === 'OPTIONS' && !preflight) {
        res.writeHead(405).end();
        return true;
      }
      if (req.method === 'OPTIONS') {
        res
          .writeHead(204, {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Allow-Methods': 'GET',
            'Access-Control-Allow-Headers': 'If-None-Match',
            'Access-Control-Max-Age': '600',
          })
          .end();
        return true;
      }
      if (handler && (await handler(req, res))) return true;
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (!path.startsWith('/examples/data/')) {
        res.writeHead(404).end();
        return true;
      }
      await serveStatic('.', req, res, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' });
      return true;
    },
  });
}

/**
 * The page origin: serves the repository; `pages` maps a path to a function that returns the HTML
 * to serve under `csp()` (so a test can point an example at the feed origin).
 */
export function startPageServer({ pages, csp, extra }) {
  return startServer({
    root: '.',
    handler: async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (extra && (await extra(req, res, path))) return true;
      const page = pages[path];
      if (!page) return false;
      const body = await page(await readFile(`.${path}`, 'utf8').catch(() => ''));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp(path) });
      res.end(body);
      return true;
    },
  });
}

/**
 * Records CSP and Trusted Types violations (the `securitypolicyviolation` event and console
 * reports), page errors, and every request outside the allowed origins.
 * @param {import('puppeteer-core').Page} page
 * @param {string[]} allowedOrigins
 */
export async function watch(page, allowedOrigins) {
  const found = { violations: [], errors: [], foreign: [], requests: [] };
  page.on('pageerror', (e) => found.errors.push(String(e?.message ?? e)));
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(text)) found.violations.push(`console: ${text}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    found.requests.push(url);
    if (/^(data|blob|about):/.test(url)) return;
    if (!allowedOrigins.includes(new URL(url).origin)) found.foreign.push(url);
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI || ''} ${e.sourceFile || ''}:${e.lineNumber || ''}`.trim()),
      true,
    );
  });
  return found;
}

/** Everything a website element must never leave behind, read from the page and the browser. */
export async function traces(page) {
  const inPage = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: 'caches' in window ? await caches.keys() : [],
    serviceWorkers: (await navigator.serviceWorker?.getRegistrations?.())?.length ?? 0,
    history: history.length,
    href: location.href,
    violations: window.__violations ?? [],
  }));
  const cdp = await page.createCDPSession();
  const { cookies } = await cdp.send('Network.getAllCookies');
  await cdp.detach();
  return { ...inPage, browserCookies: cookies.map((c) => `${c.domain} ${c.name}`) };
}
