// Offline start under the policy `npm start` serves pages with (STRICT_CSP: Trusted Types
// enforced): the service worker registers through the kiosk's named policy, and a reload with the
// network down shows the helpline, not the browser's error page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { pageHeaders, serveStatic } from '../../../scripts/static.mjs';
import { kioskText, onKiosk, openKiosk } from './helpers.mjs';

const ctx = useServerAndBrowser({
  // What scripts/serve.mjs does: every page gets the strict policy.
  handler: (req, res) => serveStatic('.', req, res, pageHeaders(new URL(req.url, 'http://x').pathname)).then(() => true),
});

test('under the strict CSP the worker registers, the status panel says so, and an offline reload shows the kiosk', async () => {
  const context = await ctx.browser.createBrowserContext();
  const page = await openKiosk(context, `${ctx.server.url}/kiosk/`);
  const csp = (await page.goto(`${ctx.server.url}/kiosk/`, { waitUntil: 'load' })).headers()['content-security-policy'];
  assert.match(csp, /require-trusted-types-for 'script'/, 'served as npm start serves it');
  const registered = await page.evaluate(
    () => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 15000))]),
  );
  assert.equal(registered, true, 'the service worker registered under Trusted Types');
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract'));
  await onKiosk(page, (k) => {
    for (let i = 0; i < 5; i++) k.shadowRoot.querySelector('.corner').click();
  });
  await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.status .offline-state'));
  const state = await onKiosk(page, (k) => k.shadowRoot.querySelector('.status .offline-state').textContent.trim());
  assert.equal(state, 'da', `offline start is ready: ${state}`);

  await page.setOfflineMode(true);
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract'), { timeout: 15000 });
  assert.match(await kioskText(page), /0800 500 333/);
  await page.setOfflineMode(false);
  await context.close();
});
