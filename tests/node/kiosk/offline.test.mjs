// After one online visit the kiosk starts with the network down: the service worker serves the
// app shell, the config and the directory come from the kiosk's own verified copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { events, kioskText, onKiosk, openKiosk, waitForEvent } from './helpers.mjs';

const ctx = useServerAndBrowser();

test('reloads offline with the app shell, the last directory and an offline mark', async () => {
  const context = await ctx.browser.createBrowserContext();
  const page = await openKiosk(context, `${ctx.server.url}/kiosk/`);
  await waitForEvent(page, 'reper-sync');
  assert.equal((await events(page, 'reper-sync'))[0].status, 'updated');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await page.setOfflineMode(true);
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract'));
  await waitForEvent(page, 'reper-sync', 2);
  const [restored, offline] = await events(page, 'reper-sync');
  assert.equal(restored.status, 'restored', 'the stored copy is verified and shown first');
  assert.equal(offline.status, 'error');
  assert.equal(offline.offline, true);
  const text = await kioskText(page);
  assert.match(text, /0800 500 333/);
  assert.match(text, /Informații actualizate la/);
  assert.match(text, /Fără conexiune/);

  await onKiosk(page, (k) => k.shadowRoot.querySelector('.nav:nth-child(2)').click());
  await page.waitForFunction(() => /\(exemplu\)/.test(document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder')?.shadowRoot?.textContent ?? ''));
  await page.setOfflineMode(false);
  await context.close();
});
