// Takes screenshots of pages served from the repository root in headless Chromium.
//   node scripts/screenshot.mjs <path> <out.png> [width=1280] [height=800] [--full] [--js=off]
// Used by hand to look at the UI, and by `npm run screenshots` for the guides.
import puppeteer from 'puppeteer-core';
import { createServer } from 'node:http';
import { serveStatic } from './static.mjs';
import { CHROMIUM_ARGS, requireChromium } from './chromium.mjs';

export async function screenshot(shots) {
  const server = createServer((req, res) => serveStatic('.', req, res));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    for (const s of shots) {
      const page = await browser.newPage();
      await page.setViewport({ width: s.width ?? 1280, height: s.height ?? 800, deviceScaleFactor: s.scale ?? 1 });
      if (s.js === false) await page.setJavaScriptEnabled(false);
      await page.goto(base + s.path, { waitUntil: 'networkidle0' });
      if (s.wait) await new Promise((r) => setTimeout(r, s.wait));
      await page.screenshot({ path: s.out, fullPage: s.full ?? false });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, out, w, h] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const full = process.argv.includes('--full');
  const js = !process.argv.includes('--js=off');
  await screenshot([{ path, out, width: Number(w ?? 1280), height: Number(h ?? 800), full, js }]);
  console.log(out);
}
