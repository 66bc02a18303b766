// The kiosk's opt-in usage counters, end to end in Chromium: three sessions with typed searches give
// `sessions: 3`; nothing typed is anywhere in storage, the heartbeat or the exported file; the
// totals survive the idle reset and a reload; counts under 5 leave the kiosk as "<5"; the attract
// screen says so in the kiosk's languages; and with no `counters` in the config nothing is counted.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { baseConfig, feedHandler, heartbeatAfter, kioskRendered, kioskText, onKiosk, openKiosk, view, waitForEvent } from './helpers.mjs';

/** Typed into the finder; must never be found anywhere after. */
const SECRET = 'zqx7 kwm9';
const LINES = {
  ro: 'Acest ecran numără de câte ori este folosit, niciodată ce căutați.',
  hu: 'Ez a képernyő azt számolja, hányszor használják, azt soha, hogy mit keres.',
  en: 'This screen counts how often it is used, never what you search for.',
  uk: 'Цей екран рахує, як часто ним користуються, але ніколи — що ви шукаєте.',
};
const month = () => {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Bucharest', year: 'numeric', month: '2-digit' }).formatToParts(new Date()).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}`;
};

let server;
let browser;
let feed;
let downloads;
before(async () => {
  feed = feedHandler();
  server = await startServer({ root: '.', handler: feed.handler });
  browser = await launchBrowser();
  downloads = mkdtempSync(join(tmpdir(), 'reper-counters-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Everything the page keeps: every Cache Storage entry's text, Web Storage, IndexedDB names, cookies. */
const storage = (page) =>
  page.evaluate(async () => {
    const entries = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) entries.push({ cache: name, url: req.url, text: await (await cache.match(req)).text() });
    }
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    return { entries, local: localStorage.length, session: sessionStorage.length, dbs, cookie: document.cookie };
  });

/** One person: tap the attract screen, choose "shelter", type a search, then leave with the quick exit. */
async function session(page) {
  await page.mouse.click(540, 1500);
  await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder')?.shadowRoot?.querySelector('input[type="search"]'));
  // The kiosk folds each group of tiles to one row: unfold "What kind of help?", then choose the second kind.
  await onKiosk(page, (k) => k.shadowRoot.querySelector('reper-finder').shadowRoot.querySelector('section[aria-labelledby="k-what"] .tile.group').click());
  await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder').shadowRoot.querySelector('#k-what-tiles .tile:nth-child(2)'));
  await onKiosk(page, (k) => k.shadowRoot.querySelector('reper-finder').shadowRoot.querySelector('#k-what-tiles .tile:nth-child(2)').click());
  const input = await page.evaluateHandle(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder').shadowRoot.querySelector('input[type="search"]'));
  const from = await page.evaluate(() => window.__events.length);
  await input.asElement().type(SECRET);
  // The finder's debounced reper-search for what was typed (it matches nothing).
  await page.waitForFunction((n) => window.__events.slice(n).some((e) => e.type === 'reper-search' && e.detail.results === 0), { timeout: 10_000 }, from);
  const resets = await page.evaluate(() => window.__events.filter((e) => e.type === 'reper-kiosk-reset').length);
  await onKiosk(page, (k) => k.shadowRoot.querySelector('reper-exit').shadowRoot.querySelector('a, button').click());
  await waitForEvent(page, 'reper-kiosk-reset', resets + 1);
  assert.equal(await view(page), 'attract');
}

// Evaluated through the DevTools protocol: the kiosk page's CSP refuses an injected <script>.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axe = async (page) => {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  return page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
};

/** The operator's shortcut for the status panel, Ctrl+Alt+S. */
async function openStatus(page) {
  await page.keyboard.down('Control');
  await page.keyboard.down('Alt');
  await page.keyboard.press('s');
  await page.keyboard.up('Alt');
  await page.keyboard.up('Control');
}

describe('kiosk counters', () => {
  test('three sessions with typed searches: sessions 3, and nothing typed in storage, heartbeat or export', async () => {
    feed.state.configs.count = baseConfig({ counters: true, heartbeatUrl: '/t/heartbeat', institution: { name: 'Spital exemplu — hol' } });
    feed.state.heartbeats.length = 0;
    const page = await openKiosk(browser, `${server.url}/kiosk/t-count.html`);
    await waitForEvent(page, 'reper-sync');
    const text = await kioskText(page);
    for (const [lang, line] of Object.entries(LINES)) assert.ok(text.includes(line), `the attract screen says it counts uses, in ${lang}`);

    for (let i = 0; i < 3; i++) await session(page);
    assert.equal((await onKiosk(page, (k) => k.counters()))[month()].sessions, 3, 'three sessions');
    // A fourth session: Hungarian chosen twice (counted once), then the QR-code page.
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.lang[lang="hu"]').click());
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.lang[lang="hu"]').click());
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.nav[data-view="resources"]').click());
    // … and "what happens when you ask for help".
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.nav[data-view="pathway"]').click());

    const counters = await onKiosk(page, (k) => k.counters());
    assert.deepEqual(counters, {
      [month()]: { sessions: 4, finderOpens: 3, categories: { shelter: 3 }, languages: { hu: 1 }, qrViews: 1, pathwayViews: 1 },
    });

    // The export from the status panel.
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await openStatus(page);
    await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.status .export'));
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.status .export').click());
    const file = join(downloads, 'kiosk-counters.json');
    for (let i = 0; i < 200 && !readdirSync(downloads).includes('kiosk-counters.json'); i++) await new Promise((r) => setTimeout(r, 100));
    const exported = readFileSync(file, 'utf8');
    assert.ok(!exported.includes('zqx7') && !exported.includes('kwm9'), 'nothing typed in the export');
    const json = JSON.parse(exported);
    assert.equal(json.schema, 'reper-kiosk-counters/1');
    assert.equal(json.kiosk, 'Spital exemplu — hol');
    assert.match(json.exported, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(json.months, { [month()]: { sessions: '<5', finderOpens: '<5', categories: { shelter: '<5' }, languages: { hu: '<5' }, qrViews: '<5', pathwayViews: '<5' } });
    assert.doesNotMatch(exported, /T\d\d:\d\d/, 'no time of day');

    const kept = await storage(page);
    assert.equal(kept.local, 0);
    assert.equal(kept.session, 0);
    assert.deepEqual(kept.dbs, []);
    assert.equal(kept.cookie, '');
    for (const e of kept.entries) assert.ok(!e.text.includes('zqx7') && !e.text.includes('kwm9'), `nothing typed in ${e.cache} ${e.url}`);
    assert.ok(kept.entries.some((e) => e.cache === 'reper-kiosk-counters/1'), 'the counters are in the kiosk’s own Cache Storage');

    // After a reload the totals are still there, and the heartbeat carries them suppressed.
    const before = feed.state.heartbeats.length;
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract'));
    // The stored totals are read from Cache Storage once the kiosk has started (asynchronously).
    await page.waitForFunction((m) => document.querySelector('reper-kiosk').counters()[m]?.sessions === 4, { timeout: 10_000 }, month());
    assert.equal((await onKiosk(page, (k) => k.counters()))[month()].sessions, 4);
    await heartbeatAfter(feed.state, before);
    const beat = feed.state.heartbeats.at(-1).body;
    assert.ok(!JSON.stringify(feed.state.heartbeats).includes('zqx7'), 'nothing typed in any heartbeat');
    assert.deepEqual(beat.counters, json.months);
    await page.close();
  });

  for (const [width, height] of [
    [1080, 1920],
    [1920, 1080],
  ]) {
    test(`with counters: the attract screen and the status panel are axe-clean in every language at ${width}×${height}`, async () => {
      feed.state.configs.countaxe = baseConfig({ counters: true, institution: { name: 'Spital exemplu' } });
      const context = await browser.createBrowserContext();
      const page = await openKiosk(context, `${server.url}/kiosk/t-countaxe.html`);
      await page.setViewport({ width, height });
      await waitForEvent(page, 'reper-sync');
      for (const lang of ['ro', 'hu', 'en', 'uk']) {
        await onKiosk(page, (k, l) => k.shadowRoot.querySelector(`.lang[lang="${l}"]`).click(), lang);
        await kioskRendered(page);
        assert.deepEqual(await axe(page), [], `attract, ${lang}`);
        const fits = await onKiosk(page, (k) => {
          const r = k.shadowRoot.querySelector('.counting').getBoundingClientRect();
          return r.height > 0 && r.bottom <= k.shadowRoot.querySelector('.footer').getBoundingClientRect().top + 1;
        });
        assert.ok(fits, `the counting line is on screen above the footer (${lang})`);
        await openStatus(page);
        await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.status .export'));
        assert.deepEqual(await axe(page), [], `status panel, ${lang}`);
        await onKiosk(page, (k) => k.shadowRoot.querySelector('.status .close').click());
      }
      await context.close();
    });
  }

  test('counters are off unless configured: nothing counted, stored, shown or sent', async () => {
    feed.state.configs.nocount = baseConfig({ heartbeatUrl: '/t/heartbeat' });
    feed.state.heartbeats.length = 0;
    const context = await browser.createBrowserContext();
    const page = await openKiosk(context, `${server.url}/kiosk/t-nocount.html`);
    await waitForEvent(page, 'reper-sync');
    const text = await kioskText(page);
    for (const line of Object.values(LINES)) assert.ok(!text.includes(line), 'no counting line when nothing is counted');
    await session(page);
    assert.deepEqual(await onKiosk(page, (k) => k.counters()), {});
    const kept = await storage(page);
    assert.ok(!kept.entries.some((e) => e.cache === 'reper-kiosk-counters/1'), 'no counters cache');
    await openStatus(page);
    assert.equal(await onKiosk(page, (k) => !!k.shadowRoot.querySelector('.status')), true, 'the status panel is open');
    assert.equal(await onKiosk(page, (k) => !!k.shadowRoot.querySelector('.status .export')), false);
    await heartbeatAfter(feed.state, 0);
    for (const h of feed.state.heartbeats) assert.equal('counters' in h.body, false);
    await context.close();
  });
});
