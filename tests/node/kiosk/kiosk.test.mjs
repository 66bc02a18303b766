// The lobby kiosk, end to end in Chromium against a local feed server: boot, touch, idle reset,
// quick exit, sync (304, change, invalid, bad signature), the operator error screen, heartbeat.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { SAMPLE, baseConfig, events, feedHandler, heartbeatAfter, keyPair, kioskText, onKiosk, openKiosk, view, waitForEvent } from './helpers.mjs';

let server;
let browser;
let feed;
before(async () => {
  feed = feedHandler();
  server = await startServer({ root: '.', handler: feed.handler });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('kiosk', () => {
  test('boots on the shipped demo config with the helpline and the sample directory', async () => {
    const page = await openKiosk(browser, `${server.url}/kiosk/`);
    await waitForEvent(page, 'reper-sync');
    const [sync] = await events(page, 'reper-sync');
    assert.equal(sync.status, 'updated');
    const text = await kioskText(page);
    assert.match(text, /0800 500 333/);
    assert.match(text, /Informații actualizate la/);
    assert.match(text, /Date de exemplu/, 'a kiosk on the sample feed says so');
    assert.equal(await view(page), 'attract');
    await page.close();
  });

  test('a tap opens the finder; a search left idle is gone after the reset', async () => {
    feed.state.configs.idle = baseConfig({ idleSeconds: 5 });
    const page = await openKiosk(browser, `${server.url}/kiosk/t-idle.html`);
    await waitForEvent(page, 'reper-sync');
    await page.mouse.click(540, 1500); // anywhere on the attract screen
    await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder'));
    assert.equal(await view(page), 'finder');
    // Choose another language and type a search, then leave it.
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.lang[lang="hu"]').click());
    const input = await page.evaluateHandle(() =>
      document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder').shadowRoot.querySelector('input[type="search"]'),
    );
    await input.asElement().type('consiliere');
    assert.equal(await page.evaluate((i) => i.value, input), 'consiliere');
    await waitForEvent(page, 'reper-kiosk-reset');
    const [reset] = await events(page, 'reper-kiosk-reset');
    assert.equal(reset.reason, 'idle');
    assert.equal(await view(page), 'attract');
    const state = await onKiosk(page, (k) => ({
      finder: !!k.shadowRoot.querySelector('reper-finder'),
      lang: k.shadowRoot.querySelector('.frame').getAttribute('lang'),
      pressed: k.shadowRoot.querySelector('.lang[aria-pressed="true"]').getAttribute('lang'),
    }));
    assert.deepEqual(state, { finder: false, lang: 'ro', pressed: 'ro' });
    // Open the finder again: the search field is empty.
    await page.mouse.click(540, 1500);
    await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder')?.shadowRoot?.querySelector('input[type="search"]'));
    const value = await page.evaluate(
      () => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder').shadowRoot.querySelector('input[type="search"]').value,
    );
    assert.equal(value, '');
    await page.close();
  });

  test('"what happens next": the pathway with the numbers as text, in the kiosk language, forgotten at the idle reset', async () => {
    feed.state.configs.pathway = baseConfig({ idleSeconds: 5 });
    const page = await openKiosk(browser, `${server.url}/kiosk/t-pathway.html`);
    await waitForEvent(page, 'reper-sync');
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.lang[lang="en"]').click());
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.nav[data-view="pathway"]').click());
    const ready = () =>
      page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-pathway')?.shadowRoot?.querySelector('h2'));
    await ready();
    assert.equal(await view(page), 'pathway');
    const seen = await onKiosk(page, (k) => {
      const p = k.shadowRoot.querySelector('reper-pathway').shadowRoot;
      return {
        title: p.querySelector('h2').textContent.trim(),
        text: p.textContent.replace(/\s+/g, ' '),
        links: p.querySelectorAll('a').length,
        nav: k.shadowRoot.querySelector('.nav[data-view="pathway"]').textContent.trim(),
      };
    });
    assert.equal(seen.title, 'What happens when you ask for help');
    assert.equal(seen.nav, 'What happens next');
    assert.match(seen.text, /0800 500 333/);
    assert.match(seen.text, /112/);
    assert.equal(seen.links, 0, 'a kiosk cannot call: numbers are text');
    // Open a step, then leave the kiosk alone.
    await onKiosk(page, (k) => k.shadowRoot.querySelector('reper-pathway').shadowRoot.querySelector('button[aria-controls="d-imminent"]').click());
    assert.equal(
      await onKiosk(page, (k) => k.shadowRoot.querySelector('reper-pathway').shadowRoot.querySelector('button[aria-controls="d-imminent"]').getAttribute('aria-expanded')),
      'true',
    );
    await waitForEvent(page, 'reper-kiosk-reset');
    assert.equal(await view(page), 'attract');
    assert.equal(await onKiosk(page, (k) => !!k.shadowRoot.querySelector('reper-pathway')), false);
    // Back on the view: the default language and every step closed again.
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.nav[data-view="pathway"]').click());
    await ready();
    const again = await onKiosk(page, (k) => {
      const p = k.shadowRoot.querySelector('reper-pathway').shadowRoot;
      return { title: p.querySelector('h2').textContent.trim(), open: p.querySelectorAll('[aria-expanded="true"]').length };
    });
    assert.deepEqual(again, { title: 'Ce se întâmplă când ceri ajutor', open: 0 });
    await page.close();
  });

  test('quick exit returns to the attract screen without leaving the page', async () => {
    feed.state.configs.exit = baseConfig();
    const page = await openKiosk(browser, `${server.url}/kiosk/t-exit.html`);
    const url = page.url();
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.nav:nth-child(2)').click());
    await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder'));
    const button = await page.evaluateHandle(() => {
      const exit = document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-exit');
      return exit.shadowRoot.querySelector('a, button');
    });
    await button.asElement().click();
    await waitForEvent(page, 'reper-kiosk-reset');
    const [reset] = await events(page, 'reper-kiosk-reset');
    assert.equal(reset.reason, 'exit');
    assert.equal(await view(page), 'attract');
    assert.equal(page.url(), url);
    assert.equal(await page.evaluate(() => document.title), 'kiosk test');
    await page.close();
  });

  test('sync: 304 changes nothing, a new feed appears, an invalid feed is refused and the last good one stays', async () => {
    feed.state.configs.sync = baseConfig();
    feed.state.body = Buffer.from(JSON.stringify(SAMPLE));
    feed.state.etag = '"v1"';
    const page = await openKiosk(browser, `${server.url}/kiosk/t-sync.html`);
    await waitForEvent(page, 'reper-sync');
    const unchanged = await onKiosk(page, (k) => k.syncNow());
    assert.equal(unchanged.status, 'not-modified', 'a 304 swaps nothing in');

    const changed = structuredClone(SAMPLE);
    changed.services[0].name = 'Serviciu nou (exemplu)';
    feed.state.body = Buffer.from(JSON.stringify(changed));
    feed.state.etag = '"v2"';
    const updated = await onKiosk(page, (k) => k.syncNow());
    assert.equal(updated.status, 'updated');
    assert.equal(updated.etag, '"v2"');
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.nav:nth-child(2)').click());
    await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder')?.shadowRoot?.textContent.includes('Serviciu nou (exemplu)'));

    const broken = structuredClone(SAMPLE);
    broken.services[0].phones[0].number = '0264 000 000';
    broken.services[1].website = 'javascript:alert(1)';
    feed.state.body = Buffer.from(JSON.stringify(broken));
    feed.state.etag = '"v3"';
    const refused = await onKiosk(page, (k) => k.syncNow());
    assert.equal(refused.status, 'error');
    assert.equal(refused.errorKind, 'invalid');
    assert.match(refused.reason, /services\[0\]\.phones\[0\]\.number/);
    assert.match(refused.reason, /services\[1\]\.website/);
    const finderText = await page.evaluate(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder').shadowRoot.textContent);
    assert.match(finderText, /Serviciu nou \(exemplu\)/);

    // The operator sees why in the status panel (five taps on the corner).
    for (let i = 0; i < 5; i++) await onKiosk(page, (k) => k.shadowRoot.querySelector('.corner').click());
    const status = await onKiosk(page, (k) => k.shadowRoot.querySelector('.status')?.textContent ?? '');
    assert.match(status, /eroare \(date invalide\)/, "the outcome in the operator's language");
    assert.match(status, /services\[0\]\.phones\[0\]\.number/);
    assert.match(status, /"v2"/);
    await page.close();
  });

  test('a feed not signed by a pinned key is refused; a good signature is accepted', async () => {
    const good = keyPair();
    const other = keyPair();
    feed.state.configs.signed = baseConfig({ publicKeys: [good.publicKeyB64] });
    feed.state.body = Buffer.from(JSON.stringify(SAMPLE));
    feed.state.etag = '"s1"';
    feed.state.sig = good.sign(feed.state.body);
    const page = await openKiosk(browser, `${server.url}/kiosk/t-signed.html`);
    await waitForEvent(page, 'reper-sync');
    assert.equal((await events(page, 'reper-sync')).at(-1).status, 'updated');

    const tampered = structuredClone(SAMPLE);
    tampered.services[0].name = 'Altered';
    feed.state.body = Buffer.from(JSON.stringify(tampered));
    feed.state.etag = '"s2"';
    feed.state.sig = other.sign(feed.state.body);
    const refused = await onKiosk(page, (k) => k.syncNow());
    assert.equal(refused.status, 'error');
    assert.equal(refused.errorKind, 'signature');
    assert.doesNotMatch(await kioskText(page), /Altered/);
    feed.state.sig = undefined;
    await page.close();
  });

  test('an invalid config shows the operator error screen, every problem, and still the helpline', async () => {
    feed.state.configs.bad = { feedUrl: '/t/feed.json', idleSeconds: 2, refreshMinutes: 0, languages: ['ro', 'de'], colour: 'red' };
    const page = await openKiosk(browser, `${server.url}/kiosk/t-bad.html`);
    const text = await kioskText(page);
    assert.match(text, /0800 500 333/);
    assert.match(text, /Chioșcul nu este configurat corect/);
    for (const path of ['idleSeconds', 'refreshMinutes', 'languages[1]', 'colour']) assert.ok(text.includes(path), `names ${path}: ${text}`);
    await page.close();
  });

  test('config errors are in the operator’s language: every problem, its path and reason, no markdown', async () => {
    feed.state.configs['bad-hu'] = { defaultLanguage: 'hu', languages: ['hu', 'ro'], idleSeconds: 3, publicKeys: ['placeholder'], colour: 'red', schedule: [] };
    const page = await openKiosk(browser, `${server.url}/kiosk/t-bad-hu.html`);
    const found = await onKiosk(page, (k) => ({
      lang: k.shadowRoot.querySelector('.frame').getAttribute('lang'),
      title: k.shadowRoot.querySelector('.operator h1').textContent.trim(),
      items: [...k.shadowRoot.querySelectorAll('.problems li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
    }));
    assert.equal(found.lang, 'hu');
    assert.equal(found.title, 'A kioszk beállításai hibásak');
    const byPath = Object.fromEntries(found.items.map((t) => [t.split(' ')[0], t]));
    assert.match(byPath.idleSeconds, /legalább 5 kell legyen/);
    assert.match(byPath['publicKeys[0]'], /nyilvános kulcs/);
    assert.match(byPath.colour, /ismeretlen mező: „colour”/);
    assert.match(byPath.schedule, /nyitvatartási sáv/);
    for (const item of found.items) assert.doesNotMatch(item, /`/, `no markdown: ${item}`);
    await page.close();
  });

  test('with no feed copy at all and the feed server down, it shows the national lines', async () => {
    feed.state.configs.down = baseConfig({ feedUrl: '/t/feed.json' });
    feed.state.status = 500;
    const context = await browser.createBrowserContext();
    const page = await openKiosk(context, `${server.url}/kiosk/t-down.html`);
    await waitForEvent(page, 'reper-sync');
    const [sync] = await events(page, 'reper-sync');
    assert.equal(sync.status, 'error');
    assert.equal(sync.errorKind, 'http');
    const text = await kioskText(page);
    assert.match(text, /Se afișează liniile telefonice naționale/);
    await onKiosk(page, (k) => k.shadowRoot.querySelector('.nav:nth-child(2)').click());
    await page.waitForFunction(() => /0800 500 333/.test(document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder')?.shadowRoot?.textContent ?? ''));
    feed.state.status = 200;
    await context.close();
  });

  test('the heartbeat carries health, not people', async () => {
    feed.state.configs.beat = baseConfig({ heartbeatUrl: '/t/heartbeat' });
    feed.state.heartbeats.length = 0;
    const page = await openKiosk(browser, `${server.url}/kiosk/t-beat.html`);
    await page.mouse.click(540, 1500);
    await heartbeatAfter(feed.state, 0);
    const { body, headers } = feed.state.heartbeats[0];
    const allowed = ['etag', 'heapBytes', 'lastSync', 'offline', 'uptimeSeconds', 'version'];
    for (const key of Object.keys(body)) assert.ok(allowed.includes(key), `unexpected heartbeat field ${key}`);
    if (body.lastSync) for (const key of Object.keys(body.lastSync)) assert.ok(['status', 'at', 'errorKind'].includes(key), `unexpected lastSync field ${key}`);
    assert.ok(typeof body.version === 'string' && typeof body.uptimeSeconds === 'number');
    assert.equal(headers.cookie, undefined);
    assert.equal(headers.referer, undefined);
    await page.close();
  });
});
