// Two builds of Reper on one page (two CMS plugins, an old theme and a new plugin): copy A loads
// per-element bundles from cdn/, copy B is another build — the same cdn/ served from another path
// (so its modules are separate instances) and stamped with another version. In either order,
// nothing throws, the helpline shows its number, and the finder still gets its provider's feed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startPageServer, watch } from './helpers.mjs';
import { launchBrowser } from '../helpers/browser.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
let site;
let browser;

before(async () => {
  // Copy B's scripts come from /copy-b/cdn/: another URL, so separate module instances.
  const copyB = (html) => {
    const out = html.replace(/src="\.\.\/cdn\/([\w-]+\.js)" data-copy="b"/g, 'src="/copy-b/cdn/$1" data-copy="b"');
    assert.notEqual(out, html);
    return out;
  };
  // The same page with copy B's scripts first.
  const reversed = (html) => {
    const lines = copyB(html).split('\n');
    const a = lines.filter((l) => l.includes('<script') && !l.includes('data-copy="b"'));
    const b = lines.filter((l) => l.includes('data-copy="b"'));
    const rest = lines.filter((l) => !a.includes(l) && !b.includes(l));
    const at = rest.findIndex((l) => l.includes('</head>'));
    return [...rest.slice(0, at), ...b, ...a, ...rest.slice(at)].join('\n');
  };
  site = await startPageServer({
    pages: {
      // Copy B as the all-in-one bundle (cdn/reper.js) instead of per-element bundles.
      '/examples/two-copies-all.html': async () => {
        const lines = copyB(await readFile('examples/two-copies.html', 'utf8')).split('\n');
        const firstB = lines.findIndex((l) => l.includes('data-copy="b"'));
        const out = lines.filter((l, i) => i === firstB || !l.includes('data-copy="b"'));
        out[firstB] = '    <script type="module" src="/copy-b/cdn/reper.js" data-copy="b"></script>';
        return out.join('\n');
      },
      '/examples/two-copies.html': copyB, '/examples/two-copies-reversed.html': async () => reversed(await readFile('examples/two-copies.html', 'utf8')) },
    csp: () => CSP,
    extra: async (req, res, path) => {
      if (!path.startsWith('/copy-b/cdn/')) return false;
      const code = await readFile(`.${path.slice('/copy-b'.length)}`, 'utf8').catch(() => undefined);
      if (code === undefined) {
        res.writeHead(404).end();
        return true;
      }
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(code.replace(/"0\.1\.0"/g, '"9.9.9-copy-b"'));
      return true;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

for (const [name, path] of [
  ['copy A, then copy B', '/examples/two-copies.html'],
  ['copy B, then copy A', '/examples/two-copies-reversed.html'],
  ['per-element copy A, then all-in-one copy B', '/examples/two-copies-all.html'],
]) {
  test(`two builds on one page (${name}): no error, the helpline shows, the finder gets the feed`, async () => {
    const page = await browser.newPage();
    const found = await watch(page, [site.url]);
    const consoleErrors = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#finder')?.resultCount === 34, { timeout: 15_000 });
    const state = await page.evaluate(async () => {
      const hotline = document.querySelector('#hotline');
      await hotline.updateComplete;
      const exit = document.querySelector('#exit');
      await exit.updateComplete;
      return {
        versions: globalThis.__reper?.versions ?? [],
        number: hotline.shadowRoot?.querySelector('[part="number"]')?.textContent.trim(),
        numberVisible: hotline.shadowRoot?.querySelector('[part="number"]')?.getBoundingClientRect().height > 0,
        exit: Boolean(exit.shadowRoot?.querySelector('[part="button"]')),
        notice: document.querySelector('#finder').shadowRoot.querySelector('[part="notice"]')?.textContent.trim(),
        violations: window.__violations,
      };
    });
    // Both copies really ran: two different module graphs, two version stamps.
    assert.ok(found.requests.some((u) => /\/copy-b\/cdn\/(finder|reper)\.js$/.test(u)));
    assert.ok(found.requests.some((u) => u.endsWith('/cdn/hotline.js') && !u.includes('copy-b')));
    assert.deepEqual([...state.versions].sort(), ['0.1.0', '9.9.9-copy-b'].sort());
    assert.equal(state.number, '0800 500 333');
    assert.ok(state.numberVisible);
    assert.ok(state.exit);
    assert.match(state.notice ?? '', /Date de probă/);
    assert.deepEqual(found.errors, [], 'no uncaught error');
    assert.deepEqual(consoleErrors.filter((t) => !t.startsWith('Failed to load resource')), []);
    assert.deepEqual([...state.violations, ...found.violations], []);
    await page.close();
  });
}
