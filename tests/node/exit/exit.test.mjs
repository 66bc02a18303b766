// End-to-end flows of <reper-exit> that navigate, in Chromium, against cdn/exit.js (run after
// `npm run build`). The destination is a path of the test server, which records every request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';

const FIX = '/tests/node/exit/fixtures';
// As STRICT_CSP (scripts/static.mjs) for what the exit touches: `img-src data:` lets it blank the tab's icon.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

let server;
let browser;
/** Reports of the page state at `reper-exit`, sent by fixtures/record.js. */
const seen = [];

before(async () => {
  server = await startServer({
    root: '.',
    handler: async (req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (path === '/exit-dest') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="ro"><title>Vremea</title><p id="marker">DESTINATION</p></html>');
        return true;
      }
      if (path === '/xo-top') {
        // A top page on another origin (localhost vs 127.0.0.1) that frames the help page.
        const sandbox = req.url.includes('sandbox') ? ' sandbox="allow-scripts allow-same-origin"' : '';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><html lang="ro"><title>Alt site</title><h1>OTHER-SITE</h1><iframe id="frame" title="Ajutor"${sandbox} src="http://127.0.0.1:${server.port}${FIX}/help.html"></iframe></html>`,
        );
        return true;
      }
      if (path === '/decoy') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="ro"><title>Prognoza</title><p>DECOY</p></html>');
        return true;
      }
      if (path === '/exit-seen') {
        let body = '';
        for await (const chunk of req) body += chunk;
        seen.push({ ...JSON.parse(body), at: server.requests.length });
        res.writeHead(204).end();
        return true;
      }
      if (path === '/exit-stay') {
        // 204: the browser stays on the page (lets a test navigate elsewhere and come back).
        res.writeHead(204).end();
        return true;
      }
      if (path === '/csp/help.html') {
        const body = await readFile(`.${FIX}/help.html`);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
        res.end(body);
        return true;
      }
      return false;
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const requestsFor = (path) => server.requests.filter((r) => r.url.split('?')[0] === path);

async function openHelp(page, path = `${FIX}/help.html`) {
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('reper-exit')?.shadowRoot?.querySelector('a'));
}

async function shiftThreeTimes(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

test('Shift × 3 leaves for href with location.replace: history does not grow, Back skips the page', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}${FIX}/neutral.html`);
  await openHelp(page);
  const lengthBefore = await page.evaluate(() => history.length);
  const navigation = page.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  assert.equal(await page.$eval('#marker', (el) => el.textContent), 'DESTINATION');
  assert.equal(await page.evaluate(() => history.length), lengthBefore, 'no history entry was added');
  await page.goBack();
  assert.equal(new URL(page.url()).pathname, `${FIX}/neutral.html`, 'Back goes to the page before the help page');
  const text = await page.evaluate(() => document.body.innerText);
  assert.ok(!text.includes('HELP-CONTENT'), 'the help page content is not shown after Back');
  assert.ok(text.includes('PREVIOUS-PAGE'));
  await page.close();
});

test('the destination server receives no Referer header', async () => {
  const page = await browser.newPage();
  const before = requestsFor('/exit-dest').length;
  await openHelp(page);
  const navigation = page.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  const reqs = requestsFor('/exit-dest');
  assert.equal(reqs.length, before + 1);
  assert.equal(reqs.at(-1).headers.referer, undefined, `Referer sent: ${reqs.at(-1).headers.referer}`);
  await page.close();
});

test('the page is covered and its title blank before the navigation starts', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 600 });
  await openHelp(page);
  const count = seen.length;
  const navigation = page.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  // record.js reported the state from its `reper-exit` listener, which runs before navigating.
  assert.equal(seen.length, count + 1);
  const state = seen.at(-1);
  assert.deepEqual(
    { trigger: state.trigger, coverOnTop: state.coverOnTop, title: state.title, bodyDisplay: state.bodyDisplay },
    { trigger: 'shift3', coverOnTop: true, title: '', bodyDisplay: 'none' },
  );
  await page.close();
});

test('Shift × 3 while typing in a text field leaves too', async () => {
  const page = await browser.newPage();
  await openHelp(page);
  await page.focus('#field');
  await page.keyboard.type('Buna');
  const navigation = page.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  await page.close();
});

test('a click on the button leaves', async () => {
  const page = await browser.newPage();
  await openHelp(page);
  const navigation = page.waitForNavigation();
  const button = await page.evaluateHandle(() => document.querySelector('reper-exit').shadowRoot.querySelector('[part="button"]'));
  await button.click();
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  await page.close();
});

test('inside a same-origin iframe the top window leaves', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}${FIX}/neutral.html`);
  await page.goto(`${server.url}${FIX}/frame-top.html`, { waitUntil: 'load' });
  const frame = await (await page.$('#frame')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('reper-exit')?.shadowRoot?.querySelector('a'));
  const lengthBefore = await page.evaluate(() => history.length);
  await frame.focus('#field');
  const navigation = page.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest', 'the top window went to the destination');
  assert.equal(await page.evaluate(() => history.length), lengthBefore);
  assert.equal(requestsFor('/exit-dest').at(-1).headers.referer, undefined);
  await page.close();
});

test('restored from the back/forward cache, the page stays covered and leaves again', async () => {
  const page = await browser.newPage();
  await openHelp(page, `${FIX}/help-stay.html`);
  const before = requestsFor('/exit-stay').length;
  await shiftThreeTimes(page);
  await page.waitForFunction(() => window.__exitSeen !== null);
  // /exit-stay answers 204, so the covered page is still current. Go elsewhere, then Back.
  await page.goto(`${server.url}${FIX}/neutral.html`);
  await page.goBack();
  const restored = await page.evaluate(() => window.__restored === true);
  assert.ok(restored, 'the page came back from the back/forward cache (pageshow persisted)');
  const state = await page.evaluate(() => ({
    title: document.title,
    covered: document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.hasAttribute('data-reper-exit-cover'),
  }));
  assert.deepEqual(state, { title: '', covered: true });
  // It asks for the destination again on restore.
  for (let i = 0; i < 50 && requestsFor('/exit-stay').length < before + 2; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(requestsFor('/exit-stay').length, before + 2, 'left again after the restore');
  await page.close();
});

test('under a strict Content-Security-Policy with Trusted Types the exit still covers and leaves', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await openHelp(page, '/csp/help.html');
  const enforced = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(enforced, 'Trusted Types are enforced on the test page');
  // (Chromium may also log the 404 of /favicon.ico, which the test server does not have.)
  const violations = errors.filter((e) => !/^Failed to load resource/.test(e));
  assert.equal(violations.length, 1, `the probe above was reported as a violation: ${JSON.stringify(errors)}`);
  errors.length = 0;
  const count = seen.length;
  const navigation = page.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  assert.equal(seen.length, count + 1);
  assert.equal(seen.at(-1).coverOnTop, true, 'the cover is drawn although inline styles are forbidden');
  assert.deepEqual(errors.filter((e) => /Content.Security|Trusted/i.test(e)), []);
  await page.close();
});

async function clickButton(page) {
  const button = await page.evaluateHandle(() => document.querySelector('reper-exit').shadowRoot.querySelector('[part="button"]'));
  await button.click();
}

test('decoy-href opens a neutral tab on click (no Referer) while the page leaves', async () => {
  const page = await browser.newPage();
  await openHelp(page, `${FIX}/help-decoy.html`);
  const decoyTab = new Promise((resolve) => browser.once('targetcreated', resolve));
  const navigation = page.waitForNavigation();
  await clickButton(page);
  await navigation;
  const target = await decoyTab;
  assert.equal(new URL(target.url()).pathname, '/decoy');
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  for (let i = 0; i < 50 && !requestsFor('/decoy').length; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(requestsFor('/decoy').at(-1).headers.referer, undefined);
  await (await target.page())?.close();
  await page.close();
});

test('a blocked decoy pop-up does not stop the exit; keys never open the decoy', async () => {
  const page = await browser.newPage();
  await openHelp(page, `${FIX}/help-decoy.html`);
  await page.evaluate(() => {
    window.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  let navigation = page.waitForNavigation();
  await clickButton(page);
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');

  const decoysBefore = requestsFor('/decoy').length;
  await openHelp(page, `${FIX}/help-decoy.html`);
  navigation = page.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  assert.equal(requestsFor('/decoy').length, decoysBefore, 'no decoy from a key press');
  await page.close();
});

test('escape2: Escape twice leaves', async () => {
  const page = await browser.newPage();
  await openHelp(page, `${FIX}/help-escape.html`);
  const navigation = page.waitForNavigation();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  await page.close();
});

test('the skip link is the first Tab stop and Enter leaves', async () => {
  const page = await browser.newPage();
  await openHelp(page, `${FIX}/help-escape.html`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const host = document.activeElement;
    return { tag: host?.localName, variant: host?.getAttribute('variant'), inner: host?.shadowRoot?.activeElement?.getAttribute('part') };
  });
  assert.deepEqual(focused, { tag: 'reper-exit', variant: 'skiplink', inner: 'button' });
  const navigation = page.waitForNavigation();
  await page.keyboard.press('Enter');
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  await page.close();
});

async function crossOriginFrame(query) {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${server.port}/xo-top${query}`, { waitUntil: 'load' });
  const frame = await (await page.$('#frame')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('reper-exit')?.shadowRoot?.querySelector('a'));
  await frame.focus('#field');
  return { page, frame };
}

test('inside a cross-origin iframe a key press still makes the top window leave', async () => {
  const { page } = await crossOriginFrame('');
  const navigation = page.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  assert.equal(page.url(), `http://127.0.0.1:${server.port}/exit-dest`);
  assert.equal(requestsFor('/exit-dest').at(-1).headers.referer, undefined);
  await page.close();
});

test('inside a sandboxed iframe that may not navigate the top, the frame itself leaves', async () => {
  const { page, frame } = await crossOriginFrame('?sandbox');
  const navigation = frame.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/xo-top', 'the top page could not be navigated');
  assert.equal(frame.url(), `http://127.0.0.1:${server.port}/exit-dest`);
  await page.close();
});

test('the exit covers top-layer elements, blanks the favicon and leaves past a beforeunload guard', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 600 });
  const prompts = [];
  page.on('dialog', (d) => {
    prompts.push(d.type());
    void d.accept();
  });
  await openHelp(page, `${FIX}/help-guards.html`);
  // The modal dialog on <html> is on screen before the exit.
  assert.equal(await page.evaluate(() => document.querySelector('#modal').open), true);
  // The click gives the page user activation, without which Chromium shows no "Leave site?" prompt.
  await page.mouse.click(400, 300);
  const count = seen.length;
  const navigation = page.waitForNavigation();
  await shiftThreeTimes(page);
  await navigation;
  assert.equal(new URL(page.url()).pathname, '/exit-dest');
  assert.deepEqual(prompts, [], 'no "Leave site?" prompt held the exit');
  assert.equal(seen.length, count + 1);
  const state = seen.at(-1);
  assert.deepEqual(
    { coverOnTop: state.coverOnTop, title: state.title, openDialogs: state.openDialogs, openPopovers: state.openPopovers, icons: state.icons },
    { coverOnTop: true, title: '', openDialogs: 0, openPopovers: 0, icons: ['data:,'] },
  );
  await page.close();
});
