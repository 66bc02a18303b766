// `npm run screenshots` (after the build): the pictures in the guides, made with headless Chromium.
//   - every example page (examples/*.html) at 1280 px and 320 px wide → docs/screenshots/<page>-<width>.png
//   - the kiosk (kiosk/index.html on the sample config) in portrait 1080×1920 and landscape
//     1920×1080, on its attract screen, on the finder after a tap and on "what happens next"
//     → docs/screenshots/kiosk-<portrait|landscape>-<attract|finder|pathway>.png
//   - <reper-pathway> alone (examples/pathway.html) → docs/screenshots/pathway-*.png
//   - the directory editor (editor/ on the sample) → docs/screenshots/editor-<width>-<step>.png
// `node scripts/screenshots.mjs school hospital` retakes only those example pages.
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { screenshot } from './screenshot.mjs';
import { serveStatic } from './static.mjs';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });

// The React example's bundle, fresh from dist/ (scripts/build-examples.mjs).
await import('./build-examples.mjs');

const only = process.argv.slice(2);
const pages = readdirSync('examples')
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5))
  .filter((name) => !only.length || only.includes(name))
  .sort();

const shots = [];
for (const name of pages) {
  shots.push({ path: `/examples/${name}.html`, out: `${OUT}/${name}-1280.png`, width: 1280, height: 900, wait: 800 });
  shots.push({ path: `/examples/${name}.html`, out: `${OUT}/${name}-320.png`, width: 320, height: 720, wait: 800, scale: 2 });
}
await screenshot(shots);
for (const s of shots) console.log(s.out);

if (!only.length || only.includes('pathway')) await pathwayShots();
if (!only.length || only.includes('kiosk')) await kioskShots();
if (!only.length || only.includes('editor')) await editorShots();

/**
 * The directory editor for the maintainers' guide (docs/maintainers.md): the sample opened, a
 * problem beside its field, the review of the change, and signing — at 1280 px, and at 320 px.
 */
async function editorShots() {
  const { generateKeyPairSync } = await import('node:crypto');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'reper-shots-'));
  const keyFile = join(dir, 'maintainer.key');
  writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const server = createServer((req, res) => serveStatic('.', req, res));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  const shot = async (page, selector, name) => {
    const el = await page.$(selector);
    await el.scrollIntoView();
    await el.screenshot({ path: `${OUT}/${name}.png` });
    console.log(`${OUT}/${name}.png`);
  };
  const type = async (page, selector, text) => {
    await page.click(selector, { clickCount: 3 });
    await page.keyboard.type(text);
  };
  try {
    for (const [width, scale] of [
      [1280, 1],
      [320, 2],
    ]) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const cdp = await browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, browserContextId: context.id });
      await page.setViewport({ width, height: width === 1280 ? 1500 : 900, deviceScaleFactor: scale });
      await page.goto(`${base}/editor/`);
      await (await page.waitForSelector('#open-file')).uploadFile('examples/data/cluj-sample.json');
      await page.waitForSelector('#overview-title');
      await page.evaluate(() => document.activeElement?.blur());
      await page.screenshot({ path: `${OUT}/editor-${width}-opened.png` });
      console.log(`${OUT}/editor-${width}-opened.png`);
      await page.evaluate(() => [...document.querySelectorAll('.services .item')].find((b) => b.querySelector('.id')?.textContent === 'cj-sample-01').click());
      await type(page, '#f-services_0_phones_0_number', '0264 000 001');
      await page.evaluate(() => document.activeElement?.blur());
      await shot(page, '.phone', `editor-${width}-problem`);
      if (width === 1280) {
        await type(page, '#f-services_0_phones_0_number', '+40264000099');
        await type(page, '#f-services_0_name_ro', 'Linie de sprijin județeană – redenumită (exemplu)');
        await page.click('#checked-today');
        await shot(page, '#review', 'editor-1280-review');
        await (await page.$('#key')).uploadFile(keyFile);
        await page.click('#sign');
        await page.waitForFunction(() => document.querySelector('.saved'));
        await page.evaluate(() => document.activeElement?.blur());
        await shot(page, '#publish', 'editor-1280-publish');
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** <reper-pathway> on its own: closed at 1280 px, every step open at 320 px, the professional audience. */
async function pathwayShots() {
  const server = createServer((req, res) => serveStatic('.', req, res));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    for (const [id, width, open, name] of [
      ['general', 1280, false, 'pathway-general-1280'],
      ['general', 320, true, 'pathway-general-open-320'],
      ['professional', 1280, true, 'pathway-professional-open-1280'],
    ]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: width < 600 ? 2 : 1 });
      await page.goto(`${base}/examples/pathway.html`, { waitUntil: 'networkidle0' });
      await page.evaluate(
        async (sel, expand) => {
          const el = document.querySelector(sel);
          await el.updateComplete;
          if (expand) el.expandAll();
          await el.updateComplete;
        },
        `#${id}`,
        open,
      );
      await new Promise((r) => setTimeout(r, 300));
      await (await page.$(`#${id}`)).screenshot({ path: `${OUT}/${name}.png` });
      console.log(`${OUT}/${name}.png`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** The kiosk needs a tap between its two views, so it gets its own small loop. */
async function kioskShots() {
  const server = createServer((req, res) => serveStatic('.', req, res));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    for (const [orientation, width, height] of [
      ['portrait', 1080, 1920],
      ['landscape', 1920, 1080],
    ]) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      await page.goto(`${base}/kiosk/`, { waitUntil: 'networkidle0' });
      await page
        .waitForFunction(() => document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('[part~="attract"]'), { timeout: 15_000 })
        .catch(() => console.warn(`kiosk ${orientation}: no attract screen`));
      await new Promise((r) => setTimeout(r, 1000));
      await page.screenshot({ path: `${OUT}/kiosk-${orientation}-attract.png` });
      console.log(`${OUT}/kiosk-${orientation}-attract.png`);

      await page.mouse.click(width / 2, Math.round(height * 0.75));
      await page
        .waitForFunction(
          () => {
            const finder = document.querySelector('reper-kiosk')?.shadowRoot?.querySelector('reper-finder');
            return finder?.shadowRoot && finder.resultCount > 0;
          },
          { timeout: 15_000 },
        )
        .catch(() => console.warn(`kiosk ${orientation}: the finder did not open`));
      await new Promise((r) => setTimeout(r, 800));
      await page.screenshot({ path: `${OUT}/kiosk-${orientation}-finder.png` });
      console.log(`${OUT}/kiosk-${orientation}-finder.png`);

      // "What happens next", with its first branch open.
      await page.evaluate(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('.nav[data-view="pathway"]').click());
      await page
        .waitForFunction(() => document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-pathway')?.shadowRoot?.querySelector('h2'), { timeout: 15_000 })
        .catch(() => console.warn(`kiosk ${orientation}: the pathway did not open`));
      await page.evaluate(() =>
        document.querySelector('reper-kiosk').shadowRoot.querySelector('reper-pathway').shadowRoot.querySelector('[aria-controls="d-imminent"]').click(),
      );
      await new Promise((r) => setTimeout(r, 500));
      await page.screenshot({ path: `${OUT}/kiosk-${orientation}-pathway.png` });
      console.log(`${OUT}/kiosk-${orientation}-pathway.png`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}
