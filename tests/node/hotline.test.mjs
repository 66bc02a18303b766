// The helpline must be visible and callable before and without JavaScript (progressive
// enhancement), and the upgrade must not move the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './helpers/setup.mjs';

const ctx = useServerAndBrowser();

test('with JavaScript disabled the fallback number is visible and a tel: link', async () => {
  const page = await ctx.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`${ctx.server.url}/examples/hotline.html`, { waitUntil: 'load' });
  const links = await page.$$eval('reper-hotline a[href="tel:0800500333"]', (as) =>
    as.map((a) => ({ text: a.textContent.trim(), visible: a.getBoundingClientRect().height > 0 })),
  );
  assert.ok(links.length >= 12, `expected a fallback link in every example, got ${links.length}`);
  for (const l of links) {
    assert.equal(l.text, '0800 500 333');
    assert.ok(l.visible, 'fallback link is rendered');
  }
  await page.close();
});

test('with JavaScript the element renders in its shadow root and the page does not jump', async () => {
  const page = await ctx.browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  // Hold the module back so the fallback is measured first.
  await page.setRequestInterception(true);
  let release;
  const gate = new Promise((r) => (release = r));
  page.on('request', async (req) => {
    if (req.url().endsWith('/cdn/hotline.js')) await gate;
    req.continue();
  });
  // DOMContentLoaded waits for module scripts, so measure as soon as the content is parsed.
  const loading = page.goto(`${ctx.server.url}/tests/node/fixtures/hotline-upgrade.html`, { waitUntil: 'load' });
  await page.waitForSelector('#after');
  assert.equal(await page.evaluate(() => !!customElements.get('reper-hotline')), false);
  const before = await page.$eval('#after', (el) => el.getBoundingClientRect().top);
  release();
  await loading;
  await page.waitForFunction(() => customElements.get('reper-hotline') && document.querySelector('reper-hotline').shadowRoot?.querySelector('a'));
  const after = await page.$eval('#after', (el) => el.getBoundingClientRect().top);
  const shadowNumber = await page.$eval('reper-hotline', (el) => el.shadowRoot.querySelector('a[href="tel:0800500333"]').textContent.trim());
  assert.equal(shadowNumber, '0800 500 333');
  const shift = Math.abs(after - before);
  assert.ok(shift <= 48, `content below the compact banner moved by ${shift}px on upgrade`);
  await page.close();
});
