// Feed integrity on the kiosk (issue 12), end to end in Chromium against cdn/kiosk.js (run after
// `npm run build`): a hostile server that streams without end (bytes counted on the server side),
// an older feed validly signed after a newer one (also across a reboot), another directory, an
// expired feed, and a huge invalid feed that must be "invalid", not "offline".
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { SAMPLE, baseConfig, events, feedHandler, keyPair, kioskRendered, kioskText, onKiosk, openKiosk, waitForEvent } from './helpers.mjs';

const MiB = 1024 * 1024;
/** The loader's limit for a feed (DEFAULT_MAX_BYTES). */
const LIMIT = 5 * MiB;
/** What the kernel's socket buffers and the browser's network stack may take beyond what the page read. */
const SLACK = 16 * MiB;

let server;
let browser;
let feed;
/** Per hostile path: bytes the server managed to send, and whether the client hung up. */
const hostile = new Map();

/** Writes `chunk` for as long as the client reads, counting what was sent. */
function stream(req, res, path, headers = {}) {
  const record = { sent: 0, closed: false };
  hostile.set(path, record);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const pump = () => {
    while (!record.closed && record.sent < 4096 * MiB) {
      record.sent += chunk.length;
      if (!res.write(chunk)) return res.once('drain', pump);
    }
  };
  res.on('close', () => (record.closed = true));
  pump();
}

before(async () => {
  feed = feedHandler();
  server = await startServer({
    root: '.',
    handler: (req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/h/endless.json') return stream(req, res, path), true;
      if (path === '/h/huge.json') return stream(req, res, path, { 'Content-Length': String(50 * MiB) }), true;
      if (path === '/h/signed.json') {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(SAMPLE));
        return true;
      }
      if (path === '/h/signed.json.sig') return stream(req, res, path), true;
      return feed.handler(req, res);
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A kiosk in its own browser context: no feed copy left in Cache Storage by another test. */
async function freshKiosk(name) {
  const context = await browser.createBrowserContext();
  const page = await openKiosk(context, `${server.url}/kiosk/t-${name}.html`);
  page.once('close', () => void context.close().catch(() => undefined));
  return page;
}

// Evaluated through the DevTools protocol: the kiosk page's CSP refuses an injected <script>.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axe = async (page) => {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
};

const settle = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the server saw the client hang up, then checks that sending stopped. */
async function assertCutOff(path) {
  const record = hostile.get(path);
  assert.ok(record, `the kiosk asked for ${path}`);
  for (let i = 0; i < 100 && !record.closed; i++) await settle(100);
  assert.equal(record.closed, true, `the kiosk hung up on ${path}`);
  const at = record.sent;
  await settle(300);
  assert.equal(record.sent, at, 'nothing more was sent after the hang-up');
  return record.sent;
}

const feedAt = (generatedAt, extra = {}) => Buffer.from(JSON.stringify({ ...structuredClone(SAMPLE), generatedAt, ...extra }));

describe('kiosk feed integrity', () => {
  test('an endless feed is cut off at the limit: the server sends no more than limit + socket buffers', async () => {
    feed.state.configs.endless = baseConfig({ feedUrl: '/h/endless.json' });
    const page = await freshKiosk('endless');
    await waitForEvent(page, 'reper-sync');
    const [sync] = await events(page, 'reper-sync');
    assert.equal(sync.status, 'error');
    assert.equal(sync.errorKind, 'too-large');
    assert.equal(sync.offline, false);
    const sent = await assertCutOff('/h/endless.json');
    assert.ok(sent < LIMIT + SLACK, `sent ${(sent / MiB).toFixed(1)} MiB`);
    assert.match(await kioskText(page), /0800 500 333/);
    await page.close();
  });

  test('a 50 MB feed announced by Content-Length is refused without downloading it', async () => {
    feed.state.configs.huge = baseConfig({ feedUrl: '/h/huge.json' });
    const page = await freshKiosk('huge');
    await waitForEvent(page, 'reper-sync');
    assert.equal((await events(page, 'reper-sync'))[0].errorKind, 'too-large');
    const sent = await assertCutOff('/h/huge.json');
    assert.ok(sent < SLACK, `sent ${(sent / MiB).toFixed(1)} MiB`);
    await page.close();
  });

  test('an endless signature is cut off at 1 KiB', async () => {
    feed.state.configs.endlesssig = baseConfig({ feedUrl: '/h/signed.json', publicKeys: [keyPair().publicKeyB64] });
    const page = await freshKiosk('endlesssig');
    await waitForEvent(page, 'reper-sync');
    assert.equal((await events(page, 'reper-sync'))[0].errorKind, 'too-large');
    const sent = await assertCutOff('/h/signed.json.sig');
    assert.ok(sent < SLACK, `sent ${(sent / MiB).toFixed(1)} MiB`);
    await page.close();
  });

  test('T1 validly signed after T2 is refused, and still after a reboot', async () => {
    const key = keyPair();
    feed.state.configs.rollback = baseConfig({ publicKeys: [key.publicKeyB64] });
    const t2 = feedAt('2026-11-25T09:00:00Z', { name: 'Directorul T2' });
    feed.state.body = t2;
    feed.state.sig = key.sign(t2);
    feed.state.etag = '"t2"';
    const context = await browser.createBrowserContext();
    const page = await openKiosk(context, `${server.url}/kiosk/t-rollback.html`);
    await waitForEvent(page, 'reper-sync');
    assert.equal((await events(page, 'reper-sync')).at(-1).status, 'updated');

    const t1 = feedAt('2026-11-20T09:00:00Z', { name: 'Directorul T1' });
    feed.state.body = t1;
    feed.state.sig = key.sign(t1);
    feed.state.etag = '"t1"';
    const refused = await onKiosk(page, (k) => k.syncNow());
    assert.equal(refused.status, 'error');
    assert.equal(refused.errorKind, 'rollback');
    assert.equal(refused.generatedAt, '2026-11-25T09:00:00Z');

    // Reboot: the stored T2 comes back, and T1 is refused again.
    await page.reload({ waitUntil: 'load' });
    await waitForEvent(page, 'reper-sync', 2);
    const [restored, again] = await events(page, 'reper-sync');
    assert.equal(restored.status, 'restored');
    assert.equal(restored.generatedAt, '2026-11-25T09:00:00Z');
    assert.equal(again.errorKind, 'rollback');
    await context.close();
    feed.state.sig = undefined;
  });

  test('another directory at the same URL, or not the configured feedId, is refused', async () => {
    feed.state.body = feedAt('2026-11-25T09:00:00Z');
    feed.state.etag = '"a1"';
    feed.state.configs.otherid = baseConfig();
    const page = await freshKiosk('otherid');
    await waitForEvent(page, 'reper-sync');
    feed.state.body = feedAt('2026-11-26T09:00:00Z', { id: 'alt-director', name: 'Alt director' });
    feed.state.etag = '"a2"';
    const refused = await onKiosk(page, (k) => k.syncNow());
    assert.equal(refused.errorKind, 'other-feed');
    assert.doesNotMatch(await kioskText(page), /Alt director/);
    await page.close();

    feed.state.configs.pinned = baseConfig({ feedId: 'not-cluj' });
    const pinned = await freshKiosk('pinned');
    await waitForEvent(pinned, 'reper-sync');
    const [first] = await events(pinned, 'reper-sync');
    assert.equal(first.errorKind, 'other-feed');
    assert.match(await kioskText(pinned), /Se afișează liniile telefonice naționale/);
    await pinned.close();
  });

  test('an expired feed is shown with the "may be out of date" notice; the footer gives generatedAt', async () => {
    feed.state.body = feedAt('2024-01-10T09:00:00Z', { expiresAt: '2024-06-01T00:00:00Z' });
    feed.state.etag = '"old"';
    feed.state.configs.expired = baseConfig();
    const page = await freshKiosk('expired');
    await waitForEvent(page, 'reper-sync');
    const [sync] = await events(page, 'reper-sync');
    assert.equal(sync.status, 'updated');
    assert.equal(sync.expired, true);
    const text = await kioskText(page);
    assert.match(text, /Informațiile pot fi depășite — sunați la 0800 500 333 pentru a verifica/);
    assert.match(text, /Informații actualizate la 10 ianuarie 2024/);
    // The notice in every language and both orientations, axe-clean, inside the screen.
    const NOTICE = {
      ro: 'Informațiile pot fi depășite',
      hu: 'Az információk elavultak lehetnek',
      en: 'This information may be out of date',
      uk: 'Інформація може бути застарілою',
    };
    for (const [width, height] of [
      [1080, 1920],
      [1920, 1080],
    ]) {
      await page.setViewport({ width, height });
      for (const [lang, words] of Object.entries(NOTICE)) {
        await onKiosk(page, (k, l) => k.shadowRoot.querySelector(`.lang[lang="${l}"]`).click(), lang);
        await kioskRendered(page);
        const notice = await onKiosk(page, (k) => {
          const n = k.shadowRoot.querySelector('.footer .expired');
          const r = n.getBoundingClientRect();
          return { text: n.textContent, inside: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth, role: n.getAttribute('role') };
        });
        assert.ok(notice.text.startsWith(words), `${lang}: ${notice.text}`);
        assert.deepEqual({ inside: notice.inside, role: notice.role }, { inside: true, role: 'status' }, `${lang} ${width}×${height}`);
        assert.deepEqual(await axe(page), [], `axe violations (${lang}, ${width}×${height})`);
      }
    }
    await page.close();
  });

  test('a current feed has no notice and expired: false', async () => {
    feed.state.body = feedAt('2026-11-20T09:00:00Z', { expiresAt: '2999-01-01T00:00:00Z' });
    feed.state.etag = '"new"';
    feed.state.configs.current = baseConfig();
    const page = await freshKiosk('current');
    await waitForEvent(page, 'reper-sync');
    assert.equal((await events(page, 'reper-sync'))[0].expired, false);
    assert.doesNotMatch(await kioskText(page), /pot fi depășite/);
    await page.close();
  });

  test('31,000 invalid services are "invalid" (not offline), and the kiosk stays responsive meanwhile', async () => {
    const bad = structuredClone(SAMPLE);
    bad.services = Array.from({ length: 31_000 }, (_, i) => ({ id: `s${i}`, name: 7, categories: ['nope'] }));
    feed.state.body = Buffer.from(JSON.stringify(bad));
    feed.state.etag = '"bad"';
    feed.state.configs.invalid = baseConfig();
    const page = await freshKiosk('invalid');
    await waitForEvent(page, 'reper-sync');
    const [sync] = await events(page, 'reper-sync');
    assert.equal(sync.status, 'error');
    assert.equal(sync.errorKind, 'invalid');
    assert.equal(sync.offline, false);
    assert.match(sync.reason, /^\d{5,} problem\(s\): services\[0\]/);
    // Once more, counting the timer tasks that run while the feed is being refused.
    const ticks = await onKiosk(page, async (k) => {
      let n = 0;
      let done = false;
      const tick = () => {
        if (done) return;
        n++;
        setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      const outcome = await k.syncNow();
      done = true;
      return { n, kind: outcome.errorKind };
    });
    assert.equal(ticks.kind, 'invalid');
    assert.ok(ticks.n > 1, `the page ran other tasks during the refusal (${ticks.n})`);
    await page.close();
  });
});
