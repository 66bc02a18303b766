// The feed server down, slow (no answer: the loader's timeout), answering 500, or sending 50 MB:
// on examples/csp.html (strict CSP, feed on another origin) the provider keeps the last good
// directory — or, with none yet, the built-in national lines — the helpline and the finder never
// go blank, and the reason reaches the operator as a `reper-directory-error` event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { launchBrowser } from '../helpers/browser.mjs';
import { startFeedServer, startPageServer, strictCsp, watch } from './helpers.mjs';

/** How the feed server treats the feed (not its signature) right now. */
let mode = 'ok';
let feed;
let plainFeed;
let site;
let browser;
let closedPort;
const hanging = new Set();

const FIFTY_MB = 50 * 1024 * 1024;

before(async () => {
  feed = await startFeedServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== '/examples/data/cluj-sample.json' || mode === 'ok') return false;
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (mode === 'down') {
      req.socket.destroy();
    } else if (mode === 'slow') {
      hanging.add(res); // never answers
    } else if (mode === '500') {
      res.writeHead(500, cors).end('Internal Server Error');
    } else if (mode === '50mb-declared') {
      res.writeHead(200, { ...cors, 'content-type': 'application/json', 'content-length': String(FIFTY_MB) });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < FIFTY_MB && res.write(chunk)) sent += chunk.length;
        if (sent >= FIFTY_MB) res.end();
      };
      res.on('drain', pump);
      res.on('close', () => res.off('drain', pump));
      pump();
    } else if (mode === '50mb-chunked') {
      // No length: the loader must stop reading at its limit.
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < FIFTY_MB && !res.destroyed && res.write(chunk)) sent += chunk.length;
        if (sent >= FIFTY_MB) res.end();
      };
      res.on('drain', pump);
      pump();
    }
    return true;
  });
  // A feed host that sends CORS headers but refuses preflights (a plain static server).
  plainFeed = await startFeedServer(undefined, { preflight: false });
  // A port nothing listens on: a feed server that is down.
  const probe = createServer();
  await new Promise((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = probe.address().port;
  await new Promise((r) => probe.close(r));

  site = await startPageServer({
    pages: {
      '/examples/csp.html': (html) => html.replace('src="data/cluj-sample.json"', `src="${feed.url}/examples/data/cluj-sample.json"`),
      '/examples/csp-plain.html': async () =>
        (await import('node:fs/promises'))
          .readFile('examples/csp.html', 'utf8')
          .then((html) => html.replace('src="data/cluj-sample.json"', `src="${plainFeed.url}/examples/data/cluj-sample.json"`)),
      '/examples/csp-down.html': async () =>
        (await import('node:fs/promises'))
          .readFile('examples/csp.html', 'utf8')
          .then((html) => html.replace('src="data/cluj-sample.json"', `src="http://127.0.0.1:${closedPort}/cluj-sample.json"`)),
    },
    csp: (path) => strictCsp(path.includes('down') ? `http://127.0.0.1:${closedPort}` : path.includes('plain') ? plainFeed.url : feed.url),
  });
  browser = await launchBrowser();
});

after(async () => {
  for (const res of hanging) res.destroy();
  await browser?.close();
  await Promise.all([feed?.close(), plainFeed?.close(), site?.close()]);
});

async function open(path) {
  const page = await browser.newPage();
  const found = await watch(page, [site.url, feed.url, plainFeed.url, `http://127.0.0.1:${closedPort}`]);
  await page.evaluateOnNewDocument(() => {
    window.__events = [];
    for (const type of ['reper-directory-load', 'reper-directory-error']) {
      document.addEventListener(type, (e) =>
        window.__events.push({ type, notModified: e.detail.notModified, kind: e.detail.kind, message: e.detail.message, showing: e.detail.showing, problems: e.detail.problems?.length }),
      );
    }
  });
  await page.goto(`${site.url}${path}`, { waitUntil: 'domcontentloaded' });
  return { page, found };
}

/** What a person sees: the helpline number, the finder's results and notice. */
const seen = (page) =>
  page.evaluate(async () => {
    const hotline = document.querySelector('#hotline');
    const finder = document.querySelector('#finder');
    await hotline?.updateComplete;
    await finder?.updateComplete;
    const number = hotline?.shadowRoot?.querySelector('[part="number"]');
    return {
      number: number?.textContent.trim(),
      numberVisible: (number?.getBoundingClientRect().height ?? 0) > 0,
      results: finder?.resultCount ?? 0,
      firstResult: finder?.shadowRoot?.querySelector('.result .name')?.textContent.trim(),
      notice: finder?.shadowRoot?.querySelector('[part="notice"]')?.textContent.trim() ?? '',
      events: window.__events,
    };
  });

const errorEvent = (page, timeout = 20_000) =>
  page.waitForFunction(() => window.__events.some((e) => e.type === 'reper-directory-error'), { timeout, polling: 100 });

const NATIONAL = /0800 500 333|Linia/;

// No good copy yet: the built-in national lines, and the reason as an event.
for (const [name, path, setMode, kind] of [
  ['down (nothing listens)', '/examples/csp-down.html', 'ok', 'network'],
  ['down (connection reset)', '/examples/csp.html', 'down', 'network'],
  ['answering 500', '/examples/csp.html', '500', 'http'],
  ['sending 50 MB (declared)', '/examples/csp.html', '50mb-declared', 'too-large'],
  ['sending 50 MB (no length)', '/examples/csp.html', '50mb-chunked', 'too-large'],
  ['too slow (no answer before the timeout)', '/examples/csp.html', 'slow', 'timeout'],
]) {
  test(`feed server ${name}, no good copy yet: built-in national lines, reper-directory-error "${kind}"`, async () => {
    mode = setMode;
    const { page, found } = await open(path);
    // While it waits (or hangs), nothing is blank.
    await page.waitForFunction(() => document.querySelector('#finder')?.resultCount > 0, { timeout: 10_000 });
    const waiting = await seen(page);
    assert.equal(waiting.number, '0800 500 333');
    assert.ok(waiting.numberVisible);
    await errorEvent(page);
    const after = await seen(page);
    await page.close();
    const errors = after.events.filter((e) => e.type === 'reper-directory-error');
    assert.equal(errors.length, 1, JSON.stringify(after.events));
    assert.equal(errors[0].kind, kind, errors[0].message);
    assert.ok(errors[0].message.trim().length > 0);
    assert.equal(errors[0].showing, 'built-in');
    assert.equal(after.number, '0800 500 333');
    assert.ok(after.results > 0, 'the finder shows the built-in national lines');
    assert.match(after.firstResult ?? '', NATIONAL);
    assert.match(after.notice, /națion|naţion|national/i, 'the finder says it only has the national lines');
    assert.deepEqual(found.errors, []);
  });
}

// A good copy first, then the server fails: the last good directory stays.
for (const [name, setMode, kind] of [
  ['goes down', 'down', 'network'],
  ['answers 500', '500', 'http'],
  ['sends 50 MB', '50mb-declared', 'too-large'],
  ['stops answering', 'slow', 'timeout'],
]) {
  test(`feed server ${name} after a good load: the last good directory stays, reper-directory-error "${kind}"`, async () => {
    mode = 'ok';
    const { page, found } = await open('/examples/csp.html');
    await page.waitForFunction(() => document.querySelector('#finder')?.resultCount === 34, { timeout: 15_000 });
    mode = setMode;
    await page.evaluate(() => void document.querySelector('#provider').refreshDirectory());
    await errorEvent(page);
    const after = await seen(page);
    await page.close();
    const errors = after.events.filter((e) => e.type === 'reper-directory-error');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].kind, kind, errors[0].message);
    assert.ok(errors[0].message.trim());
    assert.equal(errors[0].showing, 'feed');
    assert.equal(after.results, 34, 'the last good sample directory is still shown');
    assert.match(after.notice, /Date de probă/);
    assert.equal(after.number, '0800 500 333');
    assert.deepEqual(found.errors, []);
  });
}

test('feed server unchanged after a good load: the cross-origin revalidation answers 304 and nothing changes', async () => {
  mode = 'ok';
  const { page, found } = await open('/examples/csp.html');
  await page.waitForFunction(() => document.querySelector('#finder')?.resultCount === 34, { timeout: 15_000 });
  await page.evaluate(() => document.querySelector('#provider').refreshDirectory());
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'reper-directory-load').length === 2, { timeout: 10_000 });
  const after = await seen(page);
  const notModified = await page.evaluate(() => document.querySelector('#provider').directoryState.status);
  await page.close();
  assert.equal(notModified, 'ready');
  assert.deepEqual(after.events.map((e) => e.notModified), [false, true], 'the second load was a 304');
  assert.equal(after.results, 34);
  assert.deepEqual(after.events.filter((e) => e.type === 'reper-directory-error'), []);
  assert.ok(feed.requests.some((r) => r.headers['if-none-match']), 'the refresh revalidated with the ETag');
  assert.deepEqual(found.errors, []);
});

test('feed host on another origin that refuses CORS preflights: a refresh still works (retried without If-None-Match)', async () => {
  const { page, found } = await open('/examples/csp-plain.html');
  await page.waitForFunction(() => document.querySelector('#finder')?.resultCount === 34, { timeout: 15_000 });
  await page.evaluate(() => document.querySelector('#provider').refreshDirectory());
  await page.waitForFunction(() => window.__events.length >= 2, { timeout: 10_000 });
  const after = await seen(page);
  await page.close();
  assert.deepEqual(
    after.events.map((e) => e.type),
    ['reper-directory-load', 'reper-directory-load'],
    JSON.stringify(after.events),
  );
  assert.equal(after.results, 34);
  assert.deepEqual(found.errors, []);
});
