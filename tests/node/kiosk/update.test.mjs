// A new app version is applied only at an idle reset, never under a person's hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { baseConfig, feedHandler, onKiosk, openKiosk, view } from './helpers.mjs';

const feed = feedHandler();
const ctx = useServerAndBrowser({ handler: feed.handler });

test('a waiting service worker takes over at the next reset, not while the finder is in use', async () => {
  feed.state.configs['sw-update'] = baseConfig();
  const context = await ctx.browser.createBrowserContext();
  const page = await openKiosk(context, `${ctx.server.url}/kiosk/t-sw-update.html`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // From the second load on, the worker controls the kiosk (as on every boot after the first).
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract'));
  assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);
  // Someone is using the finder.
  await onKiosk(page, (k) => k.shadowRoot.querySelector('.nav:nth-child(2)').click());
  await page.evaluate(() => (window.__sameDocument = true));

  feed.state.swSuffix = 'version 2';
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
  });
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting, { timeout: 20000 });
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload under a person’s hand');
  assert.equal(await view(page), 'finder');

  // The idle reset applies it: the page reloads under the new worker.
  const reloaded = page.waitForNavigation({ timeout: 20000 });
  await onKiosk(page, (k) => k.reset('idle'));
  await reloaded;
  await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract'));
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
  assert.equal(waiting, false, 'the new worker is active');
  feed.state.swSuffix = '';
  await context.close();
});
