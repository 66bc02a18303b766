// The kiosk in every language and both orientations: axe finds no violations, every touch target
// is at least 48 px, and the page refuses the context menu, text selection and pinch zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { kioskRendered, onKiosk, openKiosk, waitForEvent } from './helpers.mjs';

// Evaluated through the DevTools protocol: the kiosk page's CSP (script-src 'self') refuses an injected <script>.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ctx = useServerAndBrowser();

const axe = async (page) => {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
};

/** Interactive elements smaller than 48 × 48 CSS px, anywhere in the kiosk's shadow trees. */
const smallTargets = (page) =>
  page.evaluate(() => {
    const out = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!el.matches('button, a[href], input, select, summary, [role="button"]')) continue;
        if (el.closest('.vh') || el.getAttribute('aria-hidden') === 'true' || el.tabIndex < 0) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue; // not rendered (closed disclosure, skip link)
        if (r.width < 48 || r.height < 48) out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    };
    visit(document.querySelector('reper-kiosk').shadowRoot);
    return out;
  });

for (const [width, height] of [
  [1080, 1920],
  [1920, 1080],
]) {
  test(`axe-clean and thumb-sized in every language and view at ${width}×${height}`, async () => {
    const context = await ctx.browser.createBrowserContext();
    const page = await openKiosk(context, `${ctx.server.url}/kiosk/`);
    await page.setViewport({ width, height });
    await waitForEvent(page, 'reper-sync');
    for (const lang of ['ro', 'hu', 'en', 'uk']) {
      await onKiosk(page, (k, l) => k.shadowRoot.querySelector(`.lang[lang="${l}"]`).click(), lang);
      const views = await onKiosk(page, (k) => k.shadowRoot.querySelectorAll('.nav').length);
      assert.ok(views >= 4, `${views} views (start, finder, what happens next, QR codes)`);
      for (let nth = 1; nth <= views; nth++) {
        await onKiosk(page, (k, n) => k.shadowRoot.querySelector(`.nav:nth-child(${n})`).click(), nth);
        await kioskRendered(page);
        const where = `${lang}, view ${nth}, ${width}×${height}`;
        assert.deepEqual(await axe(page), [], `axe violations (${where})`);
        assert.deepEqual(await smallTargets(page), [], `targets under 48 px (${where})`);
      }
      // The operator's status panel: in the same language, clean, its close button thumb-sized.
      await onKiosk(page, (k) => {
        for (let i = 0; i < 5; i++) k.shadowRoot.querySelector('.corner').click();
      });
      await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.status'));
      assert.deepEqual(await axe(page), [], `axe violations (${lang}, status panel, ${width}×${height})`);
      assert.deepEqual(await smallTargets(page), [], `targets under 48 px (${lang}, status panel)`);
      const clear = await onKiosk(page, (k) => {
        const close = k.shadowRoot.querySelector('.status .close').getBoundingClientRect();
        const exit = k.shadowRoot.querySelector('reper-exit').getBoundingClientRect();
        const apart = close.right <= exit.left || close.left >= exit.right || close.bottom <= exit.top || close.top >= exit.bottom;
        return { apart, width: close.width, height: close.height };
      });
      assert.equal(clear.apart, true, 'the close button is not under the exit button');
      assert.ok(clear.width >= 64 && clear.height >= 64, `a large close button: ${clear.width}×${clear.height}`);
      await onKiosk(page, (k) => k.shadowRoot.querySelector('.status .close').click());
    }
    await context.close();
  });
}

test('no context menu, no text selection, no pinch zoom, no overscroll navigation', async () => {
  const page = await openKiosk(ctx.browser, `${ctx.server.url}/kiosk/`);
  const prevented = await page.evaluate(() => {
    const k = document.querySelector('reper-kiosk');
    const target = k.shadowRoot.querySelector('.attract') ?? k;
    const e = new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(e);
    return e.defaultPrevented;
  });
  assert.equal(prevented, true);
  const css = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('reper-kiosk'));
    const b = getComputedStyle(document.body);
    return { select: s.userSelect, touch: s.touchAction, overscroll: b.overscrollBehaviorX };
  });
  assert.equal(css.select, 'none');
  assert.equal(css.touch, 'pan-y');
  assert.equal(css.overscroll, 'none');
  const html = await page.evaluate(() => getComputedStyle(document.documentElement).touchAction);
  assert.equal(html, 'pan-y', 'pinch zoom refused on the whole page');
  await page.close();
});
