// A second, independent decoder: ZBar (Debian's zbar-tools, as .ci/run installs) reads every code
// as a phone's camera sees it, at the size drawn on a 1× screen. Codes below 2 CSS px per module
// failed it; <reper-qr> now never draws them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useServerAndBrowser } from '../helpers/setup.mjs';

const LONG = 'https://servicii-sociale.primaria-exemplu.ro/sprijin/violenta-domestica/servicii-locale?limba=ro&judet=cluj#lista';
const CODES = [
  { value: LONG, ecc: 'H', size: '60' },
  { value: LONG, ecc: 'M', size: '60' },
  { value: LONG, ecc: 'Q', size: '90' },
  { value: 'tel:0800500333', ecc: 'H', size: '40' },
  { value: 'https://example.org/ajutor', ecc: 'M', size: '' },
  { value: LONG, ecc: 'M', size: '320' },
];

const page = `<!doctype html><html lang="ro"><head><meta charset="utf-8"><title>qr</title>
<script type="module" src="/cdn/qr.js"></script></head><body style="margin:0;background:#fff">
${CODES.map((c, i) => `<div style="padding:24px;display:inline-block"><reper-qr id="q${i}" value="${c.value}" ecc="${c.ecc}"${c.size ? ` size="${c.size}"` : ''}></reper-qr></div>`).join('\n')}
</body></html>`;

const ctx = useServerAndBrowser({
  handler: (req, res) => {
    if (req.url !== '/t/qr.html') return false;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    return true;
  },
});

test('zbarimg decodes every code at the size drawn, and none is under 2 px per module', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reper-zbar-'));
  const tab = await ctx.browser.newPage();
  try {
    await tab.setViewport({ width: 1280, height: 2000, deviceScaleFactor: 1 });
    await tab.goto(`${ctx.server.url}/t/qr.html`, { waitUntil: 'load' });
    await tab.waitForFunction((n) => [...document.querySelectorAll('reper-qr')].filter((q) => q.shadowRoot?.querySelector('svg')).length === n, {}, CODES.length);
    // Drawn: let two frames paint before the screenshots.
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const [i, code] of CODES.entries()) {
      const px = await tab.evaluate((id) => {
        const svg = document.getElementById(id).shadowRoot.querySelector('svg');
        return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      }, `q${i}`);
      assert.ok(px >= 2, `${code.ecc}/${code.size || 'default'}: ${px.toFixed(2)} px per module`);
      const svg = await tab.evaluateHandle((id) => document.getElementById(id).shadowRoot.querySelector('svg'), `q${i}`);
      const file = join(dir, `q${i}.png`);
      // The code with a little of the white page around it, as a camera frames it.
      const box = await svg.asElement().boundingBox();
      writeFileSync(file, await tab.screenshot({ clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 } }));
      const out = execFileSync('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', file], { encoding: 'utf8' }).trim();
      assert.equal(out, code.value, `zbarimg read code ${i} (${code.ecc}, size ${code.size || 'default'})`);
    }
  } finally {
    await tab.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
