// The attract slides fit the screens lobbies have, in every language: no text outside the area
// between the top bar and the footer (or off the screen), no phone number broken across lines,
// the exit label on one line; and a portrait finder opens on a service. The slide timer is sped
// up (an injected clock for setInterval) so a minute of slides takes seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { baseConfig, feedHandler } from './helpers.mjs';

const SIZES = [
  [1920, 1080],
  [1080, 1920],
  [1280, 800],
  [1366, 768],
];
const LANGS = ['ro', 'hu', 'en', 'uk'];
const SHOTS = process.env.REPER_SHOTS; // a folder to keep screenshots of every slide in

const feed = feedHandler();
const ctx = useServerAndBrowser({ handler: feed.handler });

const config = (lang) =>
  baseConfig({
    defaultLanguage: lang,
    slides: ['touch', 'resources', 'children', { title: { ro: 'Sprijin gratuit pentru victime și martori', hu: 'Ingyenes segítség áldozatoknak és tanúknak', en: 'Free support for victims and witnesses', uk: 'Безкоштовна підтримка для постраждалих і свідків' }, text: { ro: 'Întrebați la recepție de asistentul social de serviciu.', hu: 'Kérdezze a recepción az ügyeletes szociális munkást.', en: 'Ask the social worker on duty at the reception desk.', uk: 'Запитайте чергового соціального працівника на рецепції.' } }],
    resources: [
      { label: { ro: 'Sunați la linia națională: 0800 500 333', hu: 'Hívja az országos segélyvonalat: 0800 500 333', en: 'Call the national helpline: 0800 500 333', uk: 'Зателефонуйте на національну лінію: 0800 500 333' }, url: 'tel:0800500333' },
      { label: { ro: 'Pagina de sprijin a spitalului (exemplu)', hu: 'A kórház támogató oldala (minta)', en: 'The hospital support page (sample)', uk: 'Сторінка підтримки лікарні (зразок)' }, url: 'https://hospital.example.ro/sprijin' },
    ],
    institution: { name: { ro: 'Spitalul Clinic Județean de Urgență Exemplu (date de exemplu)', en: 'Example County Emergency Hospital (sample data)' } },
    notice: { ro: 'Astăzi asistentul social este la etajul 2, camera 214.', hu: 'Ma a szociális munkás a 2. emeleten van, 214-es szoba.', en: 'Today the social worker is on floor 2, room 214.', uk: 'Сьогодні соціальний працівник на 2-му поверсі, кімната 214.' },
  });

/** Every problem on the screen now: text out of its area, broken phone numbers, a wrapped exit label. */
function problemsOnScreen() {
  const sr = document.querySelector('reper-kiosk').shadowRoot;
  const top = sr.querySelector('.topbar').getBoundingClientRect().bottom;
  const bottom = sr.querySelector('.footer').getBoundingClientRect().top;
  const main = sr.querySelector('.main');
  const out = [];
  const lines = (range) => new Set([...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1).map((r) => Math.round(r.top + r.height / 2))).size;
  const visible = (el) => {
    for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return false;
      if (s.position === 'absolute' && parseFloat(s.width) <= 1) return false; // visually hidden text
    }
    return true;
  };
  const walk = (root, inMain) => {
    for (const node of root.childNodes) {
      if (node.nodeType === 1) {
        const nowMain = inMain || node === main;
        if (node.shadowRoot) walk(node.shadowRoot, nowMain);
        walk(node, nowMain);
        continue;
      }
      if (node.nodeType !== 3 || !node.textContent.trim() || !visible(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = node.textContent.trim().slice(0, 40);
      for (const r of range.getClientRects()) {
        if (r.width <= 1 || r.height <= 1) continue;
        if (r.left < -1 || r.right > innerWidth + 1 || r.top < -1 || r.bottom > innerHeight + 1) out.push(`off screen: "${text}" at ${Math.round(r.left)},${Math.round(r.top)}`);
        else if (inMain && (r.top < top - 1 || r.bottom > bottom + 1)) out.push(`outside the slide area: "${text}" at y ${Math.round(r.top)}–${Math.round(r.bottom)} (area ${Math.round(top)}–${Math.round(bottom)})`);
      }
      for (const m of node.textContent.matchAll(/(?:\+?\d[\d  ]{3,}\d)/g)) {
        const phone = document.createRange();
        phone.setStart(node, m.index);
        phone.setEnd(node, m.index + m[0].length);
        if (lines(phone) > 1) out.push(`phone number broken across lines: "${m[0]}"`);
      }
    }
  };
  walk(sr, false);
  const exit = sr.querySelector('reper-exit').shadowRoot.querySelector('a, button');
  const label = document.createRange();
  label.selectNodeContents(exit);
  if (lines(label) > 1) out.push(`the exit label wraps: "${exit.textContent.trim()}"`);
  return out;
}

for (const [width, height] of SIZES) {
  test(`attract slides fit ${width}×${height} in ro, hu, en, uk`, async () => {
    const problems = [];
    for (const lang of LANGS) {
      const name = `layout-${lang}`;
      feed.state.configs[name] = config(lang);
      const page = await ctx.browser.newPage();
      await page.setViewport({ width, height });
      // A minute of slides in seconds: the 8-second slide timer runs every 150 ms.
      await page.evaluateOnNewDocument(() => {
        const real = window.setInterval;
        window.setInterval = (fn, ms, ...rest) => real(fn, ms === 8000 ? 150 : ms, ...rest);
      });
      await page.goto(`${ctx.server.url}/kiosk/t-${name}.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract .footer, .frame.view-attract'));
      await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.footer .updated')?.textContent.includes('20'));
      const seen = new Set();
      // Three rounds of the four slides: each is looked at once it is on screen, then the next awaited.
      let last;
      for (let i = 0; i < 12; i++) {
        if (i) await page.waitForFunction((before) => document.querySelector('reper-kiosk').shadowRoot.querySelector('.slide')?.textContent !== before, { timeout: 5000 }, last);
        const { slide, text } = await page.evaluate(() => {
          const el = document.querySelector('reper-kiosk').shadowRoot.querySelector('.slide');
          return { slide: el?.className ?? '', text: el?.textContent };
        });
        last = text;
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        if (!seen.has(slide)) {
          seen.add(slide);
          if (SHOTS) {
            mkdirSync(SHOTS, { recursive: true });
            writeFileSync(`${SHOTS}/${width}x${height}-${lang}-${slide.replace(/\W+/g, '_')}.png`, await page.screenshot());
          }
        }
        for (const p of await page.evaluate(problemsOnScreen)) problems.push(`${lang} ${slide}: ${p}`);
      }
      assert.ok(seen.size >= 4, `${lang}: saw every kind of slide (${[...seen].join(', ')})`);
      await page.close();
    }
    assert.deepEqual([...new Set(problems)], []);
  });
}

test('a portrait kiosk opens the finder on a service, keyboard toggle on screen', async () => {
  feed.state.configs['layout-finder'] = config('ro');
  const page = await ctx.browser.newPage();
  await page.setViewport({ width: 1080, height: 1920 });
  await page.goto(`${ctx.server.url}/kiosk/t-layout-finder.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('.frame.view-attract'));
  await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.footer .updated')?.textContent.includes('20'));
  await page.mouse.click(540, 1000);
  await page.waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-finder')?.shadowRoot?.querySelector('.result'));
  const seen = await page.evaluate(() => {
    const sr = document.querySelector('reper-kiosk').shadowRoot;
    const f = sr.querySelector('reper-finder').shadowRoot;
    const footer = sr.querySelector('.footer').getBoundingClientRect().top;
    const r = f.querySelector('.result .name').getBoundingClientRect();
    const kb = f.querySelector('.kb-toggle').getBoundingClientRect();
    return { result: r.bottom <= footer, toggle: kb.bottom <= footer };
  });
  if (SHOTS) writeFileSync(`${SHOTS}/finder-1080x1920.png`, await page.screenshot());
  assert.deepEqual(seen, { result: true, toggle: true }, 'the first service and the keyboard toggle are on the first screen');
  await page.close();
});
