// Opening hours of the screen and the operator's notice: outside `schedule` an untouched kiosk
// dims to the helpline alone, a touch wakes it; the notice is on the attract screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { baseConfig, feedHandler, kioskText, onKiosk, openKiosk } from './helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const feed = feedHandler();
const ctx = useServerAndBrowser({ handler: feed.handler });

/** A one-hour slot every day that starts three hours from now in Bucharest: now is outside it. */
function closedNow() {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Bucharest' }).format(new Date()));
  const at = (h) => `${String(h % 24).padStart(2, '0')}:00`;
  return [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: at(hour + 3), closes: at(hour + 4) }];
}

test('outside its opening hours the kiosk shows the helpline on a dim screen; a touch wakes it', async () => {
  feed.state.configs.closed = baseConfig({ schedule: closedNow(), idleSeconds: 30 });
  const page = await openKiosk(ctx.browser, `${ctx.server.url}/kiosk/t-closed.html`);
  await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.frame.dimmed'));
  assert.match(await kioskText(page), /0800 500 333/, 'the helpline stays on the dim screen');
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  await page.mouse.click(540, 960);
  await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.frame.view-attract'));
  assert.equal(await onKiosk(page, (k) => !!k.shadowRoot.querySelector('.frame.dimmed')), false, 'awake after a touch');
  await page.close();
});

test('inside its opening hours, or without a schedule, it never dims; the notice is on the attract screen', async () => {
  feed.state.configs.open = baseConfig({ notice: { ro: 'Astăzi asistentul social este la etajul 2.', en: 'Today the social worker is on floor 2.' } });
  const page = await openKiosk(ctx.browser, `${ctx.server.url}/kiosk/t-open.html`);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await onKiosk(page, (k) => !!k.shadowRoot.querySelector('.frame.dimmed')), false);
  assert.equal(await onKiosk(page, (k) => k.shadowRoot.querySelector('.attract .notice')?.textContent.trim()), 'Astăzi asistentul social este la etajul 2.');
  await onKiosk(page, (k) => k.shadowRoot.querySelector('.lang[lang="en"]').click());
  await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.attract .notice')?.textContent.trim() === 'Today the social worker is on floor 2.');
  await page.close();
});
