// Served over plain http from an intranet name (not localhost) the browser gives the kiosk no
// service worker and no Cache Storage: the status panel and the heartbeat say so, in the
// operator's language, instead of "errors: none".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../helpers/server.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { CHROMIUM_ARGS } from '../../../scripts/chromium.mjs';
import { baseConfig, feedHandler, heartbeatAfter, onKiosk, openKiosk } from './helpers.mjs';

let server;
let browser;
const feed = feedHandler();
before(async () => {
  server = await startServer({ root: '.', handler: feed.handler });
  // kiosk.lan is the intranet name; it resolves to the test server on 127.0.0.1.
  // (launchBrowser's options replace its args, so the defaults are passed again.)
  browser = await launchBrowser({ args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP kiosk.lan 127.0.0.1'] });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('http on an intranet name: no offline start, and the status panel and heartbeat say why', async () => {
  feed.state.configs['sw-insecure'] = baseConfig({ heartbeatUrl: '/t/heartbeat' });
  feed.state.heartbeats.length = 0;
  const page = await openKiosk(browser, `http://kiosk.lan:${server.port}/kiosk/t-sw-insecure.html`);
  assert.equal(await page.evaluate(() => isSecureContext), false);
  await onKiosk(page, (k) => {
    for (let i = 0; i < 5; i++) k.shadowRoot.querySelector('.corner').click();
  });
  await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.status .offline-state'));
  const state = await onKiosk(page, (k) => k.shadowRoot.querySelector('.status .offline-state').textContent.replace(/\s+/g, ' ').trim());
  assert.match(state, /^nu /, `offline start is not ready: ${state}`);
  assert.match(state, /Pornirea fără rețea nu este posibilă: pagina este servită prin http/);
  await heartbeatAfter(feed.state, 0);
  const { body } = feed.state.heartbeats[0];
  assert.equal(body.offline.ready, false);
  assert.ok(body.offline.problems.some((p) => p.kind === 'insecure' && /https/.test(p.message)), JSON.stringify(body.offline));
  await page.close();
});
